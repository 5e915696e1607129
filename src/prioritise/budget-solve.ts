/**
 * One solve of a plan problem, read back as a plan: what each action gets, what each channel
 * spends, and the return per horizon.
 */
import { type LpModel, type LpOptions, writeLp } from './budget-lp.ts';
import type { PlanProblem } from './budget-problem.ts';
import { type LpOutcome, mipRelGapFor, type SolveOptions, solveLp } from './highs-solver.ts';
import { HORIZONS, weightedOver } from './horizons.ts';
import type { HorizonNumbers } from './schema.ts';

export type Decision = 'chosen' | 'partial' | 'left-out' | 'committed';

export interface ActionOutcome {
  readonly actionId: string;
  readonly name: string;
  readonly decision: Decision;
  /** Funded share, 0–1. */
  readonly fraction: number;
  readonly spendCents: number;
  readonly costCents: number;
  readonly weightedReturnCents: number;
  readonly channelId: string | null;
}

export interface ChannelOutcome {
  readonly channelId: string;
  readonly name: string;
  readonly mediaCents: number;
  readonly actionCents: number;
  readonly totalCents: number;
  readonly minCents: number;
  readonly maxCents: number | null;
  readonly returns: HorizonNumbers;
}

export interface PlanSolution {
  readonly status: 'optimal' | 'time-limit';
  readonly budgetCents: number;
  readonly spentCents: number;
  /** Σ_h w_h · return_h, the objective, in cents. */
  readonly weightedReturnCents: number;
  /** Return per horizon in cents (not weighted). */
  readonly returns: HorizonNumbers;
  readonly actions: ActionOutcome[];
  readonly channels: ChannelOutcome[];
}

export type SolveResult =
  | { readonly status: 'solved'; readonly solution: PlanSolution }
  | { readonly status: 'infeasible' }
  | { readonly status: 'error'; readonly message: string };

const EPSILON = 1e-6;
const clampShare = (value: number) => (value < EPSILON ? 0 : value > 1 - EPSILON ? 1 : value);

function decisionOf(committed: boolean, fraction: number): Decision {
  if (committed && fraction > 0) return 'committed';
  if (fraction === 1) return 'chosen';
  return fraction > 0 ? 'partial' : 'left-out';
}

/** The plan a solver's values describe. */
export function readSolution(
  problem: PlanProblem,
  model: LpModel,
  outcome: Extract<LpOutcome, { values: unknown }>,
  budgetCents: number,
): PlanSolution {
  const value = (name: string | undefined) => (name ? (outcome.values.get(name) ?? 0) : 0);
  const returns: Record<(typeof HORIZONS)[number], number> = { short: 0, medium: 0, long: 0 };
  const actionSpend = new Map<string, number>();
  const actions = problem.actions.map((a) => {
    const fraction = clampShare(value(model.actionVars.get(a.id)?.share));
    const spendCents = Math.round(a.costCents * fraction);
    for (const h of HORIZONS) returns[h] += a.returns[h] * fraction;
    if (a.channelId !== null) {
      actionSpend.set(a.channelId, (actionSpend.get(a.channelId) ?? 0) + spendCents);
    }
    return {
      actionId: a.id,
      name: a.name,
      decision: decisionOf(a.committed, fraction),
      fraction,
      spendCents,
      costCents: a.costCents,
      weightedReturnCents: weightedOver(problem.weights, a.returns) * fraction,
      channelId: a.channelId,
    };
  });
  const channels = problem.channels.map((c, i) => {
    const mediaCents = Math.max(0, Math.round(value(model.channelVars[i]) * model.unit));
    for (const h of HORIZONS) returns[h] += c.returns[h] * mediaCents;
    const actionCents = actionSpend.get(c.id) ?? 0;
    return {
      channelId: c.id,
      name: c.name,
      mediaCents,
      actionCents,
      totalCents: mediaCents + actionCents,
      minCents: c.minCents,
      maxCents: c.maxCents,
      returns: c.returns,
    };
  });
  const spentCents =
    channels.reduce((sum, c) => sum + c.mediaCents, 0) +
    actions.reduce((sum, a) => sum + a.spendCents, 0);
  return {
    status: outcome.status,
    budgetCents,
    spentCents,
    weightedReturnCents: weightedOver(problem.weights, returns),
    returns,
    actions,
    channels,
  };
}

export async function solvePlanProblem(
  problem: PlanProblem,
  lpOptions: LpOptions = {},
  solveOptions: SolveOptions = {},
): Promise<SolveResult> {
  const model = writeLp(problem, lpOptions);
  const budgetCents = lpOptions.budgetCents ?? problem.budgetCents;
  const empty = { status: 'optimal' as const, objective: 0, values: new Map<string, number>() };
  const options = { mipRelGap: mipRelGapFor(model.binaryCount), ...solveOptions };
  const outcome = model.hasVariables ? await solveLp(model.text, options) : empty;
  if (outcome.status === 'infeasible' || outcome.status === 'error') return outcome;
  return { status: 'solved', solution: readSolution(problem, model, outcome, budgetCents) };
}

/** Whether any plan satisfies the constraints, with some groups left out. */
export async function isFeasible(problem: PlanProblem, lpOptions: LpOptions): Promise<boolean> {
  const model = writeLp(problem, { ...lpOptions, feasibilityOnly: true });
  if (!model.hasVariables) return true;
  const outcome = await solveLp(model.text, { mipRelGap: 1 });
  if (outcome.status === 'error') throw new Error(outcome.message);
  return outcome.status !== 'infeasible';
}
