import { useCallback, useMemo } from 'react';
import type { Journey, WorkspaceModel } from '../../../model/schema.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { AnalysisFrame } from '../AnalysisFrame.tsx';
import { fetchFunnel } from '../analytics-api.ts';
import { NoData } from '../NoData.tsx';
import { type FilterState, type FunnelState, hasFilters } from '../query-state.ts';
import { effectiveSteps, funnelBody, validSteps } from '../request-bodies.ts';
import { useAnalysis } from '../useAnalysis.ts';
import { FunnelResults } from './FunnelResults.tsx';

/** The group of customers without a value for the breakdown (the API's word for it). */
const NO_BREAKDOWN_VALUE = '(none)';

import { FunnelSettings } from './FunnelSettings.tsx';
import { StepsEditor } from './StepsEditor.tsx';

interface FunnelTabProps {
  readonly workspaceId: string;
  readonly model: WorkspaceModel;
  readonly journey: Journey;
  readonly filters: FilterState;
  readonly funnel: FunnelState;
  readonly onChange: (funnel: FunnelState) => void;
  readonly onClearFilters: () => void;
}

/** The funnel: its definition (steps, mode, window, exclusions) and its figures. */
export function FunnelTab(props: FunnelTabProps) {
  const { workspaceId, model, journey, filters, funnel, onChange } = props;
  const { t } = useI18n();
  const api = useApi();
  const body = useMemo(() => funnelBody(model, filters, funnel), [model, filters, funnel]);
  const analysis = useAnalysis(body, (signal) => fetchFunnel(api, workspaceId, body, signal));
  const steps = validSteps(model, journey, effectiveSteps(model, funnel));
  const byChannel = funnel.breakdown?.by === 'first-channel';
  const breakdownLabel = useCallback(
    (value: string) => {
      if (value === NO_BREAKDOWN_VALUE) return t('analytics.breakdown.noValue');
      const channel = byChannel
        ? model.channels.find((item) => item.name.toLowerCase() === value)
        : undefined;
      return channel?.name ?? value;
    },
    [byChannel, model.channels, t],
  );
  return (
    <div className="analytics-tab-body">
      <section className="card funnel-setup" aria-label={t('analytics.funnel.setup')}>
        <StepsEditor
          model={model}
          journey={journey}
          steps={steps}
          custom={funnel.steps !== null}
          onChange={(next) => onChange({ ...funnel, steps: next === null ? null : [...next] })}
        />
        <FunnelSettings model={model} journey={journey} funnel={funnel} onChange={onChange} />
      </section>
      <AnalysisFrame analysis={analysis}>
        {(data) =>
          data.overall.population === 0 ? (
            <NoData
              workspaceId={workspaceId}
              filtered={hasFilters(filters)}
              onClearFilters={props.onClearFilters}
            />
          ) : (
            <FunnelResults data={data} breakdownLabel={breakdownLabel} />
          )
        }
      </AnalysisFrame>
    </div>
  );
}
