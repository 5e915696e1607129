// Past this many errors kept on a job, only the reject file has them all.
import { KEPT_ERRORS } from '../../ingest/import/jobs.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { averageRate } from './import-form.ts';
import { type ImportJob, rejectsUrl } from './imports-api.ts';
import { formatCount } from './numbers.ts';

const STOPPED: Partial<
  Record<
    ImportJob['status'],
    'imports.result.failed' | 'imports.result.cancelled' | 'imports.result.interrupted'
  >
> = {
  failed: 'imports.result.failed',
  cancelled: 'imports.result.cancelled',
  interrupted: 'imports.result.interrupted',
};

/** The outcome of a run: counts, why it stopped early if it did, the first errors, the file. */
export function ImportResult({ job }: { readonly job: ImportJob }) {
  const { t, lang } = useI18n();
  const { imported, duplicates, refused } = job.counts;
  const rate = averageRate(job);
  const count = (value: number) => formatCount(value, lang);
  return (
    <div className="stack" data-testid="import-result" data-status={job.status}>
      {job.status === 'done' && (
        <p className="alert alert-success" role="status">
          {t('imports.result.done', { rows: count(job.progress.rows) })}
          {rate !== null && ` ${t('imports.result.rate', { rate: count(rate) })}`}
        </p>
      )}
      {job.status !== 'done' && (
        <p
          className={job.status === 'failed' ? 'alert alert-error' : 'alert alert-info'}
          role="status"
        >
          {t(STOPPED[job.status] ?? 'imports.result.interrupted', {
            rows: count(job.progress.rows),
          })}
          {job.failure !== null && ` ${job.failure}`}
        </p>
      )}
      <dl className="import-stats">
        <div className="import-stat import-stat-good">
          <dt>{t('imports.result.imported')}</dt>
          <dd data-testid="count-imported">{count(imported)}</dd>
        </div>
        <div className="import-stat">
          <dt>{t('imports.result.duplicates')}</dt>
          <dd data-testid="count-duplicates">{count(duplicates)}</dd>
        </div>
        <div className={refused > 0 ? 'import-stat import-stat-bad' : 'import-stat'}>
          <dt>{t('imports.result.refused')}</dt>
          <dd data-testid="count-refused">{count(refused)}</dd>
        </div>
      </dl>
      {job.status === 'done' && duplicates > 0 && imported === 0 && (
        <p className="muted">{t('imports.result.allDuplicates')}</p>
      )}
      {refused > 0 && <ImportErrors job={job} />}
    </div>
  );
}

function ImportErrors({ job }: { readonly job: ImportJob }) {
  const { t, lang } = useI18n();
  const { refused } = job.counts;
  return (
    <section className="stack" aria-labelledby={`errors-${job.id}`}>
      <div className="section-heading">
        <div>
          <h3 id={`errors-${job.id}`}>{t('imports.errors.title')}</h3>
          <p className="muted">
            {job.errors.length < KEPT_ERRORS
              ? t('imports.errors.introAll')
              : t('imports.errors.intro', {
                  shown: formatCount(job.errors.length, lang),
                  count: formatCount(refused, lang),
                })}
          </p>
        </div>
        <a
          className="button"
          href={rejectsUrl(job.workspaceId, job.id)}
          download
          data-testid="download-rejects"
        >
          {t('imports.errors.download')}
        </a>
      </div>
      <div className="table-wrap errors-wrap">
        <table data-testid="import-errors">
          <thead>
            <tr>
              <th scope="col" className="cell-line">
                {t('imports.col.line')}
              </th>
              <th scope="col">{t('imports.col.column')}</th>
              <th scope="col">{t('imports.col.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {job.errors.map((error) => (
              <tr
                key={`${error.line}:${error.column}:${error.message}`}
                data-testid="import-error"
                data-line={error.line}
              >
                <td className="cell-line">{error.line}</td>
                <td>
                  {error.column === null ? (
                    <span className="muted">{t('imports.errors.wholeLine')}</span>
                  ) : (
                    <code>{error.column}</code>
                  )}
                </td>
                <td>{error.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
