import { useId, useMemo, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { EChart } from '../ui/EChart.tsx';
import { Loadable } from '../ui/Loadable.tsx';
import { useResource } from '../ui/useResource.ts';
import { trendOption } from './chart-options.ts';
import {
  fetchTrend,
  type MeasureFilters,
  type SurveyKind,
  type TrendPoint,
} from './feedback-api.ts';

interface TrendCardProps {
  readonly workspaceId: string;
  readonly kind: SurveyKind;
  readonly filters: MeasureFilters;
}

function TrendChart({
  kind,
  points,
  period,
}: {
  readonly kind: SurveyKind;
  readonly points: TrendPoint[];
  readonly period: 'week' | 'month';
}) {
  const { t, lang } = useI18n();
  const option = useMemo(() => trendOption(kind, points, lang), [kind, points, lang]);
  if (points.length === 0) return <p className="muted">{t('feedback.noData')}</p>;
  return (
    <EChart
      option={option}
      height={240}
      label={t('feedback.trend.chart', {
        kind: t(`feedback.kind.${kind}`),
        period: t(`feedback.by.${period}`).toLowerCase(),
      })}
      testId="trend-chart"
    />
  );
}

/** The measure month by month (or week by week), significant changes marked. */
export function TrendCard({ workspaceId, kind, filters }: TrendCardProps) {
  const { t } = useI18n();
  const api = useApi();
  const id = useId();
  const [period, setPeriod] = useState<'week' | 'month'>('month');
  const [trend, { reload }] = useResource(
    JSON.stringify([workspaceId, kind, period, filters]),
    (signal) => fetchTrend(api, workspaceId, kind, period, filters, signal),
  );
  return (
    <section className="card" data-testid="feedback-trend">
      <div className="feedback-card-head">
        <h2>{t('feedback.trend.title')}</h2>
        <div className="field feedback-inline-field">
          <label htmlFor={id}>{t('feedback.trend.period')}</label>
          <select
            id={id}
            value={period}
            onChange={(e) => setPeriod(e.target.value === 'week' ? 'week' : 'month')}
          >
            <option value="month">{t('feedback.by.month')}</option>
            <option value="week">{t('feedback.by.week')}</option>
          </select>
        </div>
      </div>
      <p className="muted">{t('feedback.trend.hint')}</p>
      <Loadable resource={trend} onRetry={reload}>
        {(data) => <TrendChart kind={kind} points={data.points} period={period} />}
      </Loadable>
    </section>
  );
}
