/**
 * Do two measures really differ? Two periods, two segments, a touchpoint against the rest of
 * the workspace. Each kind has its test (REFERENCE §4):
 * - NPS: z = (NPS₁ − NPS₂) / √(SE₁² + SE₂²), the trinomial standard errors of two independent
 *   samples;
 * - CSAT: the two-proportion z-test with a pooled proportion;
 * - CES: Welch's t-test (unequal variances), degrees of freedom by Welch–Satterthwaite.
 * Two-sided, at 5 %. Pure.
 */
import type { Measure } from './measures.ts';
import { SMALL_SAMPLE } from './scales.ts';
import { normalTwoSided, studentTwoSided } from './stats.ts';

export const ALPHA = 0.05;

export interface Comparison {
  readonly test: 'nps-z' | 'two-proportion-z' | 'welch-t';
  /** `a − b` in the unit of the measure (NPS points, CSAT percentage points, CES points). */
  readonly difference: number;
  readonly se: number;
  /** The z or t statistic. */
  readonly statistic: number;
  /** Welch's degrees of freedom; null for z tests. */
  readonly df: number | null;
  readonly pValue: number;
  /** p < 5 %. */
  readonly significant: boolean;
  /** One side has fewer than 30 answers: read the verdict with care. */
  readonly smallSample: boolean;
}

const round = (value: number, digits = 6): number =>
  Math.round(value * 10 ** digits) / 10 ** digits;

function verdict(
  test: Comparison['test'],
  a: Measure,
  b: Measure,
  parts: { difference: number; se: number; statistic: number; df: number | null; pValue: number },
): Comparison {
  return {
    test,
    difference: round(parts.difference, 4),
    se: round(parts.se, 4),
    statistic: round(parts.statistic, 4),
    df: parts.df === null ? null : round(parts.df, 2),
    pValue: Number(parts.pValue.toPrecision(6)),
    significant: parts.pValue < ALPHA,
    smallSample: a.n < SMALL_SAMPLE || b.n < SMALL_SAMPLE,
  };
}

function compareNps(a: Measure, b: Measure): Comparison | null {
  if (a.value === null || b.value === null || a.se === null || b.se === null) return null;
  const difference = a.value - b.value;
  const se = Math.sqrt(a.se ** 2 + b.se ** 2);
  // Both samples unanimous (SE 0): no sampling error can be estimated.
  if (se === 0) return null;
  const statistic = difference / se;
  return verdict('nps-z', a, b, {
    difference,
    se,
    statistic,
    df: null,
    pValue: normalTwoSided(statistic),
  });
}

/** CSAT answers 4 and 5: the last two points of the distribution. */
const satisfied = (m: Measure): number => (m.distribution[3] ?? 0) + (m.distribution[4] ?? 0);

function compareCsat(a: Measure, b: Measure): Comparison | null {
  if (a.n === 0 || b.n === 0) return null;
  const pa = satisfied(a) / a.n;
  const pb = satisfied(b) / b.n;
  const pooled = (pa * a.n + pb * b.n) / (a.n + b.n);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n));
  if (se === 0) return null;
  const difference = pa - pb;
  const statistic = difference / se;
  return verdict('two-proportion-z', a, b, {
    difference: 100 * difference,
    se: 100 * se,
    statistic,
    df: null,
    pValue: normalTwoSided(statistic),
  });
}

function compareCes(a: Measure, b: Measure): Comparison | null {
  if (a.mean === null || b.mean === null || a.sd === null || b.sd === null) return null;
  const va = a.sd ** 2 / a.n;
  const vb = b.sd ** 2 / b.n;
  const se = Math.sqrt(va + vb);
  const difference = a.mean - b.mean;
  if (se === 0) return null;
  const statistic = difference / se;
  const df = (va + vb) ** 2 / (va ** 2 / (a.n - 1) + vb ** 2 / (b.n - 1));
  return verdict('welch-t', a, b, {
    difference,
    se,
    statistic,
    df,
    pValue: studentTwoSided(statistic, df),
  });
}

/**
 * The test of `a` against `b` (same kind); null when either side cannot be estimated (no
 * answers, one CES answer) or both are unanimous (no sampling error to test against).
 */
export function compareMeasures(a: Measure, b: Measure): Comparison | null {
  if (a.kind !== b.kind) throw new Error(`cannot compare ${a.kind} with ${b.kind}`);
  if (a.kind === 'nps') return compareNps(a, b);
  if (a.kind === 'csat') return compareCsat(a, b);
  return compareCes(a, b);
}
