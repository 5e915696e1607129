/**
 * Quadrant rules of the arbitration matrices. The rule on the line is stated once here:
 * a value equal to its threshold counts as high (≥ lands high), so items on a line land
 * deterministically.
 *
 * - Impact × feasibility (0–1 axes, threshold 0.5): quick wins (high impact, high
 *   feasibility = low effort), major projects (high, low), fill-ins (low, high), thankless
 *   tasks (low impact, low feasibility).
 * - Importance × performance (IPA; importance 1–5 with threshold 3, performance level 0–1
 *   with threshold 0.5, i.e. neutral and enchantment are high): concentrate here (important,
 *   performing badly), keep up the good work (important, performing well), low priority
 *   (neither), possible overkill (not important, performing well).
 * - Value × effort (amounts with no natural midpoint): thresholds are the medians of the
 *   plotted set; effort ≥ median is high effort.
 */

export type ImpactQuadrant = 'quick-win' | 'major-project' | 'fill-in' | 'thankless';
export type IpaQuadrant = 'concentrate' | 'keep-up' | 'low-priority' | 'overkill';

export const IMPACT_THRESHOLD = 0.5;
export const IPA_IMPORTANCE_THRESHOLD = 3;
export const IPA_PERFORMANCE_THRESHOLD = 0.5;

export const isHigh = (value: number, threshold: number): boolean => value >= threshold;

export function impactQuadrant(
  impact: number,
  feasibility: number,
  threshold = IMPACT_THRESHOLD,
): ImpactQuadrant {
  const highImpact = isHigh(impact, threshold);
  const easy = isHigh(feasibility, threshold);
  if (highImpact) return easy ? 'quick-win' : 'major-project';
  return easy ? 'fill-in' : 'thankless';
}

export function ipaQuadrant(importance: number, performanceLevel: number): IpaQuadrant {
  const important = isHigh(importance, IPA_IMPORTANCE_THRESHOLD);
  const performing = isHigh(performanceLevel, IPA_PERFORMANCE_THRESHOLD);
  if (important) return performing ? 'keep-up' : 'concentrate';
  return performing ? 'overkill' : 'low-priority';
}

/** Value × effort: high value and effort below its threshold is a quick win. */
export function valueEffortQuadrant(
  value: number,
  effort: number,
  thresholds: { readonly value: number; readonly effort: number },
): ImpactQuadrant {
  const highValue = isHigh(value, thresholds.value);
  const hard = isHigh(effort, thresholds.effort);
  if (highValue) return hard ? 'major-project' : 'quick-win';
  return hard ? 'thankless' : 'fill-in';
}

/** The median (mean of the two middle values for an even count); 0 for an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}
