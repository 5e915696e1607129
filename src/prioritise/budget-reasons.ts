/**
 * Why an action was left out of the optimal plan (or funded only in part).
 *
 * Reduced reasoning on the optimal plan gives the reason, checked in this order:
 * 1. dependency: a prerequisite is not done enough in the plan (the action cannot be in
 *    without it);
 * 2. no-return: its weighted return is zero, so money never goes to it;
 * 3. bound: its channel has no room left under its maximum for what it needs, while the
 *    budget has (or it needs more than the channel maximum itself);
 * 4. budget: what is left of the budget is less than it needs, or the money earns more
 *    in what was chosen.
 * Re-solving then prices the reason for the most valuable left-out actions (a bounded number
 * of extra solves): the plan is solved again with the action forced in, and the drop in
 * weighted return is its cost to the plan; no drop means a tie (an equally good plan has it),
 * and no plan at all means it cannot fit whatever else is given up.
 */
import {
  doneThresholdCents,
  entryCostCents,
  type PlanAction,
  type PlanProblem,
} from './budget-problem.ts';
import type { ActionOutcome, PlanSolution } from './budget-solve.ts';
import { solvePlanProblem } from './budget-solve.ts';
import type { SolveOptions } from './highs-solver.ts';
import { weightedOver } from './horizons.ts';

export type ReasonKind = 'dependency' | 'no-return' | 'bound' | 'budget' | 'tie';

export interface Reason {
  readonly kind: ReasonKind;
  /** What the action still needs to enter the plan (or to be fully funded), in cents. */
  readonly neededCents: number;
  /** Budget not spent by the plan. */
  readonly leftCents: number;
  /** dependency: the prerequisite that is not done. */
  readonly requiredActionId?: string;
  /** bound: the channel at its maximum, and the room it has left. */
  readonly channelId?: string;
  readonly roomCents?: number;
  /**
   * Drop in weighted return when forced into the plan, in cents; null when no plan can
   * include it; absent when not computed (beyond the re-solve limit).
   */
  readonly forcedLossCents?: number | null;
}

export interface ReasonOptions {
  /** How many left-out actions are priced by re-solving (most valuable first). */
  readonly resolveLimit?: number;
  readonly solve?: SolveOptions;
}

const SLACK_CENTS = 1;

interface PlanContext {
  readonly problem: PlanProblem;
  readonly plan: PlanSolution;
  readonly actions: ReadonlyMap<string, PlanAction>;
  readonly spend: ReadonlyMap<string, number>;
  readonly leftCents: number;
}

const planContext = (problem: PlanProblem, plan: PlanSolution): PlanContext => ({
  problem,
  plan,
  actions: new Map(problem.actions.map((a) => [a.id, a])),
  spend: new Map(plan.actions.map((a) => [a.actionId, a.spendCents])),
  leftCents: Math.max(0, plan.budgetCents - plan.spentCents),
});

function reduced(context: PlanContext, outcome: ActionOutcome): Reason {
  const { problem, plan, leftCents } = context;
  const action = context.actions.get(outcome.actionId);
  if (action === undefined) return { kind: 'budget', neededCents: 0, leftCents };
  const neededCents =
    outcome.decision === 'partial' ? action.costCents - outcome.spendCents : entryCostCents(action);
  if (outcome.decision === 'left-out') {
    for (const id of action.requires) {
      const required = context.actions.get(id);
      const spent = context.spend.get(id) ?? 0;
      const done = required !== undefined && spent + SLACK_CENTS >= doneThresholdCents(required);
      if (!done) return { kind: 'dependency', neededCents, leftCents, requiredActionId: id };
    }
  }
  if (!(weightedOver(problem.weights, action.returns) > 0)) {
    return { kind: 'no-return', neededCents, leftCents };
  }
  const channel = plan.channels.find((c) => c.channelId === action.channelId);
  if (channel !== undefined && channel.maxCents !== null) {
    const roomCents = Math.max(0, channel.maxCents - channel.totalCents);
    const tooBig = entryCostCents(action) > channel.maxCents;
    if (
      roomCents + SLACK_CENTS < neededCents &&
      (tooBig || leftCents + SLACK_CENTS >= neededCents)
    ) {
      return { kind: 'bound', neededCents, leftCents, channelId: channel.channelId, roomCents };
    }
  }
  return { kind: 'budget', neededCents, leftCents };
}

async function forcedLoss(
  problem: PlanProblem,
  plan: PlanSolution,
  actionId: string,
  options: ReasonOptions,
): Promise<number | null> {
  const forced = await solvePlanProblem(problem, { forceIn: new Set([actionId]) }, options.solve);
  if (forced.status !== 'solved') return null;
  return Math.max(0, plan.weightedReturnCents - forced.solution.weightedReturnCents);
}

/** Reasons for every action left out or partly funded, keyed by action id. */
export async function explainLeftOut(
  problem: PlanProblem,
  plan: PlanSolution,
  options: ReasonOptions = {},
): Promise<Map<string, Reason>> {
  const reasons = new Map<string, Reason>();
  const open = plan.actions.filter((a) => a.decision === 'left-out' || a.decision === 'partial');
  const context = planContext(problem, plan);
  for (const outcome of open) reasons.set(outcome.actionId, reduced(context, outcome));
  const actions = new Map(problem.actions.map((a) => [a.id, a]));
  const returnOf = (id: string) => {
    const action = actions.get(id);
    return action ? weightedOver(problem.weights, action.returns) : 0;
  };
  const toPrice = open
    .filter((a) => a.decision === 'left-out')
    .sort((a, b) => returnOf(b.actionId) - returnOf(a.actionId))
    .slice(0, options.resolveLimit ?? 12);
  const tolerance = Math.max(SLACK_CENTS, plan.weightedReturnCents * 1e-6);
  for (const outcome of toPrice) {
    const reason = reasons.get(outcome.actionId);
    if (reason === undefined) continue;
    const loss = await forcedLoss(problem, plan, outcome.actionId, options);
    const tie = loss !== null && loss <= tolerance && reason.kind !== 'no-return';
    reasons.set(outcome.actionId, {
      ...reason,
      kind: tie ? 'tie' : reason.kind,
      forcedLossCents: loss === null ? null : Math.round(loss),
    });
  }
  return reasons;
}
