/**
 * Measures per group (touchpoint, stage, channel, persona, period…) from the store's score
 * counts, each with its significance mark against the rest of the workspace; trends with the
 * change from one period to the next; touchpoints proposed as irritants. Pure.
 */
import type { ScoreCount } from '../storage/events/feedback-port.ts';
import { addDistributions, fullDistribution, type Measure, measureOf } from './measures.ts';
import { SMALL_SAMPLE, type SurveyKind } from './scales.ts';
import { type Comparison, compareMeasures } from './significance.ts';

export interface GroupMeasure {
  readonly key: string;
  readonly label: string;
  readonly measure: Measure;
  /** This group against all other answers: does it really differ from the rest? */
  readonly versusRest: Comparison | null;
}

export interface Breakdown {
  readonly kind: SurveyKind;
  readonly overall: Measure;
  readonly groups: GroupMeasure[];
}

export interface TrendPoint {
  readonly period: string;
  readonly measure: Measure;
  /** This period against the previous one (null for the first, or when not estimable). */
  readonly change: Comparison | null;
}

/** Distributions by the value of the count's `keyIndex`-th key (`keyOf` may rename or drop). */
export function distributionsBy(
  kind: SurveyKind,
  counts: readonly ScoreCount[],
  keyOf: (keys: readonly string[]) => string | null = (keys) => keys[0] ?? '',
): Map<string, number[]> {
  const min = kind === 'nps' ? 0 : 1;
  const byKey = new Map<string, number[]>();
  for (const count of counts) {
    const key = keyOf(count.keys);
    if (key === null) continue;
    const distribution = byKey.get(key) ?? fullDistribution(kind, []);
    const index = count.score - min;
    distribution[index] = (distribution[index] ?? 0) + count.count;
    byKey.set(key, distribution);
  }
  return byKey;
}

const minus = (total: readonly number[], part: readonly number[]): number[] =>
  total.map((count, i) => count - (part[i] ?? 0));

export interface GroupLabel {
  readonly label: string;
  /** Display order (model order); groups without one come after, by label. */
  readonly order: number | null;
}

export function breakdownOf(
  kind: SurveyKind,
  byKey: ReadonlyMap<string, readonly number[]>,
  labelOf: (key: string) => GroupLabel,
): Breakdown {
  const total = addDistributions(kind, byKey.values());
  const groups = [...byKey].map(([key, distribution]) => {
    const measure = measureOf(kind, distribution);
    const rest = measureOf(kind, minus(total, distribution));
    return {
      key,
      ...labelOf(key),
      measure,
      versusRest: rest.n === 0 ? null : compareMeasures(measure, rest),
    };
  });
  // Model order, then by label; answers without a value ('') last.
  groups.sort(
    (a, b) =>
      Number(a.key === '') - Number(b.key === '') ||
      (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
      a.label.localeCompare(b.label),
  );
  return {
    kind,
    overall: measureOf(kind, total),
    groups: groups.map(({ order: _order, ...group }) => group),
  };
}

/** Points in period order, each compared with the one before. */
export function trendOf(
  kind: SurveyKind,
  byPeriod: ReadonlyMap<string, readonly number[]>,
): TrendPoint[] {
  const periods = [...byPeriod.keys()].sort();
  let previous: Measure | null = null;
  return periods.map((period) => {
    const measure = measureOf(kind, byPeriod.get(period) ?? []);
    const change = previous === null ? null : compareMeasures(measure, previous);
    previous = measure;
    return { period, measure, change };
  });
}

export interface IrritantReason {
  readonly kind: SurveyKind;
  readonly measure: Measure;
  /** The touchpoint against the rest of the workspace. */
  readonly versusRest: Comparison;
}

/**
 * A touchpoint is proposed as an irritant when, for some kind, it has at least 30 answers and
 * its satisfaction is significantly (5 %) below the rest of the workspace's answers.
 */
export function irritantReasons(
  groups: readonly (GroupMeasure & { kind: SurveyKind })[],
): IrritantReason[] {
  return groups.flatMap((group) => {
    const test = group.versusRest;
    if (
      test === null ||
      group.measure.n < SMALL_SAMPLE ||
      !test.significant ||
      test.difference >= 0
    ) {
      return [];
    }
    return [{ kind: group.kind, measure: group.measure, versusRest: test }];
  });
}
