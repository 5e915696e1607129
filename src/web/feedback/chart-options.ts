/**
 * ECharts options of the satisfaction dashboard, from the API's measures: a gauge of the
 * overall figure, bars per group with their 95 % interval as whiskers (coloured when the group
 * is significantly above or below the rest), and a trend line with its interval as a band.
 * Pure: components only render what these return.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { GroupMeasure } from '../../feedback/breakdown.ts';
import type { Measure, SurveyKind, TrendPoint } from './feedback-api.ts';
import { AXIS, formatValue } from './format.ts';

export const COLOURS = {
  neutral: '#3b5bdb',
  above: '#2b8a3e',
  below: '#c92a2a',
  small: '#adb5bd',
  whisker: '#212529',
  band: 'rgba(59, 91, 219, 0.15)',
} as const;

/** Bands of the gauge: poor, fair, good (customary thresholds of each measure). */
const GAUGE_BANDS: Readonly<Record<SurveyKind, readonly [number, number]>> = {
  nps: [0, 30],
  csat: [60, 80],
  ces: [4, 5.5],
};

const share = (kind: SurveyKind, value: number): number => {
  const { min, max } = AXIS[kind];
  return (value - min) / (max - min);
};

export function gaugeOption(kind: SurveyKind, measure: Measure): EChartsCoreOption {
  const { min, max } = AXIS[kind];
  const [fair, good] = GAUGE_BANDS[kind];
  return {
    animation: false,
    series: [
      {
        type: 'gauge',
        min,
        max,
        startAngle: 200,
        endAngle: -20,
        radius: '100%',
        center: ['50%', '62%'],
        splitNumber: 4,
        axisLine: {
          lineStyle: {
            width: 14,
            color: [
              [share(kind, fair), COLOURS.below],
              [share(kind, good), '#f08c00'],
              [1, COLOURS.above],
            ],
          },
        },
        pointer: { width: 5, length: '60%' },
        axisTick: { show: false },
        splitLine: { length: 10, lineStyle: { color: '#fff', width: 2 } },
        axisLabel: { distance: 20, fontSize: 10, color: '#5c636a' },
        // The figure is written under the gauge, with its n and interval.
        detail: { show: false },
        title: { show: false },
        data: [{ value: measure.value ?? min }],
      },
    ],
  };
}

const barColour = (group: GroupMeasure): string => {
  if (group.measure.smallSample) return COLOURS.small;
  const test = group.versusRest;
  if (test === null || !test.significant) return COLOURS.neutral;
  return test.difference > 0 ? COLOURS.above : COLOURS.below;
};

interface WhiskerApi {
  value(dimension: number): number;
  coord(point: [number, number]): number[];
  size(point: [number, number]): number[];
}

/** Draws a horizontal interval [low, high] at a category, with caps. */
export function renderWhisker(_params: unknown, api: WhiskerApi) {
  const at = api.value(2);
  const [x1 = 0, y = 0] = api.coord([api.value(0), at]);
  const [x2 = 0] = api.coord([api.value(1), at]);
  const cap = (api.size([0, 1])[1] ?? 20) * 0.18;
  const style = { stroke: COLOURS.whisker, lineWidth: 1.5 };
  return {
    type: 'group',
    children: [
      { type: 'line', shape: { x1, y1: y, x2, y2: y }, style },
      { type: 'line', shape: { x1, y1: y - cap, x2: x1, y2: y + cap }, style },
      { type: 'line', shape: { x1: x2, y1: y - cap, x2, y2: y + cap }, style },
    ],
  };
}

/** Horizontal bars per group (first group on top), whiskers for the 95 % interval. */
export function barsOption(
  kind: SurveyKind,
  groups: readonly GroupMeasure[],
  lang: string,
  noneLabel: string,
): EChartsCoreOption {
  const { min, max } = AXIS[kind];
  const shown = [...groups].reverse();
  const labels = shown.map((g) => `${g.label || noneLabel} (n=${g.measure.n})`);
  return {
    animation: false,
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item' },
    xAxis: { type: 'value', min, max },
    yAxis: { type: 'category', data: labels, axisLabel: { width: 220, overflow: 'truncate' } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        data: shown.map((g) => ({
          value: g.measure.value ?? 0,
          itemStyle: { color: barColour(g) },
          // White reads on the coloured bars, not on the pale grey of small samples.
          label: { color: g.measure.smallSample ? '#212529' : '#ffffff' },
        })),
        label: {
          show: true,
          position: 'insideRight',
          fontWeight: 600,
          formatter: (p: { dataIndex: number }) =>
            formatValue(lang, kind, shown[p.dataIndex]?.measure.value ?? null),
        },
      },
      {
        type: 'custom',
        renderItem: renderWhisker,
        encode: { x: [0, 1], y: 2 },
        data: shown.flatMap((g, index) =>
          g.measure.low === null || g.measure.high === null
            ? []
            : [[g.measure.low, g.measure.high, index]],
        ),
        z: 10,
        tooltip: { show: false },
      },
    ],
  };
}

/** The measure period by period, its interval as a band, significant changes marked. */
export function trendOption(
  kind: SurveyKind,
  points: readonly TrendPoint[],
  lang: string,
): EChartsCoreOption {
  const { min, max } = AXIS[kind];
  const lows = points.map((p) => p.measure.low ?? p.measure.value);
  const widths = points.map((p, i) =>
    p.measure.high === null || lows[i] === null || lows[i] === undefined
      ? null
      : p.measure.high - (lows[i] ?? 0),
  );
  return {
    animation: false,
    grid: { left: 8, right: 16, top: 16, bottom: 24, containLabel: true },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: points.map((p) => p.period), boundaryGap: false },
    yAxis: { type: 'value', min, max },
    series: [
      {
        type: 'line',
        stack: 'ci',
        data: lows,
        lineStyle: { opacity: 0 },
        symbol: 'none',
        silent: true,
        tooltip: { show: false },
      },
      {
        type: 'line',
        stack: 'ci',
        data: widths,
        lineStyle: { opacity: 0 },
        symbol: 'none',
        areaStyle: { color: COLOURS.band },
        silent: true,
        tooltip: { show: false },
      },
      {
        type: 'line',
        data: points.map((p) => ({
          value: p.measure.value,
          symbolSize: p.change?.significant ? 12 : 6,
          itemStyle: {
            color: p.change?.significant
              ? p.change.difference > 0
                ? COLOURS.above
                : COLOURS.below
              : COLOURS.neutral,
          },
        })),
        lineStyle: { color: COLOURS.neutral, width: 2 },
        label: {
          show: points.length <= 14,
          position: 'top',
          formatter: (p: { dataIndex: number }) =>
            formatValue(lang, kind, points[p.dataIndex]?.measure.value ?? null),
        },
      },
    ],
  };
}
