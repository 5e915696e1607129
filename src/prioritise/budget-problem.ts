/**
 * The budget plan as an optimisation problem, before it is written for a solver (see
 * docs/adr/0008-budget-plan-milp.md):
 *
 * - channels: media spend m_c ≥ 0 returning r_c,h per unit spent on each horizon; the
 *   channel's total (media + the actions it pays for) stays within [min_c, max_c];
 * - actions: an action that cannot be split is all or nothing (binary); a divisible one is
 *   funded by a fraction f ∈ [0, 1], with "if funded, at least min" when it has a minimum;
 * - dependencies: an action requires its prerequisites to be done: fully for an indivisible
 *   prerequisite, at least at its minimum for a divisible one (fully when it has none);
 * - statuses: in-progress actions are committed (funded in full), done actions are past
 *   (their dependants find them satisfied), ideas and planned actions are candidates;
 * - objective: maximise Σ_h w_h · return_h with the horizon weights w.
 */
import { actionCostCents } from './action-score.ts';
import type { Action, BudgetSettings, HorizonCents, HorizonNumbers } from './schema.ts';

export interface PlanChannel {
  readonly id: string;
  readonly name: string;
  readonly minCents: number;
  readonly maxCents: number | null;
  /** Return per unit of media spend, per horizon. */
  readonly returns: HorizonNumbers;
}

export interface PlanAction {
  readonly id: string;
  readonly name: string;
  /** Cost over the plan period: one-off + monthly × months. */
  readonly costCents: number;
  readonly divisible: boolean;
  /** If funded, at least this much (divisible actions only). */
  readonly minSpendCents: number;
  readonly channelId: string | null;
  /** Prerequisites that are candidates or committed (done ones are satisfied and dropped). */
  readonly requires: readonly string[];
  readonly returns: HorizonCents;
  /** In progress: funded in full whatever the optimum. */
  readonly committed: boolean;
}

export interface PlanProblem {
  readonly budgetCents: number;
  readonly weights: HorizonNumbers;
  readonly channels: readonly PlanChannel[];
  readonly actions: readonly PlanAction[];
}

/** The plan's inputs from stored actions and settings; channel names from the model. */
export function planProblem(
  actions: readonly Action[],
  settings: BudgetSettings,
  weights: HorizonNumbers,
  channelNames: ReadonlyMap<string, string>,
): PlanProblem {
  const live = actions.filter((a) => a.status !== 'done');
  const liveIds = new Set(live.map((a) => a.id));
  return {
    budgetCents: settings.totalCents,
    weights,
    channels: settings.channels.map((c) => ({
      id: c.channelId,
      name: channelNames.get(c.channelId) ?? c.channelId,
      minCents: c.minCents,
      maxCents: c.maxCents,
      returns: c.returns,
    })),
    actions: live.map((a) => ({
      id: a.id,
      name: a.name,
      costCents: actionCostCents(a, settings.periodMonths),
      divisible: a.divisible,
      minSpendCents: a.divisible ? (a.minSpendCents ?? 0) : 0,
      channelId: a.channelId,
      requires: a.requires.filter((id) => liveIds.has(id) && id !== a.id),
      returns: a.returns,
      committed: a.status === 'in-progress',
    })),
  };
}

/** The least an action costs if it is in the plan at all. */
export const entryCostCents = (a: PlanAction): number =>
  a.divisible ? Math.min(a.minSpendCents, a.costCents) : a.costCents;

/** What a divisible prerequisite must reach for its dependants: its minimum, or all of it. */
export const doneThresholdCents = (a: PlanAction): number =>
  a.divisible && a.minSpendCents > 0 ? Math.min(a.minSpendCents, a.costCents) : a.costCents;

/** Actions that others require (they need a "done" indicator). */
export function prerequisiteIds(problem: PlanProblem): Set<string> {
  return new Set(problem.actions.flatMap((a) => a.requires));
}
