/**
 * Criterion values on a common 0–1 scale, oriented so that 1 is always "more worth doing".
 *
 * - A 1–5 scale maps linearly: (v − 1) / 4; a cost-type scale is inverted: (5 − v) / 4.
 * - Performance is a need: missing 1, irritant 2/3, neutral 1/3, enchantment 0 (four evenly
 *   spaced levels of how badly the touchpoint serves the customer).
 * - Open-ended amounts (money, hours, person-months, weeks) are heavy-tailed, so they are put
 *   on a log scale relative to the largest amount of the set being scored:
 *   log(1 + v) / log(1 + max). Cost-type amounts are inverted: 1 − that.
 */
import type { Money, Performance } from '../model/schema.ts';

/** How well a touchpoint serves the customer, 0 (missing) to 1 (enchantment). */
export const PERFORMANCE_LEVEL: Readonly<Record<Performance, number>> = {
  missing: 0,
  irritant: 1 / 3,
  neutral: 2 / 3,
  enchantment: 1,
};

export const fromScale = (value: number): number => (value - 1) / 4;
export const invertedScale = (value: number): number => (5 - value) / 4;

/** log(1 + v) / log(1 + max), 0–1; a set whose largest amount is 0 gives 0 everywhere. */
export function logShare(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.min(1, Math.log1p(value) / Math.log1p(max));
}

/** A cost as a monthly amount: yearly costs and one-off costs are spread over twelve months. */
export function monthlyCents(cost: Money): number {
  return cost.period === 'monthly' ? cost.amountCents : cost.amountCents / 12;
}

/** The largest of the present values, 0 when none. */
export const maxOf = (values: readonly (number | null)[]): number =>
  values.reduce<number>((max, v) => (v !== null && v > max ? v : max), 0);
