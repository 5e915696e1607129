/**
 * Use cases of actions and settings: list, create, change and remove actions (checked against
 * the journey model and the other actions), read and save the scoring weights and the budget
 * settings. Writes that read before they write run in one transaction.
 */
import type { WorkspaceAccess } from '../access/authorize.ts';
import type { AccessContext } from '../access/context.ts';
import { readModel } from '../model/service.ts';
import { newId } from '../shared/ids.ts';
import { fail, notFound, ok, type Result } from '../shared/result.ts';
import * as repo from './repository.ts';
import type { Action, ActionFields, BudgetSettings, ScoringWeights } from './schema.ts';
import { liveBudget, validateAction, validateBudget, validateWeights } from './validate.ts';

export const userIdOf = (access: WorkspaceAccess): string | null =>
  access.principal.kind === 'user' ? access.principal.user.id : null;

export const listActions = (ctx: AccessContext, workspaceId: string): Promise<Action[]> =>
  repo.listActions(ctx.db, workspaceId);

export async function createAction(
  ctx: AccessContext,
  access: WorkspaceAccess,
  fields: ActionFields,
): Promise<Result<Action>> {
  const { model } = await readModel(ctx, access.workspaceId);
  const id = newId();
  return ctx.db.transaction().execute(async (tx) => {
    const others = await repo.listActions(tx, access.workspaceId);
    const checked = validateAction(fields, { model, others, selfId: id });
    if (!checked.ok) return checked;
    const at = ctx.now().toISOString();
    const action: Action = { id, ...checked.value, createdAt: at, updatedAt: at };
    await repo.insertActions(tx, access.workspaceId, [action], userIdOf(access));
    return ok(action);
  });
}

const missing = (id: string) => fail<never>(notFound(`action ${id} not found in this workspace`));

export async function changeAction(
  ctx: AccessContext,
  access: WorkspaceAccess,
  id: string,
  change: Partial<ActionFields>,
): Promise<Result<Action>> {
  const { model } = await readModel(ctx, access.workspaceId);
  return ctx.db.transaction().execute(async (tx) => {
    const all = await repo.listActions(tx, access.workspaceId);
    const current = all.find((a) => a.id === id);
    if (current === undefined) return missing(id);
    const { id: _id, createdAt: _created, updatedAt: _updated, ...fields } = current;
    const others = all.filter((a) => a.id !== id);
    const checked = validateAction({ ...fields, ...change }, { model, others, selfId: id });
    if (!checked.ok) return checked;
    const action: Action = {
      ...current,
      ...checked.value,
      updatedAt: ctx.now().toISOString(),
    };
    await repo.updateAction(tx, access.workspaceId, action);
    return ok(action);
  });
}

/** Removes an action; the actions that required it no longer do. */
export async function removeAction(
  ctx: AccessContext,
  access: WorkspaceAccess,
  id: string,
): Promise<Result<{ readonly released: readonly string[] }>> {
  return ctx.db.transaction().execute(async (tx) => {
    if (!(await repo.deleteAction(tx, access.workspaceId, id))) return missing(id);
    const at = ctx.now().toISOString();
    const dependants = (await repo.listActions(tx, access.workspaceId)).filter((a) =>
      a.requires.includes(id),
    );
    for (const a of dependants) {
      const requires = a.requires.filter((r) => r !== id);
      await repo.updateAction(tx, access.workspaceId, { ...a, requires, updatedAt: at });
    }
    return ok({ released: dependants.map((a) => a.id) });
  });
}

export async function readWeights(
  ctx: AccessContext,
  workspaceId: string,
): Promise<ScoringWeights> {
  return (await repo.loadSettings(ctx.db, workspaceId)).weights;
}

export async function saveWeights(
  ctx: AccessContext,
  access: WorkspaceAccess,
  weights: ScoringWeights,
): Promise<Result<ScoringWeights>> {
  const checked = validateWeights(weights);
  if (!checked.ok) return checked;
  const at = ctx.now().toISOString();
  await repo.saveSetting(ctx.db, access.workspaceId, { weights }, at, userIdOf(access));
  return ok(weights);
}

/** The budget settings, without references to channels or objectives since removed. */
export async function readBudget(ctx: AccessContext, workspaceId: string): Promise<BudgetSettings> {
  const [{ budget }, { model }] = await Promise.all([
    repo.loadSettings(ctx.db, workspaceId),
    readModel(ctx, workspaceId),
  ]);
  return liveBudget(budget, model);
}

export async function saveBudget(
  ctx: AccessContext,
  access: WorkspaceAccess,
  budget: BudgetSettings,
): Promise<Result<BudgetSettings>> {
  const { model } = await readModel(ctx, access.workspaceId);
  const checked = validateBudget(budget, model);
  if (!checked.ok) return checked;
  const at = ctx.now().toISOString();
  await repo.saveSetting(ctx.db, access.workspaceId, { budget }, at, userIdOf(access));
  return ok(budget);
}
