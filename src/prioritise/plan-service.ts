/**
 * Use cases of scores and budget plans: score the workspace, solve a plan from the saved
 * actions and settings (optionally saving new settings first), keep every solved plan.
 */
import type { WorkspaceAccess } from '../access/authorize.ts';
import type { AccessContext } from '../access/context.ts';
import type { WorkspaceModel } from '../model/schema.ts';
import { readModel } from '../model/service.ts';
import { newId } from '../shared/ids.ts';
import { fail, notFound, ok, type Result } from '../shared/result.ts';
import { type PlanOptions, type SavedPlan, solveBudgetPlan } from './budget-plan.ts';
import { planProblem } from './budget-problem.ts';
import { deriveHorizonWeights } from './horizons.ts';
import * as repo from './repository.ts';
import type { Action, BudgetSettings, ScoringWeights } from './schema.ts';
import { scoreWorkspace, type WorkspaceScores } from './scores.ts';
import { saveBudget } from './service.ts';
import { liveBudget } from './validate.ts';

export interface PrioritiseState {
  readonly model: WorkspaceModel;
  readonly actions: Action[];
  readonly weights: ScoringWeights;
  readonly budget: BudgetSettings;
}

export async function loadState(ctx: AccessContext, workspaceId: string): Promise<PrioritiseState> {
  const [{ model }, actions, settings] = await Promise.all([
    readModel(ctx, workspaceId),
    repo.listActions(ctx.db, workspaceId),
    repo.loadSettings(ctx.db, workspaceId),
  ]);
  return { model, actions, weights: settings.weights, budget: liveBudget(settings.budget, model) };
}

export async function workspaceScores(
  ctx: AccessContext,
  workspaceId: string,
  journeyId?: string,
): Promise<Result<WorkspaceScores>> {
  const state = await loadState(ctx, workspaceId);
  if (journeyId !== undefined && !state.model.journeys.some((j) => j.id === journeyId)) {
    return fail(notFound(`journey ${journeyId} not found in this workspace`));
  }
  return ok(scoreWorkspace(journeyId === undefined ? state : { ...state, journeyId }));
}

export interface SolveRequest {
  readonly name?: string;
  /** New budget settings, saved before solving. */
  readonly budget?: BudgetSettings;
}

/** The plan problem of the workspace as it stands. */
export function problemOf(state: PrioritiseState) {
  const weights = deriveHorizonWeights(state.model.objectives, state.budget).weights;
  const names = new Map(state.model.channels.map((c) => [c.id, c.name]));
  return planProblem(state.actions, state.budget, weights, names);
}

export async function solveAndSavePlan(
  ctx: AccessContext,
  access: WorkspaceAccess,
  request: SolveRequest,
  options: PlanOptions = {},
): Promise<Result<SavedPlan>> {
  if (request.budget !== undefined) {
    const saved = await saveBudget(ctx, access, request.budget);
    if (!saved.ok) return saved;
  }
  const by =
    access.principal.kind === 'user'
      ? { id: access.principal.user.id, name: access.principal.user.name }
      : null;
  return ok(await solvePlanOf(ctx, access.workspaceId, request.name ?? '', by, options));
}

/** Solves the workspace's plan as it stands and saves it under a name (a dated one if blank). */
export async function solvePlanOf(
  ctx: AccessContext,
  workspaceId: string,
  name: string,
  by: { readonly id: string; readonly name: string } | null,
  options: PlanOptions = {},
): Promise<SavedPlan> {
  const state = await loadState(ctx, workspaceId);
  const problem = problemOf(state);
  const plan = await solveBudgetPlan(problem, options);
  const at = ctx.now().toISOString();
  const id = newId();
  const planName = name.trim() || `Plan ${at.slice(0, 16).replace('T', ' ')}`;
  const weightedReturnCents = plan.solution?.weightedReturnCents ?? null;
  await repo.insertPlan(ctx.db, {
    id,
    workspace_id: workspaceId,
    name: planName,
    status: plan.status,
    budget_cents: problem.budgetCents,
    weighted_return_cents: weightedReturnCents,
    input: JSON.stringify({ budget: state.budget, problem }),
    result: JSON.stringify(plan),
    created_at: at,
    created_by: by?.id ?? null,
  });
  return {
    id,
    name: planName,
    status: plan.status,
    budgetCents: problem.budgetCents,
    weightedReturnCents,
    createdAt: at,
    createdBy: by?.name ?? null,
    plan,
  };
}

export const listPlans = (ctx: AccessContext, workspaceId: string, limit = 50) =>
  repo.listPlans(ctx.db, workspaceId, limit);

export async function readPlan(
  ctx: AccessContext,
  workspaceId: string,
  planId: string,
): Promise<Result<SavedPlan>> {
  const found = await repo.findPlan(ctx.db, workspaceId, planId);
  return found ? ok(found) : fail(notFound(`plan ${planId} not found in this workspace`));
}
