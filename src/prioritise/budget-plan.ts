/**
 * The budget plan use case on plain data: solve the plan problem exactly, say why each
 * action left out is out, explain an infeasible problem, and show how the optimum moves as
 * the budget varies (−50 % … +50 %). Every solve uses a fresh HiGHS runtime.
 */

import { type Conflict, explainInfeasible } from './budget-conflicts.ts';
import type { PlanProblem } from './budget-problem.ts';
import { explainLeftOut, type Reason, type ReasonOptions } from './budget-reasons.ts';
import { type ActionOutcome, type PlanSolution, solvePlanProblem } from './budget-solve.ts';
import type { SolveOptions } from './highs-solver.ts';
import type { HorizonNumbers } from './schema.ts';

export interface PlannedAction extends ActionOutcome {
  readonly reason: Reason | null;
}

export interface SensitivityPoint {
  /** −0.5 … +0.5: the change of budget from the plan's. */
  readonly change: number;
  readonly budgetCents: number;
  /** Null when no plan fits this budget. */
  readonly weightedReturnCents: number | null;
  readonly spentCents: number | null;
  readonly returns: HorizonNumbers | null;
}

export interface BudgetPlan {
  readonly status: 'optimal' | 'time-limit' | 'infeasible';
  readonly weights: HorizonNumbers;
  readonly budgetCents: number;
  readonly solution: (Omit<PlanSolution, 'actions'> & { actions: PlannedAction[] }) | null;
  readonly conflict: Conflict | null;
  readonly sensitivity: SensitivityPoint[];
  /** Time of the main solve, in milliseconds. */
  readonly solveMs: number;
}

/** A saved plan as listed; `createdBy` is the person's name. */
export interface PlanSummary {
  readonly id: string;
  readonly name: string;
  readonly status: BudgetPlan['status'];
  readonly budgetCents: number;
  readonly weightedReturnCents: number | null;
  readonly createdAt: string;
  readonly createdBy: string | null;
}

export interface SavedPlan extends PlanSummary {
  readonly plan: BudgetPlan;
}

export interface PlanOptions extends ReasonOptions {
  /** Number of budgets in the sensitivity view (0: none). */
  readonly sensitivityPoints?: number;
  readonly solve?: SolveOptions;
}

export class PlanSolverError extends Error {
  override readonly name = 'PlanSolverError';
}

/** Budgets from −spread to +spread around the plan's, evenly spaced. */
export function sensitivityChanges(points: number, spread = 0.5): number[] {
  if (points <= 1) return points === 1 ? [0] : [];
  return Array.from(
    { length: points },
    (_, i) => Math.round((-spread + (2 * spread * i) / (points - 1)) * 1e6) / 1e6,
  );
}

export async function budgetSensitivity(
  problem: PlanProblem,
  points: number,
  solve: SolveOptions = {},
): Promise<SensitivityPoint[]> {
  const result: SensitivityPoint[] = [];
  for (const change of sensitivityChanges(points)) {
    const budgetCents = Math.round(problem.budgetCents * (1 + change));
    const solved = await solvePlanProblem(problem, { budgetCents }, solve);
    const solution = solved.status === 'solved' ? solved.solution : null;
    result.push({
      change,
      budgetCents,
      weightedReturnCents: solution?.weightedReturnCents ?? null,
      spentCents: solution?.spentCents ?? null,
      returns: solution?.returns ?? null,
    });
  }
  return result;
}

export async function solveBudgetPlan(
  problem: PlanProblem,
  options: PlanOptions = {},
): Promise<BudgetPlan> {
  const started = performance.now();
  const solved = await solvePlanProblem(problem, {}, options.solve);
  const solveMs = Math.round(performance.now() - started);
  if (solved.status === 'error') throw new PlanSolverError(solved.message);
  const sensitivity = await budgetSensitivity(
    problem,
    options.sensitivityPoints ?? 11,
    options.solve,
  );
  const base = { weights: problem.weights, budgetCents: problem.budgetCents, sensitivity, solveMs };
  if (solved.status === 'infeasible') {
    const conflict = await explainInfeasible(problem);
    return { ...base, status: 'infeasible', solution: null, conflict };
  }
  const reasons = await explainLeftOut(problem, solved.solution, options);
  const actions = solved.solution.actions.map((a) => ({
    ...a,
    reason: reasons.get(a.actionId) ?? null,
  }));
  return {
    ...base,
    status: solved.solution.status,
    solution: { ...solved.solution, actions },
    conflict: null,
  };
}
