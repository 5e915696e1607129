import { useI18n } from '../i18n/I18nProvider.tsx';
import { fractionDone } from './import-form.ts';
import type { ImportJob } from './imports-api.ts';
import { formatCount, formatPercent } from './numbers.ts';
import { ProgressBar } from './ProgressBar.tsx';

interface ImportProgressProps {
  readonly job: ImportJob;
  /** Rows per second measured between polls; null until measured. */
  readonly rate: number | null;
  readonly canCancel: boolean;
  readonly cancelling: boolean;
  readonly onCancel: () => void;
}

/** A running import: how far it is, how fast it goes, what it refused so far. */
export function ImportProgress({
  job,
  rate,
  canCancel,
  cancelling,
  onCancel,
}: ImportProgressProps) {
  const { t, lang } = useI18n();
  const fraction = fractionDone(job);
  return (
    <div className="stack" aria-live="polite" data-testid="import-running">
      <ProgressBar fraction={fraction} label={t('imports.run.progress')} testId="import-progress" />
      <div className="import-progress-line">
        <p data-testid="import-progress-text">
          <strong>{fraction === null ? '…' : formatPercent(fraction, lang)}</strong>
          {' · '}
          {t('imports.run.rows', { rows: formatCount(job.progress.rows, lang) })}
          {rate !== null && (
            <>
              {' · '}
              {t('imports.run.rate', { rate: formatCount(rate, lang) })}
            </>
          )}
          {job.counts.refused > 0 && (
            <>
              {' · '}
              <span className="text-danger">
                {t('imports.run.refused', { count: formatCount(job.counts.refused, lang) })}
              </span>
            </>
          )}
        </p>
        {canCancel && (
          <button
            type="button"
            className="button"
            disabled={cancelling}
            onClick={onCancel}
            data-testid="cancel-import"
          >
            {t('imports.run.cancel')}
          </button>
        )}
      </div>
    </div>
  );
}
