/**
 * The satisfaction measures of REFERENCE §4, computed from a distribution of scores (the count
 * of answers at each point of the scale). Everything a dashboard shows — NPS and its trinomial
 * standard error, the CSAT share with its Wilson interval, the CES mean with s/√n — follows
 * from those counts, so the store only has to count and this module does the rest. Pure.
 */
import { pointsOf, SCALES, SMALL_SAMPLE, type SurveyKind } from './scales.ts';
import { type Interval, tCritical95, wilson, Z_95 } from './stats.ts';

/** Answers at each point of a scale: `counts[i]` answered `scale.min + i`. */
export type Distribution = readonly number[];

export interface NpsBreakdown {
  /** Answers 9–10. */
  readonly promoters: number;
  /** Answers 7–8 (they count in n). */
  readonly passives: number;
  /** Answers 0–6. */
  readonly detractors: number;
}

export interface Share {
  /** Percentage, 0–100. */
  readonly value: number;
  readonly low: number;
  readonly high: number;
}

export interface Measure {
  readonly kind: SurveyKind;
  readonly n: number;
  /**
   * The headline figure: NPS in points (−100…+100), CSAT as the % of 4–5 answers, CES as the
   * mean score (1–7); null without answers.
   */
  readonly value: number | null;
  /** 95 % confidence interval of `value`; null when it cannot be estimated. */
  readonly low: number | null;
  readonly high: number | null;
  /** Standard error of `value` (NPS: trinomial; CSAT: of the share; CES: s/√n). */
  readonly se: number | null;
  /** Mean score, on the kind's scale. */
  readonly mean: number | null;
  /** Fewer than 30 answers: show the figure with a warning. */
  readonly smallSample: boolean;
  readonly distribution: number[];
  /** NPS only. */
  readonly breakdown: NpsBreakdown | null;
  /** CES only: the share of "easy" answers (5–7), with its Wilson interval. */
  readonly easyShare: Share | null;
  /** CES only: the sample standard deviation (needed to compare two CES). */
  readonly sd: number | null;
}

const round = (value: number, digits = 4): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** A distribution of the kind's length, missing points counted as zero. */
export function fullDistribution(kind: SurveyKind, counts: Distribution): number[] {
  return Array.from({ length: pointsOf(kind) }, (_, i) => counts[i] ?? 0);
}

/** Counts of the answers whose score lies in [from, to] (scores, not indexes). */
function countBetween(kind: SurveyKind, counts: Distribution, from: number, to: number): number {
  const { min } = SCALES[kind];
  let total = 0;
  for (let score = from; score <= to; score++) total += counts[score - min] ?? 0;
  return total;
}

function moments(kind: SurveyKind, counts: Distribution) {
  const { min } = SCALES[kind];
  let n = 0;
  let sum = 0;
  let squares = 0;
  counts.forEach((count, i) => {
    n += count;
    sum += count * (min + i);
    squares += count * (min + i) ** 2;
  });
  const mean = n > 0 ? sum / n : null;
  const variance =
    n > 1 && mean !== null ? Math.max(0, (squares - n * mean * mean) / (n - 1)) : null;
  return { n, mean, sd: variance === null ? null : Math.sqrt(variance) };
}

const empty = (kind: SurveyKind, counts: number[]): Measure => ({
  kind,
  n: 0,
  value: null,
  low: null,
  high: null,
  se: null,
  mean: null,
  smallSample: true,
  distribution: counts,
  breakdown: null,
  easyShare: null,
  sd: null,
});

/**
 * NPS = 100·(n_P − n_D)/n with SE = 100·√((p + d − (p − d)²)/n) and the interval NPS ± 1.96·SE,
 * clamped to ±100. Example (REFERENCE §4): 291 / 476 / 395 → −8.95, SE 2.239, ±4.39.
 */
