/**
 * Current (as-is) journey against target (to-be) journey: what the target adds,
 * drops and changes, and whether each change makes the experience better.
 * Target touchpoints are matched to current ones through `derivedFromId`.
 */
import { sameValue } from './ops-support.ts';
import type { Performance, Touchpoint, WorkspaceModel } from './schema.ts';

export type ChangeVerdict = 'improved' | 'worsened' | 'mixed' | 'neutral';

export interface TouchpointChange {
  before: Touchpoint;
  after: Touchpoint;
  /** The fields that differ (ids and the derivation link aside). */
  fields: string[];
  verdict: ChangeVerdict;
}

export interface JourneyComparison {
  /** Target touchpoints that come from no touchpoint of the current journey. */
  added: Touchpoint[];
  /** Current touchpoints that no target touchpoint comes from. */
  removed: Touchpoint[];
  changed: TouchpointChange[];
  /** How many target touchpoints are the same as the current one they come from. */
  unchanged: number;
}

/** Worst to best. */
const PERFORMANCE_RANK: Readonly<Record<Performance, number>> = {
  missing: 0,
  irritant: 1,
  neutral: 2,
  enchantment: 3,
};

/** Compares two journeys of the model; null when either id names no journey. */
export function compareJourneys(
  model: WorkspaceModel,
  currentId: string,
  targetId: string,
): JourneyComparison | null {
  const current = model.journeys.find((journey) => journey.id === currentId);
  const target = model.journeys.find((journey) => journey.id === targetId);
  if (!current || !target) return null;
  const origins = new Map(current.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
  const kept = new Set<string>();
  const comparison: JourneyComparison = { added: [], removed: [], changed: [], unchanged: 0 };
  for (const after of target.touchpoints) {
    const before = after.derivedFromId === null ? undefined : origins.get(after.derivedFromId);
    if (!before) {
      comparison.added.push(after);
      continue;
    }
    kept.add(before.id);
    const fields = changedFields(before, after);
    if (fields.length === 0) comparison.unchanged += 1;
    else comparison.changed.push({ before, after, fields, verdict: verdictOf(before, after) });
  }
  comparison.removed = current.touchpoints.filter((touchpoint) => !kept.has(touchpoint.id));
  return comparison;
}

const IGNORED: ReadonlySet<string> = new Set(['id', 'derivedFromId']);

function changedFields(before: Touchpoint, after: Touchpoint): string[] {
  return (Object.keys(after) as (keyof Touchpoint)[]).filter((field) => {
    if (IGNORED.has(field)) return false;
    // Objectives are a set: listing them in another order changes nothing.
    if (field === 'objectiveIds')
      return !sameValue([...before[field]].sort(), [...after[field]].sort());
    return !sameValue(before[field], after[field]);
  });
}

/**
 * Better or worse for the customer: performance (missing < irritant < neutral <
 * enchantment), emotion, a rupture removed (better) or introduced (worse), and
 * the moment-of-truth flag, which amplifies the sign of the performance: a
 * moment of truth that enchants is gained value, one that irritates is a risk.
 */
export function verdictOf(before: Touchpoint, after: Touchpoint): ChangeVerdict {
  const signals = [
    Math.sign(PERFORMANCE_RANK[after.performance] - PERFORMANCE_RANK[before.performance]),
    before.emotion === null || after.emotion === null
      ? 0
      : Math.sign(after.emotion - before.emotion),
    Number(before.rupture) - Number(after.rupture),
    momentOfTruthSignal(before, after),
  ];
  const better = signals.some((signal) => signal > 0);
  const worse = signals.some((signal) => signal < 0);
  if (better && worse) return 'mixed';
  if (better) return 'improved';
  return worse ? 'worsened' : 'neutral';
}

/** +1 / −1 / 0: how the performance of a touchpoint leans (neutral does not lean). */
const lean = (performance: Performance): number =>
  Math.sign(PERFORMANCE_RANK[performance] - PERFORMANCE_RANK.neutral);

function momentOfTruthSignal(before: Touchpoint, after: Touchpoint): number {
  if (before.momentOfTruth === after.momentOfTruth) return 0;
  // Gaining a moment of truth counts as its performance does; losing one, the opposite.
  return after.momentOfTruth ? lean(after.performance) : -lean(before.performance);
}
