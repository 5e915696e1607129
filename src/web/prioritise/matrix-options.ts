/**
 * The arbitration matrices as ECharts options: bubbles coloured by quadrant, shaded and
 * labelled quadrants, dashed threshold lines. Each view also returns its points by series, so
 * a click on a bubble finds the touchpoint or action behind it. Pure.
 */

import type {
  ImpactFeasibilityMatrix,
  IpaMatrix,
  ValueEffortMatrix,
} from '../../prioritise/matrices.ts';
import type { ImpactQuadrant, IpaQuadrant } from '../../prioritise/quadrants.ts';
import { AXIS, FONT } from './chart-types.ts';
import {
  type AnyPoint,
  type Area,
  axisName,
  baseGrid,
  IMPACT_COLORS,
  IPA_COLORS,
  type MatrixText,
  type MatrixView,
  niceCeil,
  quadrantAreas,
  scatter,
  spreadOverlaps,
  thresholdLines,
  tooltip,
} from './matrix-parts.ts';

/** Ticks at 0, ¼, ½, ¾, 1 on an axis padded beyond 0–1 so edge bubbles are not cut. */
const UNIT_TICKS = [0, 0.25, 0.5, 0.75, 1];
const unitTicks = {
  axisLabel: { ...AXIS, customValues: UNIT_TICKS },
  axisTick: { customValues: UNIT_TICKS },
};

/** Impact (y) × feasibility (x), on 0–1, quick wins at the top right. */
export function impactFeasibilityView(
  matrix: ImpactFeasibilityMatrix,
  show: { readonly touchpoints: boolean; readonly actions: boolean },
  text: MatrixText,
  selectedId: string | null,
): MatrixView {
  const t = matrix.threshold;
  const groups = [
    show.touchpoints ? matrix.points.filter((p) => p.kind === 'touchpoint') : [],
    show.actions ? matrix.points.filter((p) => p.kind === 'action') : [],
  ];
  const largestOf = (points: readonly AnyPoint[]) => Math.max(0, ...points.map((p) => p.size));
  const q = (key: ImpactQuadrant) => ({
    label: text.quadrants[key] ?? key,
    color: IMPACT_COLORS[key],
  });
  const areas: Area[] = [
    { ...q('quick-win'), x: [t, 1.05], y: [t, 1.05], position: 'insideTopRight' },
    { ...q('major-project'), x: [-0.05, t], y: [t, 1.05], position: 'insideTopLeft' },
    { ...q('fill-in'), x: [t, 1.05], y: [-0.05, t], position: 'insideBottomRight' },
    { ...q('thankless'), x: [-0.05, t], y: [-0.05, t], position: 'insideBottomLeft' },
  ];
  const color = (p: AnyPoint) => IMPACT_COLORS[p.quadrant as ImpactQuadrant] ?? '#868e96';
  const series = groups.map((points, i) => ({
    ...scatter({
      name: text.series[i] ?? '',
      points,
      positions: points.map((p) => [p.x, p.y] as [number, number]),
      color,
      symbol: i === 0 ? 'circle' : 'diamond',
      largest: largestOf(points),
      selectedId,
    }),
    ...(i === 0 ? { markArea: quadrantAreas(areas), markLine: thresholdLines(t, t) } : {}),
  }));
  return {
    series: groups,
    option: {
      animationDuration: 300,
      textStyle: { fontFamily: FONT },
      grid: baseGrid,
      legend: { show: false },
      tooltip: tooltip(groups, text),
      xAxis: { type: 'value', min: -0.05, max: 1.05, ...axisName(text.x, 32), ...unitTicks },
      yAxis: { type: 'value', min: -0.05, max: 1.05, ...axisName(text.y, 44), ...unitTicks },
      series,
    },
  };
}

const LEVELS = [0, 1 / 3, 2 / 3, 1];
const SCALE = [1, 2, 3, 4, 5];

