/**
 * The pieces the matrix charts are made of: bubble sizes, spread of points sharing a spot,
 * shaded quadrants, threshold lines, the scatter series and its tooltip. Pure.
 */
import type { ScatterSeriesOption } from 'echarts/charts';
import type { MatrixPoint } from '../../prioritise/matrices.ts';
import type { ImpactQuadrant, IpaQuadrant } from '../../prioritise/quadrants.ts';
import { AXIS, type ChartOption, escapeHtml, FONT, itemRef } from './chart-types.ts';

export type AnyPoint = MatrixPoint<string>;

export interface MatrixView {
  readonly option: ChartOption;
  readonly series: readonly (readonly AnyPoint[])[];
}

export const IMPACT_COLORS: Readonly<Record<ImpactQuadrant, string>> = {
  'quick-win': '#2b8a3e',
  'major-project': '#3b5bdb',
  'fill-in': '#868e96',
  thankless: '#c92a2a',
};

export const IPA_COLORS: Readonly<Record<IpaQuadrant, string>> = {
  concentrate: '#c92a2a',
  'keep-up': '#2b8a3e',
  'low-priority': '#868e96',
  overkill: '#e67700',
};

/** Bubble diameter in px: area proportional to the amount, 10–38 px. */
export function bubbleSize(amount: number, largest: number): number {
  if (!(largest > 0) || !(amount > 0)) return 10;
  return Math.round(10 + 28 * Math.sqrt(Math.min(1, amount / largest)));
}

/**
 * Positions that keep points on the same spot apart: the n points sharing a spot are put on a
 * small ellipse around it (radius rx, ry in axis units), in their order. Unique spots stay.
 */
export function spreadOverlaps(
  points: readonly { readonly x: number; readonly y: number }[],
  rx: number,
  ry: number,
): [number, number][] {
  const groups = new Map<string, number[]>();
  points.forEach((p, i) => {
    const key = `${p.x}|${p.y}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const placed: [number, number][] = points.map((p) => [p.x, p.y]);
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.forEach((index, k) => {
      const angle = (2 * Math.PI * k) / members.length - Math.PI / 2;
      const p = points[index];
      if (p) placed[index] = [p.x + rx * Math.cos(angle), p.y + ry * Math.sin(angle)];
    });
  }
  return placed;
}

export interface Area {
  readonly label: string;
  readonly color: string;
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
  readonly position: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight';
}

type MarkArea = NonNullable<ScatterSeriesOption['markArea']>;
type MarkLine = NonNullable<ScatterSeriesOption['markLine']>;

export const quadrantAreas = (areas: readonly Area[]): MarkArea => ({
  silent: true,
  data: areas.map((a): NonNullable<MarkArea['data']>[number] => [
    {
      xAxis: a.x[0],
      yAxis: a.y[0],
      itemStyle: { color: a.color, opacity: 0.06 },
      label: {
        show: true,
        position: a.position,
        formatter: a.label,
        color: a.color,
        fontWeight: 'bold',
        fontSize: 13,
        fontFamily: FONT,
      },
    },
    { xAxis: a.x[1], yAxis: a.y[1] },
  ]),
});

export const thresholdLines = (x: number, y: number): MarkLine => ({
  silent: true,
  symbol: 'none',
  lineStyle: { type: 'dashed' as const, color: '#868e96', width: 1 },
  label: { show: false },
  data: [{ xAxis: x }, { yAxis: y }],
});

export interface ScatterInput {
  readonly name: string;
  readonly points: readonly AnyPoint[];
  readonly positions: readonly [number, number][];
  readonly color: (p: AnyPoint) => string;
  readonly symbol: string;
  readonly largest: number;
  readonly selectedId: string | null;
}

export function scatter(input: ScatterInput): ScatterSeriesOption {
  return {
    type: 'scatter' as const,
    name: input.name,
    symbol: input.symbol,
    data: input.points.map((p, i) => ({
      value: input.positions[i] ?? [p.x, p.y],
      name: p.name,
      symbolSize: bubbleSize(p.size, input.largest),
      itemStyle: {
        color: input.color(p),
        opacity: 0.8,
        borderColor: p.id === input.selectedId ? '#212529' : '#ffffff',
        borderWidth: p.id === input.selectedId ? 3 : 1,
      },
    })),
    emphasis: {
      focus: 'self' as const,
      label: { show: true, formatter: '{b}', position: 'top' as const },
    },
  };
}

export interface MatrixText {
  readonly x: string;
  readonly y: string;
  readonly quadrants: Readonly<Record<string, string>>;
  readonly series: readonly string[];
  /** The tooltip's lines after the name, for one point. */
  readonly describe: (p: AnyPoint) => readonly string[];
}

export function tooltip(series: readonly (readonly AnyPoint[])[], text: MatrixText) {
  return {
    trigger: 'item' as const,
    confine: true,
    formatter: (params: unknown) => {
      const ref = itemRef(params);
      const point = series[ref.seriesIndex ?? -1]?.[ref.dataIndex ?? -1];
      if (!point) return '';
      const lines = [
        `<strong>${escapeHtml(point.name)}</strong>`,
        ...text.describe(point).map(escapeHtml),
      ];
      return lines.join('<br>');
    },
  };
}

export const baseGrid = { left: 64, right: 24, top: 24, bottom: 56, containLabel: false };
export const axisName = (name: string, gap: number) => ({
  name,
  nameLocation: 'middle' as const,
  nameGap: gap,
  nameTextStyle: { ...AXIS, fontWeight: 'bold' as const },
  axisLabel: AXIS,
  // Axes along the grid's edges, not through zero inside the padded range.
  axisLine: { onZero: false, lineStyle: { color: '#adb5bd' } },
  splitLine: { show: false },
});

/** The smallest 1, 2, 2.5 or 5 × 10^k at or above the value (axis ends). */
export function niceCeil(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * power >= value * (1 - 1e-12)) ?? 10;
  return step * power;
}
