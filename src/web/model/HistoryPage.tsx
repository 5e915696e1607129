import { useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { getModel } from '../api/model.ts';
import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Loadable } from '../ui/Loadable.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useResource } from '../ui/useResource.ts';
import { HistoryRow } from './HistoryRow.tsx';
import { journeyNames } from './history.ts';
import { canEditModel } from './model-ops.ts';
import { useHistory } from './useHistory.ts';

interface Restored {
  readonly version: number;
  readonly newVersion: number;
}

/** Versions of the model, newest first: who changed what and when; view or restore one. */
export function HistoryPage({ workspace }: { readonly workspace: Workspace }) {
  const { t } = useI18n();
  const api = useApi();
  const history = useHistory(workspace.id);
  const [restored, setRestored] = useState<Restored | null>(null);
  // The current model names the journeys that touchpoint changes happened in.
  const [current, { reload: reloadCurrent }] = useResource(workspace.id, (signal) =>
    getModel(api, workspace.id, signal),
  );
  const names = journeyNames(current.status === 'ready' ? current.data.model : null);
  const newest = history.versions[0]?.version;

  return (
    <>
      <PageHeading title={t('history.title')} />
      <p className="lead">{t('history.intro')}</p>
      <p className="status-text alert alert-success" role="status" data-testid="restore-status">
        {restored !== null && t('history.restored', restored)}
      </p>
      <section className="history" aria-label={t('history.title')}>
        <Loadable resource={history.first} onRetry={history.refresh}>
          {() =>
            history.versions.length === 0 ? (
              <p className="muted">{t('history.empty')}</p>
            ) : (
              <ol className="timeline">
                {history.versions.map((version) => (
                  <HistoryRow
                    key={version.version}
                    workspaceId={workspace.id}
                    entry={version}
                    isCurrent={version.version === newest}
                    canRestore={canEditModel(workspace.role)}
                    journeyNames={names}
                    onRestored={(newVersion) => {
                      setRestored({ version: version.version, newVersion });
                      history.refresh();
                      reloadCurrent();
                    }}
                  />
                ))}
              </ol>
            )
          }
        </Loadable>
        {history.hasOlder && (
          <p>
            <button
              type="button"
              className="button"
              data-testid="load-older"
              disabled={history.older.pending}
              onClick={history.loadOlder}
            >
              {history.older.pending ? t('common.loading') : t('history.older')}
            </button>
          </p>
        )}
        <ProblemAlert problem={history.olderProblem} />
      </section>
    </>
  );
}
