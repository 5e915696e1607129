import { useCallback, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { useResource } from '../ui/useResource.ts';
import { FileDrop } from './FileDrop.tsx';
import { ImportHistory } from './ImportHistory.tsx';
import { getImport, type ImportJob, listImports, summaryOf } from './imports-api.ts';
import { JobPanel } from './JobPanel.tsx';

/**
 * Bulk import of customer events: upload a CSV, NDJSON or Parquet file, map its columns, run
 * it and follow it; earlier imports below. Viewers see the history and outcomes only.
 */
export function ImportPage({ workspace }: { readonly workspace: Workspace }) {
  const { t } = useI18n();
  const api = useApi();
  const workspaceId = workspace.id;
  const canImport = workspace.role !== 'viewer';
  const [history, { reload, update }] = useResource(workspaceId, (signal) =>
    listImports(api, workspaceId, signal),
  );
  // The job on screen, kept with its workspace so that switching workspace clears it.
  const [shown, setShown] = useState<ImportJob | null>(null);
  const current = shown?.workspaceId === workspaceId ? shown : null;
  const opening = useAction();
  const maxBytes = history.status === 'ready' ? history.data.maxBytes : null;

  const open = async (importId: string) => {
    const outcome = await opening.run(() => getImport(api, workspaceId, importId));
    if (outcome.ok) setShown(outcome.value);
  };
  const settled = useCallback(() => reload(), [reload]);
  // Each poll of the job on screen also refreshes its row in the history.
  const changed = useCallback(
    (job: ImportJob) => {
      setShown(job);
      update((list) => ({
        ...list,
        imports: list.imports.map((item) => (item.id === job.id ? summaryOf(job) : item)),
      }));
    },
    [update],
  );
  const uploaded = (job: ImportJob) => {
    setShown(job);
    reload();
  };

  return (
    <>
      <PageHeading title={t('imports.title')} />
      <p className="lead">{t('imports.intro')}</p>
      {!canImport && (
        <p className="alert alert-info import-readonly" data-testid="imports-readonly">
          {t('imports.readOnly')}
        </p>
      )}
      <ProblemAlert problem={opening.problem} />
      {current !== null ? (
        <JobPanel
          key={current.id}
          job={current}
          canImport={canImport}
          onChange={changed}
          onClose={() => setShown(null)}
          onSettled={settled}
        />
      ) : (
        canImport && (
          <FileDrop workspaceId={workspaceId} maxBytes={maxBytes} onUploaded={uploaded} />
        )
      )}
      <ImportHistory
        workspaceId={workspaceId}
        resource={history}
        onRetry={reload}
        currentId={current?.id ?? null}
        canImport={canImport}
        onOpen={(importId) => void open(importId)}
        onDeleted={(importId) => {
          if (current?.id === importId) setShown(null);
          reload();
        }}
      />
    </>
  );
}