export function npsOf(
  breakdown: NpsBreakdown,
): Pick<Measure, 'n' | 'value' | 'low' | 'high' | 'se'> {
  const { promoters, passives, detractors } = breakdown;
  const n = promoters + passives + detractors;
  if (n === 0) return { n, value: null, low: null, high: null, se: null };
  const p = promoters / n;
  const d = detractors / n;
  const value = 100 * (p - d);
  const se = 100 * Math.sqrt(Math.max(0, p + d - (p - d) ** 2) / n);
  return {
    n,
    value: round(value),
    se: round(se),
    low: round(Math.max(-100, value - Z_95 * se)),
    high: round(Math.min(100, value + Z_95 * se)),
  };
}

const percent = (share: number, interval: Interval): Share => ({
  value: round(100 * share),
  low: round(100 * interval.low),
  high: round(100 * interval.high),
});

function nps(counts: number[]): Measure {
  const breakdown: NpsBreakdown = {
    promoters: countBetween('nps', counts, 9, 10),
    passives: countBetween('nps', counts, 7, 8),
    detractors: countBetween('nps', counts, 0, 6),
  };
  const { mean } = moments('nps', counts);
  const figure = npsOf(breakdown);
  if (figure.n === 0) return empty('nps', counts);
  return {
    ...empty('nps', counts),
    ...figure,
    mean: mean === null ? null : round(mean),
    smallSample: figure.n < SMALL_SAMPLE,
    breakdown,
  };
}

/** CSAT: the share answering 4 or 5, with its Wilson interval; the mean is kept too. */
function csat(counts: number[]): Measure {
  const { n, mean } = moments('csat', counts);
  if (n === 0) return empty('csat', counts);
  const satisfied = countBetween('csat', counts, 4, 5);
  const share = percent(satisfied / n, wilson(satisfied, n));
  const p = satisfied / n;
  return {
    ...empty('csat', counts),
    n,
    value: share.value,
    low: share.low,
    high: share.high,
    se: round(100 * Math.sqrt((p * (1 - p)) / n)),
    mean: mean === null ? null : round(mean),
    smallSample: n < SMALL_SAMPLE,
  };
}

/**
 * CES: the mean with its standard error s/√n and a t interval (1.96·SE once n is large), and
 * the share of easy answers (5–7).
 */
function ces(counts: number[]): Measure {
  const { n, mean, sd } = moments('ces', counts);
  if (n === 0 || mean === null) return empty('ces', counts);
  const easy = countBetween('ces', counts, 5, 7);
  const se = sd === null ? null : sd / Math.sqrt(n);
  const margin = se === null ? null : tCritical95(n - 1) * se;
  return {
    ...empty('ces', counts),
    n,
    value: round(mean),
    mean: round(mean),
    se: se === null ? null : round(se),
    low: margin === null ? null : round(Math.max(1, mean - margin)),
    high: margin === null ? null : round(Math.min(7, mean + margin)),
    smallSample: n < SMALL_SAMPLE,
    easyShare: percent(easy / n, wilson(easy, n)),
    sd: sd === null ? null : round(sd, 6),
  };
}

/** The measure of a kind from its distribution of scores. */
export function measureOf(kind: SurveyKind, counts: Distribution): Measure {
  const full = fullDistribution(kind, counts);
  if (kind === 'nps') return nps(full);
  if (kind === 'csat') return csat(full);
  return ces(full);
}

/** The distribution of a list of scores (scores off the scale are left out). */
export function distributionOf(kind: SurveyKind, scores: Iterable<number>): number[] {
  const { min, max } = SCALES[kind];
  const counts = fullDistribution(kind, []);
  for (const score of scores) {
    if (Number.isInteger(score) && score >= min && score <= max) {
      counts[score - min] = (counts[score - min] ?? 0) + 1;
    }
  }
  return counts;
}

/** The sum of distributions of one kind (rolling touchpoints up into a stage, a phase…). */
export function addDistributions(kind: SurveyKind, parts: Iterable<Distribution>): number[] {
  const total = fullDistribution(kind, []);
  for (const part of parts)
    part.forEach((count, i) => {
      if (i < total.length) total[i] = (total[i] ?? 0) + count;
    });
  return total;
}
