/**
 * The weighted score Σ_k w_k · s_k with Σ w = 1, keeping each criterion's contribution so the
 * user sees the formula. Criteria are already oriented (cost-type ones inverted, see
 * criteria.ts). A criterion without a value (an unqualified attribute) is left out and the
 * weights of the present ones are scaled back to Σ = 1, so a half-qualified touchpoint is
 * compared on what is known rather than penalised as if the missing values were 0.
 *
 * Criteria are split in two sides for the impact × feasibility matrix: benefit criteria make
 * the impact axis, cost-type criteria the feasibility axis; each axis is the same weighted
 * mean restricted to its side.
 */

export type Side = 'impact' | 'feasibility';

export interface Criterion<K extends string> {
  readonly key: K;
  /** The value as the user knows it (a 1–5 level, a performance, an amount in cents…). */
  readonly raw: number | string | null;
  /** 0–1, oriented so that 1 is more worth doing; null when the attribute is not filled. */
  readonly value: number | null;
  /** A cost-type criterion: the value is the inverted raw amount. */
  readonly inverted: boolean;
  readonly side: Side;
}

export interface Contribution<K extends string> extends Criterion<K> {
  /** The weight as set, scaled so that all weights sum to 1. */
  readonly weight: number;
  /** The weight used for this item: scaled over its present criteria only. */
  readonly appliedWeight: number;
  /** appliedWeight × value (0 when missing). */
  readonly contribution: number;
}

export interface WeightedScore<K extends string> {
  /** 0–1; null when no weighted criterion has a value. */
  readonly score: number | null;
  readonly impact: number | null;
  readonly feasibility: number | null;
  readonly contributions: Contribution<K>[];
}

/** Weights scaled to Σ = 1 (all zero stays all zero). */
export function normaliseWeights<K extends string>(
  weights: Readonly<Record<K, number>>,
): Record<K, number> {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  return Object.fromEntries(entries.map(([key, w]) => [key, total > 0 ? w / total : 0])) as Record<
    K,
    number
  >;
}

function weightedMean<K extends string>(
  criteria: readonly Criterion<K>[],
  weights: Readonly<Record<K, number>>,
): number | null {
  let sum = 0;
  let weight = 0;
  for (const c of criteria) {
    if (c.value === null) continue;
    sum += weights[c.key] * c.value;
    weight += weights[c.key];
  }
  return weight > 0 ? sum / weight : null;
}

export function weightedScore<K extends string>(
  criteria: readonly Criterion<K>[],
  rawWeights: Readonly<Record<K, number>>,
): WeightedScore<K> {
  const weights = normaliseWeights(rawWeights);
  const present = criteria.reduce((sum, c) => sum + (c.value === null ? 0 : weights[c.key]), 0);
  const contributions = criteria.map((c) => {
    const appliedWeight = c.value === null || present === 0 ? 0 : weights[c.key] / present;
    return {
      ...c,
      weight: weights[c.key],
      appliedWeight,
      contribution: appliedWeight * (c.value ?? 0),
    };
  });
  return {
    score: present > 0 ? contributions.reduce((sum, c) => sum + c.contribution, 0) : null,
    impact: weightedMean(
      criteria.filter((c) => c.side === 'impact'),
      weights,
    ),
    feasibility: weightedMean(
      criteria.filter((c) => c.side === 'feasibility'),
      weights,
    ),
    contributions,
  };
}
