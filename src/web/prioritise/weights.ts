/** Weights as the formula shows them: each criterion's weight and its share of the total. Pure. */

/** Cost-type criteria: the score uses 1 − their normalised value (performance is a need). */
export const COST_TYPE: ReadonlySet<string> = new Set([
  'performance',
  'cost',
  'investment',
  'time',
  'effort',
]);

export interface FormulaTerm<K extends string> {
  readonly key: K;
  readonly weight: number;
  /** weight / Σ weights; 0 when all are 0. */
  readonly share: number;
}

export function formulaTerms<K extends string>(
  weights: Readonly<Record<K, number>>,
): FormulaTerm<K>[] {
  const entries = Object.entries(weights) as [K, number][];
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  return entries.map(([key, weight]) => ({ key, weight, share: total > 0 ? weight / total : 0 }));
}

/** Two weight sets are the same (to know whether the draft needs saving). */
export const sameWeights = (a: unknown, b: unknown): boolean =>
  JSON.stringify(a) === JSON.stringify(b);
