import { lazy, Suspense } from 'react';
import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';

// The charts library is only downloaded by people who open the analytics.
const AnalyticsView = lazy(() =>
  import('./AnalyticsView.tsx').then((module) => ({ default: module.AnalyticsView })),
);

/**
 * Journey analytics over the map's own stages, channels and touchpoints: funnels, paths
 * (Sankey, process map, variants) and conformance to the designed journey (skipped stages,
 * backtracks, channel switches and ruptures). Filters and settings live in the URL.
 */
export function AnalyticsPage({ workspace }: { readonly workspace: Workspace }) {
  const { t } = useI18n();
  return (
    <div className="analytics-page">
      <PageHeading title={t('analytics.title')} />
      <p className="lead">{t('analytics.intro')}</p>
      <Suspense
        fallback={
          <p className="muted" role="status">
            {t('common.loading')}
          </p>
        }
      >
        <AnalyticsView workspace={workspace} />
      </Suspense>
    </div>
  );
}
