import { useId } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmAction } from '../ui/ConfirmAction.tsx';
import { Loadable } from '../ui/Loadable.tsx';
import type { Resource } from '../ui/useResource.ts';
import { deleteImport, type ImportSummary } from './imports-api.ts';
import { formatCount, formatSize } from './numbers.ts';
import { StatusBadge } from './StatusBadge.tsx';

interface ImportHistoryProps {
  readonly workspaceId: string;
  readonly resource: Resource<{ readonly imports: readonly ImportSummary[] }>;
  readonly onRetry: () => void;
  readonly currentId: string | null;
  readonly canImport: boolean;
  readonly onOpen: (importId: string) => void;
  readonly onDeleted: (importId: string) => void;
}

/** Earlier imports, newest first: open one to see its outcome or run it again. */
export function ImportHistory(props: ImportHistoryProps) {
  const { t } = useI18n();
  const titleId = useId();
  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('imports.history.title')}</h2>
      <Loadable resource={props.resource} onRetry={props.onRetry}>
        {({ imports }) =>
          imports.length === 0 ? (
            <p className="muted" data-testid="imports-empty">
              {t('imports.history.empty')}
            </p>
          ) : (
            <HistoryTable {...props} imports={imports} />
          )
        }
      </Loadable>
    </section>
  );
}

function HistoryTable({
  workspaceId,
  imports,
  currentId,
  canImport,
  onOpen,
  onDeleted,
}: Omit<ImportHistoryProps, 'resource' | 'onRetry'> & {
  readonly imports: readonly ImportSummary[];
}) {
  const { t, lang, formatDateTime } = useI18n();
  const api = useApi();
  const count = (value: number) => formatCount(value, lang);
  return (
    <div className="table-wrap">
      <table className="imports-history" data-testid="imports-history">
        <thead>
          <tr>
            <th scope="col">{t('imports.col.file')}</th>
            <th scope="col">{t('imports.col.status')}</th>
            <th scope="col" className="cell-number">
              {t('imports.col.rows')}
            </th>
            <th scope="col" className="cell-number">
              {t('imports.result.imported')}
            </th>
            <th scope="col" className="cell-number">
              {t('imports.result.duplicates')}
            </th>
            <th scope="col" className="cell-number">
              {t('imports.result.refused')}
            </th>
            <th scope="col">{t('imports.col.uploaded')}</th>
            {canImport && (
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {imports.map((item) => {
            const running = item.status === 'running';
            return (
              <tr
                key={item.id}
                data-testid="import-row"
                aria-current={item.id === currentId ? 'true' : undefined}
                className={item.id === currentId ? 'row-current' : ''}
              >
                <th scope="row" className="cell-file">
                  <button type="button" className="link-button" onClick={() => onOpen(item.id)}>
                    {item.filename}
                  </button>
                  <span className="muted cell-sub">
                    {item.format.toUpperCase()} · {formatSize(item.sizeBytes, lang)}
                  </span>
                </th>
                <td>
                  <StatusBadge status={item.status} />
                </td>
                <td className="cell-number">{count(item.progress.rows)}</td>
                {/* Known at the end of a run only. */}
                <td className="cell-number">{running ? '—' : count(item.counts.imported)}</td>
                <td className="cell-number">{running ? '—' : count(item.counts.duplicates)}</td>
                <td className="cell-number">{count(item.counts.refused)}</td>
                <td className="cell-date">
                  <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                  {item.createdBy !== null && (
                    <span className="muted cell-sub">{item.createdBy.name}</span>
                  )}
                </td>
                {canImport && (
                  <td className="cell-actions">
                    {!running && (
                      <ConfirmAction
                        label={t('imports.history.delete')}
                        question={t('imports.history.deleteQuestion', { name: item.filename })}
                        confirmLabel={t('imports.history.deleteConfirm')}
                        testId="delete-import"
                        confirmTestId="confirm-delete-import"
                        onConfirm={async () => {
                          await deleteImport(api, workspaceId, item.id);
                          onDeleted(item.id);
                        }}
                      />
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
