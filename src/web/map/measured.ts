/**
 * The measured layer of the map: each touchpoint's figure for the chosen measure (from the
 * analytics API's measured map) and the colour band it falls in. Bands are quintiles of the
 * journey's own touchpoints, so colours spread even when one touchpoint dwarfs the others;
 * conversion uses fixed bands of 20 points, which read the same on every map. Pure.
 */
import type { MeasuredMapResponse } from '../../analytics/http-schemas.ts';
import type { Formatters } from '../analytics/format.ts';

export const MEASURES = [
  'reach',
  'share',
  'onwardConversion',
  'medianMsToNext',
  'satisfaction',
] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * Satisfaction of a touchpoint from its surveys (the feedback API): the main score shown as
 * text (NPS, else CSAT, else CES) and an index from 0 to 1 for the colour (NPS −100…100,
 * CSAT's share of 4–5, CES 1…7, each scaled to 0…1).
 */
export interface Satisfaction {
  readonly text: string;
  readonly index: number;
  readonly irritant: boolean;
}

export type TouchpointMeasure = MeasuredMapResponse['touchpoints'][number] & {
  readonly satisfaction?: Satisfaction | null;
};

/** Light to dark; dark text stays at AA contrast on every band. */
export const BAND_COLORS = ['#ffffd9', '#edf8b1', '#c7e9b4', '#7fcdbb', '#41b6c4'] as const;

export const isMeasure = (value: unknown): value is Measure =>
  (MEASURES as readonly unknown[]).includes(value);

/** The touchpoint's figure, or null when nobody reached it (or nobody went on from it). */
export function measureValue(item: TouchpointMeasure | undefined, measure: Measure): number | null {
  if (measure === 'satisfaction') return item?.satisfaction?.index ?? null;
  if (item === undefined || item.reach === 0) return null;
  switch (measure) {
    case 'reach':
      return item.reach;
    case 'share':
      return item.share;
    case 'onwardConversion':
      return item.onwardConversion;
    case 'medianMsToNext':
      return item.medianMsToNext;
  }
}

interface SurveyMeasure {
  readonly n: number;
  readonly value: number | null;
}

/** The satisfaction figure of a touchpoint's survey measures; null without any answer. */
export function satisfactionOf(
  measures: { nps: SurveyMeasure | null; csat: SurveyMeasure | null; ces: SurveyMeasure | null },
  irritant: boolean,
  f: Formatters,
): Satisfaction | null {
  const { nps, csat, ces } = measures;
  const n = (measure: SurveyMeasure | null) => (measure?.n ?? 0) > 0 && measure?.value !== null;
  if (nps !== null && n(nps)) {
    const value = nps.value ?? 0;
    return { text: `NPS ${Math.round(value)}`, index: (value + 100) / 200, irritant };
  }
  if (csat !== null && n(csat)) {
    // CSAT's value is the percentage answering 4 or 5.
    const value = csat.value ?? 0;
    return { text: `CSAT ${f.percent(value / 100)}`, index: value / 100, irritant };
  }
  if (ces !== null && n(ces)) {
    const value = ces.value ?? 1;
    return { text: `CES ${value.toFixed(1)}`, index: (value - 1) / 6, irritant };
  }
  return null;
}

/** Lower bounds of bands 2…5, ascending and distinct. */
export type Bands = readonly number[];

const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export function bandsOf(values: readonly number[], measure: Measure): Bands {
  if (measure === 'onwardConversion' || measure === 'satisfaction') return [0.2, 0.4, 0.6, 0.8];
  const sorted = [...values].sort((a, b) => a - b);
  const cuts = [0.2, 0.4, 0.6, 0.8].map((q) => quantile(sorted, q));
  return [...new Set(cuts)].filter((cut) => cut > (sorted[0] ?? 0));
}

/** Band index 0 … bands.length. */
export function bandOf(value: number, bands: Bands): number {
  let band = 0;
  while (band < bands.length && value >= (bands[band] ?? Number.POSITIVE_INFINITY)) band++;
  return band;
}

export const bandColor = (band: number, bandCount: number): string => {
  // With fewer bands than colours, spread them over the whole light-to-dark range.
  const index = bandCount <= 1 ? 0 : Math.round((band * (BAND_COLORS.length - 1)) / bandCount);
  return BAND_COLORS[index] ?? BAND_COLORS[0];
};

export interface MeasuredLayerData {
  readonly measure: Measure;
  readonly customers: number;
  readonly byId: ReadonlyMap<string, TouchpointMeasure>;
  readonly bands: Bands;
}

export function layerData(response: MeasuredMapResponse, measure: Measure): MeasuredLayerData {
  const byId = new Map(response.touchpoints.map((item) => [item.touchpointId, item]));
  const values = response.touchpoints
    .map((item) => measureValue(item, measure))
    .filter((value) => value !== null);
  return { measure, customers: response.customers, byId, bands: bandsOf(values, measure) };
}

export const formatMeasure = (value: number, measure: Measure, f: Formatters): string =>
  measure === 'reach'
    ? f.count(value)
    : measure === 'medianMsToNext'
      ? f.duration(value)
      : f.percent(value);

/** The legend's bands as ranges: "< 120", "120 – 300", …, "≥ 800". */
export function bandLabels(bands: Bands, measure: Measure, f: Formatters): string[] {
  const text = (value: number) => formatMeasure(value, measure, f);
  const first = bands[0];
  if (first === undefined) return [];
  return [
    `< ${text(first)}`,
    ...bands.slice(1).map((bound, index) => `${text(bands[index] ?? 0)} – ${text(bound)}`),
    `≥ ${text(bands.at(-1) ?? first)}`,
  ];
}
