import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { FunnelResponse } from '../analytics-api.ts';
import { ChartCard } from '../ChartCard.tsx';
import { formattersFor } from '../format.ts';
import { type Stat, StatTiles } from '../StatTiles.tsx';
import { BreakdownView } from './BreakdownView.tsx';
import { FunnelTable } from './FunnelTable.tsx';
import { biggestDrop, funnelOption, histogramOption } from './funnel-charts.ts';

/** Key figures, the funnel with its table, the time to convert and the breakdown. */
export function FunnelResults({
  data,
  breakdownLabel,
}: {
  readonly data: FunnelResponse;
  readonly breakdownLabel: (value: string) => string;
}) {
  const { t, lang } = useI18n();
  const f = formattersFor(lang);
  const { overall } = data;
  const steps = overall.steps;
  const first = steps[0];
  const last = steps.at(-1);
  const drop = biggestDrop(steps);
  const labels = useMemo(() => steps.map((step) => step.label), [steps]);
  const funnel = useMemo(() => funnelOption(steps, formattersFor(lang)), [steps, lang]);
  const histogram = useMemo(
    () =>
      histogramOption(
        overall.timeToConvert,
        formattersFor(lang),
        t('analytics.funnel.col.customers'),
      ),
    [overall.timeToConvert, lang, t],
  );
  const converted = overall.timeToConvert.counts.some((count) => count > 0);
  const stats: Stat[] = [
    {
      label: t('analytics.funnel.stat.population'),
      value: f.count(overall.population),
      detail: t('analytics.funnel.stat.populationDetail'),
      testId: 'stat-population',
    },
    {
      label: t('analytics.funnel.stat.entered'),
      value: f.count(first?.customers ?? 0),
      detail: t('analytics.funnel.stat.enteredDetail', {
        share: f.percent((first?.customers ?? 0) / Math.max(1, overall.population)),
      }),
    },
    {
      label: t('analytics.funnel.stat.completed'),
      value: f.percent(last?.overallConversion ?? 0),
      detail: t('analytics.funnel.stat.completedDetail', { count: f.count(last?.customers ?? 0) }),
    },
    ...(drop === null
      ? []
      : [
          {
            label: t('analytics.funnel.stat.drop'),
            value: `${drop.index + 1}. ${steps[drop.index]?.label ?? ''}`,
            detail: t('analytics.funnel.stat.dropDetail', {
              count: f.count(drop.lost),
              share: f.percent(drop.share),
            }),
            tone: 'warning' as const,
          },
        ]),
    {
      label: t('analytics.funnel.stat.time'),
      value: f.duration(overall.timeToConvert.medianMs),
      detail: t('analytics.funnel.stat.timeDetail', {
        window: f.duration(data.windowHours * 3_600_000),
      }),
    },
  ];
  return (
    <div className="analytics-results">
      <StatTiles stats={stats} />
      <ChartCard
        title={t('analytics.funnel.chart')}
        hint={t('analytics.funnel.chartHint')}
        fileName="funnel"
        option={funnel}
        height={Math.max(260, steps.length * 46 + 16)}
        testId="funnel-chart"
      >
        <FunnelTable steps={steps} />
      </ChartCard>
      {converted ? (
        <ChartCard
          title={t('analytics.funnel.timeToConvert')}
          hint={t('analytics.funnel.timeToConvertHint')}
          fileName="time-to-convert"
          option={histogram}
          height={260}
          testId="time-to-convert"
        />
      ) : (
        <section className="card chart-card">
          <h2>{t('analytics.funnel.timeToConvert')}</h2>
          <p className="muted chart-note">{t('analytics.funnel.noConversion')}</p>
        </section>
      )}
      {data.breakdown.length > 0 && (
        <BreakdownView labels={labels} rows={data.breakdown} valueLabel={breakdownLabel} />
      )}
    </div>
  );
}
