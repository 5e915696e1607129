import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import type { Analysis } from './useAnalysis.ts';

/** An analysis on screen: its error with a retry, a first loading text, or its result. */
export function AnalysisFrame<T>({
  analysis,
  children,
}: {
  readonly analysis: Analysis<T>;
  readonly children: (data: T) => ReactNode;
}) {
  const { t } = useI18n();
  if (analysis.problem !== null) {
    return (
      <div className="analytics-error">
        <ProblemAlert problem={analysis.problem} />
        <button type="button" className="button" onClick={analysis.reload}>
          {t('common.retry')}
        </button>
      </div>
    );
  }
  if (analysis.data === null) {
    return (
      <p className="muted analytics-loading" role="status">
        {t('analytics.computing')}
      </p>
    );
  }
  return (
    <div
      className={analysis.loading ? 'analytics-result is-stale' : 'analytics-result'}
      aria-busy={analysis.loading}
    >
      {analysis.loading && (
        <p className="analytics-refreshing" role="status">
          {t('analytics.computing')}
        </p>
      )}
      {children(analysis.data)}
    </div>
  );
}
