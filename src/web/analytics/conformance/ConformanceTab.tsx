import { useMemo } from 'react';
import type { Journey, WorkspaceModel } from '../../../model/schema.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { AnalysisFrame } from '../AnalysisFrame.tsx';
import { type ConformanceResponse, fetchConformance } from '../analytics-api.ts';
import { ChartCard } from '../ChartCard.tsx';
import { formattersFor } from '../format.ts';
import { NoData } from '../NoData.tsx';
import { type FilterState, hasFilters } from '../query-state.ts';
import { scopeBody } from '../request-bodies.ts';
import { StatTiles } from '../StatTiles.tsx';
import { useAnalysis } from '../useAnalysis.ts';
import { activeChannels, switchHeatmapOption } from './heatmap.ts';
import { StageTable } from './StageTable.tsx';
import { SwitchList } from './SwitchList.tsx';

interface ConformanceTabProps {
  readonly workspaceId: string;
  readonly model: WorkspaceModel;
  readonly journey: Journey;
  readonly filters: FilterState;
  readonly onClearFilters: () => void;
}

/** Real journeys against the designed one: stages, backtracks, channel switches, ruptures. */
export function ConformanceTab(props: ConformanceTabProps) {
  const { workspaceId, model, filters } = props;
  const api = useApi();
  const body = useMemo(() => scopeBody(model, filters), [model, filters]);
  const analysis = useAnalysis(body, (signal) => fetchConformance(api, workspaceId, body, signal));
  return (
    <div className="analytics-tab-body">
      <AnalysisFrame analysis={analysis}>
        {(data) =>
          data.customers === 0 ? (
            <NoData
              workspaceId={workspaceId}
              filtered={hasFilters(filters)}
              onClearFilters={props.onClearFilters}
            />
          ) : (
            <ConformanceResults data={data} />
          )
        }
      </AnalysisFrame>
    </div>
  );
}

function ConformanceResults({ data }: { readonly data: ConformanceResponse }) {
  const { t, lang } = useI18n();
  const f = formattersFor(lang);
  const population = Math.max(1, data.customers);
  const ruptures = data.switches.filter((item) => item.rupture).length;
  const option = useMemo(
    () =>
      switchHeatmapOption(data, formattersFor(lang), {
        from: t('analytics.conformance.heatmap.from'),
        to: t('analytics.conformance.heatmap.to'),
        moves: t('analytics.conformance.heatmap.moves'),
        stay: t('analytics.conformance.heatmap.stay'),
      }),
    [data, lang, t],
  );
  const channels = activeChannels(data.switchMatrix).length;
  return (
    <div className="analytics-results">
      <StatTiles
        stats={[
          { label: t('analytics.conformance.stat.customers'), value: f.count(data.customers) },
          {
            label: t('analytics.conformance.stat.backtracking'),
            value: f.percent(data.customersBacktracking / population),
            detail: t('analytics.conformance.stat.backtrackingDetail', {
              count: f.count(data.customersBacktracking),
              moves: f.count(data.backtracks),
            }),
          },
          {
            label: t('analytics.conformance.stat.switching'),
            value: f.percent(data.customersSwitching / population),
            detail: t('analytics.conformance.stat.switchingDetail', {
              count: f.count(data.customersSwitching),
            }),
          },
          {
            label: t('analytics.conformance.stat.ruptures'),
            value: f.count(ruptures),
            detail: t('analytics.conformance.stat.rupturesDetail'),
            ...(ruptures > 0 && { tone: 'warning' as const }),
          },
        ]}
      />
      <StageTable data={data} />
      <ChartCard
        title={t('analytics.conformance.heatmap')}
        hint={t('analytics.conformance.heatmapHint')}
        fileName="channel-switches"
        option={option}
        height={Math.max(320, channels * 44 + 110)}
        minWidth={channels * 86 + 260}
        testId="switch-heatmap"
      />
      <SwitchList data={data} />
    </div>
  );
}
