/** The budget plan's charts as ECharts options: return per horizon, channel spend, sensitivity. Pure. */
import type { SensitivityPoint } from '../../prioritise/budget-plan.ts';
import type { ChannelOutcome } from '../../prioritise/budget-solve.ts';
import { HORIZONS, type Horizon } from '../../prioritise/horizons.ts';
import type { HorizonNumbers } from '../../prioritise/schema.ts';
import { AXIS, type ChartOption, escapeHtml, FONT, itemRef } from './chart-types.ts';

export const HORIZON_COLORS: Readonly<Record<Horizon, string>> = {
  short: '#4263eb',
  medium: '#0c8599',
  long: '#ae3ec9',
};

export interface Money {
  readonly money: (cents: number) => string;
  readonly compact: (cents: number) => string;
}

/** Unweighted return per horizon, each bar labelled with its amount and its weight. */
export function returnsOption(
  returns: HorizonNumbers,
  weights: HorizonNumbers,
  names: Readonly<Record<Horizon, string>>,
  format: Money & { readonly share: (value: number) => string },
): ChartOption {
  return {
    animationDuration: 300,
    textStyle: { fontFamily: FONT },
    grid: { left: 72, right: 16, top: 28, bottom: 48 },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => format.money(Number(v)),
    },
    xAxis: {
      type: 'category',
      data: HORIZONS.map((h) => `${names[h]}\n× ${format.share(weights[h])}`),
      axisLabel: { ...AXIS, lineHeight: 16 },
    },
    yAxis: { type: 'value', axisLabel: { ...AXIS, formatter: (v: number) => format.compact(v) } },
    series: [
      {
        type: 'bar',
        barWidth: '45%',
        data: HORIZONS.map((h) => ({
          value: returns[h],
          itemStyle: { color: HORIZON_COLORS[h], borderRadius: [4, 4, 0, 0] },
        })),
        label: {
          show: true,
          position: 'top',
          formatter: (p) => format.compact(Number(p.value)),
          ...AXIS,
        },
      },
    ],
  };
}

export interface ChannelText {
  readonly media: string;
  readonly actions: string;
  readonly bounds: string;
}

/** Spend per channel: media and actions stacked, the channel's minimum and maximum as ticks. */
export function channelsOption(
  channels: readonly ChannelOutcome[],
  text: ChannelText,
  format: Money,
): ChartOption {
  const names = channels.map((c) => c.name);
  const tick = (value: number | null, i: number) => (value === null ? null : [value, i]);
  return {
    animationDuration: 300,
    textStyle: { fontFamily: FONT },
    grid: { left: 8, right: 24, top: 32, bottom: 24, containLabel: true },
    legend: { top: 0, textStyle: AXIS, data: [text.media, text.actions, text.bounds] },
    tooltip: {
      trigger: 'item',
      formatter: (params: unknown) => {
        const c = channels[itemRef(params).dataIndex ?? -1];
        if (!c) return '';
        return [
          `<strong>${escapeHtml(c.name)}</strong>`,
          `${escapeHtml(text.media)}: ${format.money(c.mediaCents)}`,
          `${escapeHtml(text.actions)}: ${format.money(c.actionCents)}`,
          `${escapeHtml(text.bounds)}: ${format.money(c.minCents)} – ${c.maxCents === null ? '∞' : format.money(c.maxCents)}`,
        ].join('<br>');
      },
    },
    xAxis: { type: 'value', axisLabel: { ...AXIS, formatter: (v: number) => format.compact(v) } },
    yAxis: { type: 'category', data: names, inverse: true, axisLabel: AXIS },
    series: [
      {
        type: 'bar',
        name: text.media,
        stack: 'spend',
        data: channels.map((c) => c.mediaCents),
        itemStyle: { color: '#4263eb' },
        barWidth: 16,
      },
      {
        type: 'bar',
        name: text.actions,
        stack: 'spend',
        data: channels.map((c) => c.actionCents),
        itemStyle: { color: '#f08c00' },
        barWidth: 16,
      },
      {
        type: 'scatter',
        name: text.bounds,
        symbol: 'rect',
        symbolSize: [3, 22],
        itemStyle: { color: '#212529' },
        data: channels
          .flatMap((c, i) => [tick(c.minCents > 0 ? c.minCents : null, i), tick(c.maxCents, i)])
          .filter((p) => p !== null),
        tooltip: { show: false },
      },
    ],
  };
}

export interface SensitivityText {
  readonly weighted: string;
  readonly spent: string;
  readonly current: string;
}

/** Weighted return (and spend) as the budget varies; budgets with no plan leave a gap. */
export function sensitivityOption(
  points: readonly SensitivityPoint[],
  budgetCents: number,
  text: SensitivityText,
  format: Money,
): ChartOption {
  const line = (values: (number | null)[], name: string, color: string, dashed = false) => ({
    type: 'line' as const,
    name,
    data: points.map((p, i) => [p.budgetCents, values[i] ?? null]),
    connectNulls: false,
    symbolSize: 7,
    itemStyle: { color },
    lineStyle: { color, width: 2, ...(dashed ? { type: 'dashed' as const } : {}) },
  });
  return {
    animationDuration: 300,
    textStyle: { fontFamily: FONT },
    grid: { left: 80, right: 24, top: 36, bottom: 48 },
    legend: { top: 0, textStyle: AXIS },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (v) => (v === null || v === undefined ? '—' : format.money(Number(v))),
    },
    xAxis: {
      type: 'value',
      min: Math.min(...points.map((p) => p.budgetCents)),
      max: Math.max(...points.map((p) => p.budgetCents)),
      axisLabel: { ...AXIS, formatter: (v: number) => format.compact(v) },
    },
    yAxis: { type: 'value', axisLabel: { ...AXIS, formatter: (v: number) => format.compact(v) } },
    series: [
      {
        ...line(
          points.map((p) => p.weightedReturnCents),
          text.weighted,
          '#2b8a3e',
        ),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: '#868e96', type: 'dashed' },
          label: { formatter: text.current, color: '#5c636a' },
          data: [{ xAxis: budgetCents }],
        },
      },
      line(
        points.map((p) => p.spentCents),
        text.spent,
        '#868e96',
        true,
      ),
    ],
  };
}
