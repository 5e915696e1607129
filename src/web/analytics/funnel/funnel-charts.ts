/**
 * ECharts options of the funnel tab, from the API's figures: the funnel itself, the
 * time-to-convert histogram and the breakdown as grouped bars. Pure.
 */
import type { FunnelResponse } from '../analytics-api.ts';
import { type ChartOption, escapeHtml, itemTooltip, richSafe } from '../chart-option.ts';
import type { Formatters } from '../format.ts';
import { GRID_LINE, MUTED, seriesColor, TEXT } from '../palette.ts';

export type FunnelFigures = FunnelResponse['overall'];
export type StepFigures = FunnelFigures['steps'][number];

/** Shades of the accent, darkest for the first step, so the eye reads the narrowing. */
const FUNNEL_SHADES = ['#364fc7', '#3b5bdb', '#4263eb', '#4c6ef5', '#5c7cfa', '#748ffc'];
const shade = (index: number, count: number): string =>
  FUNNEL_SHADES[
    Math.min(
      FUNNEL_SHADES.length - 1,
      Math.floor((index * FUNNEL_SHADES.length) / Math.max(1, count)),
    )
  ] ?? '#3b5bdb';

/** The step label as shown in charts: numbered, so repeated names stay apart. */
export const stepName = (index: number, label: string): string => `${index + 1}. ${label}`;

export function funnelOption(steps: readonly StepFigures[], f: Formatters): ChartOption {
  const top = Math.max(1, ...steps.map((step) => step.customers));
  const figure = (index: number) => {
    const step = steps[index];
    return step === undefined
      ? ''
      : `{count|${f.count(step.customers)}}  {pct|${f.percent(step.overallConversion)}}`;
  };
  return {
    tooltip: {
      trigger: 'item',
      formatter: itemTooltip((params) => {
        const step = steps[params.dataIndex];
        if (step === undefined) return '';
        return `<b>${escapeHtml(params.name)}</b><br>${f.count(step.customers)} · ${f.percent(step.overallConversion)}`;
      }),
    },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '6%',
        width: '48%',
        top: 8,
        bottom: 8,
        min: 0,
        max: top,
        minSize: '4%',
        gap: 3,
        label: {
          position: 'right',
          color: TEXT,
          formatter: (params: { dataIndex: number; name: string }) =>
            `{name|${richSafe(params.name)}}\n${figure(params.dataIndex)}`,
          rich: {
            name: { fontSize: 13, color: TEXT, lineHeight: 18 },
            count: { fontSize: 14, fontWeight: 'bold', color: TEXT, lineHeight: 18 },
            pct: { fontSize: 13, color: MUTED, lineHeight: 18 },
          },
        },
        labelLine: { length: 18, lineStyle: { color: '#ced4da' } },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        emphasis: { label: { fontWeight: 'bold' } },
        data: steps.map((step, index) => ({
          name: stepName(index, step.label),
          value: step.customers,
          itemStyle: { color: shade(index, steps.length) },
        })),
      },
    ],
  };
}

/** "< 1 min", "1 min – 10 min", …, "≥ 30 days": buckets start at their bound. */
export function bucketLabels(boundsMs: readonly number[], f: Formatters): string[] {
  return boundsMs.map((bound, index) => {
    const next = boundsMs[index + 1];
    if (next === undefined) return `≥ ${f.duration(bound)}`;
    if (bound === 0) return `< ${f.duration(next)}`;
    return `${f.duration(bound)} – ${f.duration(next)}`;
  });
}

export function histogramOption(
  timeToConvert: FunnelFigures['timeToConvert'],
  f: Formatters,
  customersLabel: string,
): ChartOption {
  return {
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: {
      type: 'category',
      data: bucketLabels(timeToConvert.bucketsMs, f),
      axisLabel: { color: MUTED, interval: 0, hideOverlap: false, fontSize: 12 },
      axisTick: { show: false },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: MUTED, formatter: (value: number) => f.count(value) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    series: [
      {
        type: 'bar',
        name: customersLabel,
        data: [...timeToConvert.counts],
        barMaxWidth: 48,
        itemStyle: { color: seriesColor(0), borderRadius: [4, 4, 0, 0] },
        label: {
          show: true,
          position: 'top',
          color: TEXT,
          formatter: (params: { value: unknown }) =>
            typeof params.value === 'number' && params.value > 0 ? f.count(params.value) : '',
        },
      },
    ],
  };
}

export type BreakdownRow = FunnelResponse['breakdown'][number];

/** The breakdown values drawn as bars: the largest populations, at most `limit`. */
export function largestGroups(rows: readonly BreakdownRow[], limit: number): BreakdownRow[] {
  return [...rows].sort((a, b) => b.figures.population - a.figures.population).slice(0, limit);
}

/** Grouped horizontal bars: one group per step, one bar per value (conversion from step 1). */
export function breakdownOption(
  labels: readonly string[],
  rows: readonly BreakdownRow[],
  f: Formatters,
): ChartOption {
  return {
    color: rows.map((_row, index) => seriesColor(index)),
    legend: { top: 0, left: 0, textStyle: { color: TEXT }, type: 'plain' },
    grid: {
      left: 8,
      right: 24,
      top: 32 + 22 * Math.floor(rows.length / 4),
      bottom: 8,
      containLabel: true,
    },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (value: unknown) => (typeof value === 'number' ? f.percent(value) : ''),
    },
    xAxis: {
      type: 'value',
      max: 1,
      axisLabel: { color: MUTED, formatter: (value: number) => f.percent(value) },
      splitLine: { lineStyle: { color: GRID_LINE } },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: labels.map((label, index) => stepName(index, label)),
      axisLabel: { color: TEXT, width: 180, overflow: 'truncate' },
      axisTick: { show: false },
    },
    series: rows.map((row) => ({
      type: 'bar' as const,
      name: row.value,
      barMaxWidth: 14,
      data: row.figures.steps.map((step) => step.overallConversion),
    })),
  };
}

/** The step that loses the most customers, with its share of those who reached the one before. */
export function biggestDrop(
  steps: readonly StepFigures[],
): { readonly index: number; readonly lost: number; readonly share: number } | null {
  let best: { index: number; lost: number; share: number } | null = null;
  for (const [index, step] of steps.entries()) {
    const previous = steps[index - 1];
    if (previous === undefined || step.dropOff <= 0) continue;
    if (best === null || step.dropOff > best.lost) {
      best = { index, lost: step.dropOff, share: step.dropOff / Math.max(1, previous.customers) };
    }
  }
  return best;
}
