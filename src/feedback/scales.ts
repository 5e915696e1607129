/**
 * The three satisfaction scales (../../shared/REFERENCE.md §4). Every stored answer carries its
 * kind, its scale and the direction of the scale, so that an answer read years later, or
 * imported from another tool, is never misread. Pure.
 */

export const SURVEY_KINDS = ['nps', 'csat', 'ces'] as const;
/** NPS: 0–10 likelihood to recommend; CSAT: 1–5 satisfaction; CES: 1–7 agreement with "easy". */
export type SurveyKind = (typeof SURVEY_KINDS)[number];

export interface Scale {
  readonly min: number;
  readonly max: number;
  /** Which end is the good one: for all three standard questions, the high end. */
  readonly best: 'high';
}

export const SCALES: Readonly<Record<SurveyKind, Scale>> = {
  nps: { min: 0, max: 10, best: 'high' },
  csat: { min: 1, max: 5, best: 'high' },
  ces: { min: 1, max: 7, best: 'high' },
};

export const isSurveyKind = (value: unknown): value is SurveyKind =>
  typeof value === 'string' && (SURVEY_KINDS as readonly string[]).includes(value);

/** Whether `score` is a whole number on the kind's scale. */
export function isScoreOf(kind: SurveyKind, score: unknown): score is number {
  const { min, max } = SCALES[kind];
  return typeof score === 'number' && Number.isInteger(score) && score >= min && score <= max;
}

/** Number of points of the scale (11 for NPS). */
export const pointsOf = (kind: SurveyKind): number => SCALES[kind].max - SCALES[kind].min + 1;

/** Below this many answers a figure is shown with a warning (REFERENCE §4). */
export const SMALL_SAMPLE = 30;
