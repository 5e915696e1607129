import type { WorkspaceModel } from '../../model/schema.ts';
import { useApi } from '../api/ApiContext.tsx';
import { getModel } from '../api/model.ts';
import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { routePath } from '../router/routes.ts';
import { Loadable } from '../ui/Loadable.tsx';
import { useResource } from '../ui/useResource.ts';
import { AttributionTab } from './attribution/AttributionTab.tsx';
import { ConformanceTab } from './conformance/ConformanceTab.tsx';
import { DiagnosisTab } from './diagnosis/DiagnosisTab.tsx';
import { FilterBar } from './FilterBar.tsx';
import { BreakdownField } from './funnel/BreakdownField.tsx';
import { FunnelTab } from './funnel/FunnelTab.tsx';
import { LifecycleTab } from './lifecycle/LifecycleTab.tsx';
import { PathsTab } from './paths/PathsTab.tsx';
import { type AnalyticsQuery, DEFAULT_QUERY } from './query-state.ts';
import { journeyOf } from './request-bodies.ts';
import { panelId, Tabs, tabId } from './Tabs.tsx';
import { useAnalyticsQuery } from './useAnalyticsQuery.ts';
import './charts.ts';

/** The analytics page once its code is loaded: the map's model, then filters and tabs. */
export function AnalyticsView({ workspace }: { readonly workspace: Workspace }) {
  const api = useApi();
  const [model, { reload }] = useResource(workspace.id, (signal) =>
    getModel(api, workspace.id, signal),
  );
  const [query, setQuery] = useAnalyticsQuery();
  return (
    <Loadable resource={model} onRetry={reload}>
      {(snapshot) => (
        <AnalyticsBody
          workspaceId={workspace.id}
          model={snapshot.model}
          query={query}
          onChange={setQuery}
        />
      )}
    </Loadable>
  );
}

interface AnalyticsBodyProps {
  readonly workspaceId: string;
  readonly model: WorkspaceModel;
  readonly query: AnalyticsQuery;
  readonly onChange: (query: AnalyticsQuery) => void;
}

function AnalyticsBody({ workspaceId, model, query, onChange }: AnalyticsBodyProps) {
  const { t } = useI18n();
  const journey = journeyOf(model, query.filters.journeyId);
  if (journey === undefined) {
    return (
      <div className="card analytics-empty" data-testid="analytics-no-journey">
        <h2>{t('analytics.noJourney.title')}</h2>
        <p>{t('analytics.noJourney.text')}</p>
        <p>
          <Link className="button button-primary" to={routePath({ name: 'map', workspaceId })}>
            {t('analytics.noJourney.link')}
          </Link>
        </p>
      </div>
    );
  }
  const { filters, funnel, paths, tab } = query;
  const clearFilters = () =>
    onChange({ ...query, filters: { ...DEFAULT_QUERY.filters, journeyId: filters.journeyId } });
  const common = { workspaceId, model, journey, filters, onClearFilters: clearFilters };
  return (
    <>
      <FilterBar
        model={model}
        journey={journey}
        filters={filters}
        onChange={(next) => onChange({ ...query, filters: next })}
      >
        {tab === 'funnel' && (
          <BreakdownField
            breakdown={funnel.breakdown}
            onChange={(breakdown) => onChange({ ...query, funnel: { ...funnel, breakdown } })}
          />
        )}
      </FilterBar>
      <Tabs current={tab} onChange={(next) => onChange({ ...query, tab: next })} />
      <div
        role="tabpanel"
        id={panelId(tab)}
        aria-labelledby={tabId(tab)}
        className="analytics-panel"
      >
        {tab === 'funnel' && (
          <FunnelTab
            {...common}
            funnel={funnel}
            onChange={(next) => onChange({ ...query, funnel: next })}
          />
        )}
        {tab === 'paths' && (
          <PathsTab
            {...common}
            paths={paths}
            onChange={(next) => onChange({ ...query, paths: next })}
          />
        )}
        {tab === 'conformance' && <ConformanceTab {...common} />}
        {tab === 'lifecycle' && <LifecycleTab {...common} />}
        {tab === 'attribution' && <AttributionTab {...common} />}
        {tab === 'diagnosis' && <DiagnosisTab {...common} />}
      </div>
    </>
  );
}
