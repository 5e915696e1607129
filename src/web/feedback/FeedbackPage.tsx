import '../styles/feedback.css';
import { type KeyboardEvent, lazy, Suspense, useRef, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { getModel } from '../api/model.ts';
import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Loadable } from '../ui/Loadable.tsx';
import { PageHeading } from '../ui/PageHeading.tsx';
import { useResource } from '../ui/useResource.ts';
import { ResponsesView } from './ResponsesView.tsx';
import { SurveysView } from './SurveysView.tsx';

// The charts (ECharts) load with the dashboard only, not with the app.
const Dashboard = lazy(() => import('./Dashboard.tsx').then((m) => ({ default: m.Dashboard })));

const TABS = ['dashboard', 'responses', 'surveys'] as const;
type Tab = (typeof TABS)[number];

/** Satisfaction of the journey: measures, answers and survey definitions, as three tabs. */
export function FeedbackPage({ workspace }: { readonly workspace: Workspace }) {
  const { t } = useI18n();
  const api = useApi();
  const [tab, setTab] = useState<Tab>('dashboard');
  const list = useRef<HTMLDivElement>(null);
  const [model, { reload }] = useResource(workspace.id, (signal) =>
    getModel(api, workspace.id, signal).then((snapshot) => snapshot.model),
  );

  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] ?? tab;
    setTab(next);
    list.current?.querySelector<HTMLElement>(`#feedback-tab-${next}`)?.focus();
  };

  return (
    <>
      <PageHeading title={t('feedback.title')} />
      <p className="lead">{t('feedback.intro')}</p>
      <div
        ref={list}
        className="feedback-tabs"
        role="tablist"
        aria-label={t('feedback.tabs')}
        onKeyDown={onKeyDown}
      >
        {TABS.map((name) => (
          <button
            key={name}
            id={`feedback-tab-${name}`}
            type="button"
            role="tab"
            aria-selected={name === tab}
            aria-controls={`feedback-panel-${name}`}
            tabIndex={name === tab ? 0 : -1}
            data-testid={`feedback-tab-${name}`}
            onClick={() => setTab(name)}
          >
            {t(`feedback.tab.${name}`)}
          </button>
        ))}
      </div>
      <div id={`feedback-panel-${tab}`} role="tabpanel" aria-labelledby={`feedback-tab-${tab}`}>
        <Loadable resource={model} onRetry={reload}>
          {(data) =>
            tab === 'dashboard' ? (
              <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
                <Dashboard workspace={workspace} model={data} />
              </Suspense>
            ) : tab === 'responses' ? (
              <ResponsesView workspace={workspace} model={data} />
            ) : (
              <SurveysView workspace={workspace} model={data} />
            )
          }
        </Loadable>
      </div>
    </>
  );
}
