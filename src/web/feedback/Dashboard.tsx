import './charts.ts';
import { useId, useState } from 'react';
import { BREAKDOWNS } from '../../feedback/labels.ts';
import { SURVEY_KINDS } from '../../feedback/scales.ts';
import type { WorkspaceModel } from '../../model/schema.ts';
import { useApi } from '../api/ApiContext.tsx';
import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Loadable } from '../ui/Loadable.tsx';
import { useResource } from '../ui/useResource.ts';
import { CompareCard } from './CompareCard.tsx';
import { type BreakdownDimension, fetchBreakdown, type SurveyKind } from './feedback-api.ts';
import { IrritantsCard } from './IrritantsCard.tsx';
import { BreakdownCard, OverallCard } from './MeasureCards.tsx';
import { periodFilters } from './periods.ts';
import { TrendCard } from './TrendCard.tsx';

/** The satisfaction measures: overall, broken down, over time, compared, and the irritants. */
export function Dashboard({
  workspace,
  model,
}: {
  readonly workspace: Workspace;
  readonly model: WorkspaceModel;
}) {
  const { t } = useI18n();
  const api = useApi();
  const id = useId();
  const [kind, setKind] = useState<SurveyKind>('nps');
  const [by, setBy] = useState<BreakdownDimension>('touchpoint');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filters = periodFilters(from, to);
  const key = JSON.stringify([workspace.id, kind, by, filters]);
  const [breakdown, { reload }] = useResource(key, (signal) =>
    fetchBreakdown(api, workspace.id, kind, by, filters, signal),
  );

  return (
    <div className="feedback-dashboard stack">
      <form className="feedback-filters card" onSubmit={(event) => event.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-kind`}>{t('feedback.filter.kind')}</label>
          <select
            id={`${id}-kind`}
            value={kind}
            data-testid="filter-kind"
            onChange={(event) => setKind(event.target.value as SurveyKind)}
          >
            {SURVEY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`feedback.kind.${k}.long`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-by`}>{t('feedback.filter.by')}</label>
          <select
            id={`${id}-by`}
            value={by}
            data-testid="filter-by"
            onChange={(event) => setBy(event.target.value as BreakdownDimension)}
          >
            {BREAKDOWNS.map((dimension) => (
              <option key={dimension} value={dimension}>
                {t(`feedback.by.${dimension}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('feedback.filter.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('feedback.filter.to')}</label>
          <input id={`${id}-to`} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </form>
      <Loadable resource={breakdown} onRetry={reload}>
        {(data) => (
          <div className="feedback-measures">
            <OverallCard kind={kind} measure={data.overall} />
            <BreakdownCard kind={kind} by={by} breakdown={data} />
          </div>
        )}
      </Loadable>
      <TrendCard workspaceId={workspace.id} kind={kind} filters={filters} />
      <CompareCard workspaceId={workspace.id} kind={kind} />
      <IrritantsCard workspaceId={workspace.id} filters={filters} model={model} />
    </div>
  );
}
