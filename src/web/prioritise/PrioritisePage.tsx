import '../styles/prioritise.css';
import { lazy, Suspense } from 'react';
import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';

// The charts library is only downloaded by people who open this page.
const PrioritiseView = lazy(() =>
  import('./PrioritiseView.tsx').then((module) => ({ default: module.PrioritiseView })),
);

/**
 * Prioritise & budget: scores and arbitration matrices of touchpoints and actions (weights
 * edited live), the actions, and the budget plan solved by optimisation.
 */
export function PrioritisePage({ workspace }: { readonly workspace: Workspace }) {
  const { t } = useI18n();
  return (
    <div className="prioritise-page">
      <PageHeading title={t('prioritise.title')} />
      <p className="lead">{t('prioritise.lead')}</p>
      <Suspense
        fallback={
          <p className="muted" role="status">
            {t('common.loading')}
          </p>
        }
      >
        <PrioritiseView workspace={workspace} />
      </Suspense>
    </div>
  );
}
