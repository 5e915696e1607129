/**
 * The channel-switch heatmap: how many moves go from each channel (rows) to each other
 * channel (columns). Staying on a channel (the diagonal) is shown in grey and kept out of the
 * colour scale, which would otherwise be spent on it. Channels without any move are left
 * out. Pure.
 */
import type { ConformanceResponse } from '../analytics-api.ts';
import { type ChartOption, escapeHtml, itemTooltip } from '../chart-option.ts';
import type { Formatters } from '../format.ts';
import { MUTED, TEXT } from '../palette.ts';

/** Indexes of the channels with at least one move in or out. */
export function activeChannels(matrix: readonly (readonly number[])[]): number[] {
  return matrix
    .map((_row, index) => index)
    .filter((index) => {
      const out = (matrix[index] ?? []).reduce((sum, value) => sum + value, 0);
      const into = matrix.reduce((sum, row) => sum + (row[index] ?? 0), 0);
      return out + into > 0;
    });
}

const HEATMAP_SCALE = ['#f8f9fa', '#bac8ff', '#5c7cfa', '#364fc7'] as const;
/** Share of the maximum above which a cell is dark enough for white text. */
const DARK_FROM = 0.55;

export interface HeatmapWords {
  readonly from: string;
  readonly to: string;
  readonly moves: string;
  readonly stay: string;
}

export function switchHeatmapOption(
  data: Pick<ConformanceResponse, 'channels' | 'switchMatrix'>,
  f: Formatters,
  words: HeatmapWords,
): ChartOption {
  const shown = activeChannels(data.switchMatrix);
  const names = shown.map((index) => data.channels[index]?.name ?? String(index));
  const switches: [number, number, number][] = [];
  const stays: [number, number, number][] = [];
  shown.forEach((from, row) => {
    shown.forEach((to, column) => {
      const value = data.switchMatrix[from]?.[to] ?? 0;
      (from === to ? stays : switches).push([column, row, value]);
    });
  });
  const max = Math.max(1, ...switches.map(([, , value]) => value));
  const cellLabel = {
    show: true,
    fontSize: 12,
    formatter: (params: { value: unknown }) => {
      const value: unknown = Array.isArray(params.value) ? params.value[2] : 0;
      return typeof value === 'number' && value > 0 ? f.count(value) : '';
    },
  };
  return {
    grid: { left: 8, right: 96, top: 30, bottom: 28, containLabel: true },
    tooltip: {
      formatter: itemTooltip((params) => {
        if (!Array.isArray(params.value)) return '';
        const [column, row, value] = params.value as number[];
        const from = escapeHtml(names[row ?? 0] ?? '');
        const to = escapeHtml(names[column ?? 0] ?? '');
        const text = `<b>${f.count(value ?? 0)}</b> ${words.moves}`;
        return from === to ? `${from} (${words.stay})<br>${text}` : `${from} → ${to}<br>${text}`;
      }),
    },
    xAxis: {
      type: 'category',
      data: names,
      name: `${words.to} →`,
      nameLocation: 'middle',
      nameGap: 30,
      nameTextStyle: { color: MUTED, fontWeight: 'bold' },
      position: 'bottom',
      axisLabel: { color: TEXT, interval: 0, width: 90, overflow: 'truncate' },
      axisTick: { show: false },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      data: names,
      inverse: true,
      name: `${words.from} ↓`,
      nameLocation: 'start',
      nameGap: 10,
      nameTextStyle: { color: MUTED, fontWeight: 'bold', align: 'right' },
      axisLabel: { color: TEXT },
      axisTick: { show: false },
    },
    visualMap: {
      type: 'continuous',
      seriesIndex: 0,
      min: 0,
      max,
      calculable: false,
      orient: 'vertical',
      right: 8,
      top: 'middle',
      itemHeight: 140,
      text: [f.count(max), '0'],
      textStyle: { color: MUTED },
      inRange: { color: [...HEATMAP_SCALE] },
    },
    series: [
      {
        type: 'heatmap',
        name: words.moves,
        // Dark cells (the top of the scale) get white figures.
        data: switches.map((value) => ({
          value,
          ...(value[2] > DARK_FROM * max && { label: { color: '#ffffff' } }),
        })),
        label: { ...cellLabel, color: TEXT },
        itemStyle: { borderColor: '#ffffff', borderWidth: 2 },
        emphasis: { itemStyle: { borderColor: TEXT, borderWidth: 1 } },
      },
      {
        type: 'heatmap',
        name: words.stay,
        data: stays,
        label: { ...cellLabel, color: MUTED },
        itemStyle: { color: '#e9ecef', borderColor: '#ffffff', borderWidth: 2 },
      },
    ],
  };
}