/** Importance (1–5, y) × performance (x: missing … enchantment), IPA quadrants. */
export function ipaView(
  matrix: IpaMatrix,
  text: MatrixText & { readonly levels: readonly string[] },
  selectedId: string | null,
): MatrixView {
  const points = matrix.points;
  const positions = spreadOverlaps(points, 0.06, 0.22);
  const q = (key: IpaQuadrant) => ({ label: text.quadrants[key] ?? key, color: IPA_COLORS[key] });
  const [it, pt] = [matrix.importanceThreshold, matrix.performanceThreshold];
  const areas: Area[] = [
    { ...q('concentrate'), x: [-0.2, pt], y: [it, 5.6], position: 'insideTopLeft' },
    { ...q('keep-up'), x: [pt, 1.2], y: [it, 5.6], position: 'insideTopRight' },
    { ...q('low-priority'), x: [-0.2, pt], y: [0.4, it], position: 'insideBottomLeft' },
    { ...q('overkill'), x: [pt, 1.2], y: [0.4, it], position: 'insideBottomRight' },
  ];
  const levelOf = (value: number) => text.levels[Math.round(value * 3)] ?? '';
  const series = [
    {
      ...scatter({
        name: text.series[0] ?? '',
        points,
        positions,
        color: (p) => IPA_COLORS[p.quadrant as IpaQuadrant] ?? '#868e96',
        symbol: 'circle',
        largest: Math.max(0, ...points.map((p) => p.size)),
        selectedId,
      }),
      markArea: quadrantAreas(areas),
      markLine: thresholdLines(pt, it),
    },
  ];
  return {
    series: [points],
    option: {
      animationDuration: 300,
      textStyle: { fontFamily: FONT },
      grid: baseGrid,
      tooltip: tooltip([points], text),
      xAxis: {
        type: 'value',
        min: -0.2,
        max: 1.2,
        ...axisName(text.x, 32),
        axisLabel: { ...AXIS, customValues: LEVELS, formatter: (value: number) => levelOf(value) },
        axisTick: { customValues: LEVELS },
      },
      yAxis: {
        type: 'value',
        min: 0.4,
        max: 5.6,
        ...axisName(text.y, 36),
        axisLabel: { ...AXIS, customValues: SCALE },
        axisTick: { customValues: SCALE },
      },
      series,
    },
  };
}

/** Value (y, money) × effort (x, person-months) for one horizon; thresholds at the medians. */
export function valueEffortView(
  matrix: ValueEffortMatrix,
  text: MatrixText & { readonly money: (cents: number) => string },
  selectedId: string | null,
): MatrixView {
  const points = matrix.points;
  // Room above and right of the largest point, ending on a round number.
  const maxX = niceCeil(Math.max(1, ...points.map((p) => p.x)) * 1.12);
  const maxY = niceCeil(Math.max(100, ...points.map((p) => p.y)) * 1.12);
  const [tv, te] = [matrix.valueThreshold, matrix.effortThreshold];
  const q = (key: ImpactQuadrant) => ({
    label: text.quadrants[key] ?? key,
    color: IMPACT_COLORS[key],
  });
  const areas: Area[] = [
    { ...q('quick-win'), x: [0, te], y: [tv, maxY], position: 'insideTopLeft' },
    { ...q('major-project'), x: [te, maxX], y: [tv, maxY], position: 'insideTopRight' },
    { ...q('fill-in'), x: [0, te], y: [0, tv], position: 'insideBottomLeft' },
    { ...q('thankless'), x: [te, maxX], y: [0, tv], position: 'insideBottomRight' },
  ];
  const series = [
    {
      ...scatter({
        name: text.series[0] ?? '',
        points,
        positions: spreadOverlaps(points, maxX * 0.015, maxY * 0.02),
        color: (p) => IMPACT_COLORS[p.quadrant as ImpactQuadrant] ?? '#868e96',
        symbol: 'diamond',
        largest: Math.max(0, ...points.map((p) => p.size)),
        selectedId,
      }),
      markArea: quadrantAreas(areas),
      markLine: thresholdLines(te, tv),
    },
  ];
  return {
    series: [points],
    option: {
      animationDuration: 300,
      textStyle: { fontFamily: FONT },
      grid: { ...baseGrid, left: 84 },
      tooltip: tooltip([points], text),
      xAxis: { type: 'value', min: 0, max: maxX, ...axisName(text.x, 32) },
      yAxis: {
        type: 'value',
        min: 0,
        max: maxY,
        ...axisName(text.y, 64),
        axisLabel: { ...AXIS, formatter: (v: number) => text.money(v) },
      },
      series,
    },
  };
}
