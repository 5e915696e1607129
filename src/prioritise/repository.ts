/**
 * Storage of actions, settings and saved plans. Kysely builder only, values bound, every
 * query by workspace.
 */
import type { Selectable } from 'kysely';
import type { Db } from '../access/repository.ts';
import type { BudgetPlan, PlanSummary, SavedPlan } from './budget-plan.ts';
import { DEFAULT_BUDGET, DEFAULT_WEIGHTS } from './defaults.ts';
import type {
  Action,
  BudgetSettings,
  RiceConfidence,
  RiceImpact,
  ScoringWeights,
} from './schema.ts';
import type { PrioritiseActionsTable, PrioritisePlansTable } from './tables.ts';

const toAction = (row: Selectable<PrioritiseActionsTable>): Action => ({
  id: row.id,
  name: row.name,
  description: row.description,
  owner: row.owner,
  status: row.status,
  touchpointIds: JSON.parse(row.touchpoint_ids) as string[],
  channelId: row.channel_id,
  oneOffCents: Number(row.one_off_cents),
  recurringCents: Number(row.recurring_cents),
  divisible: row.divisible === 1,
  minSpendCents: row.min_spend_cents === null ? null : Number(row.min_spend_cents),
  effort: row.effort,
  weeksToDeliver: row.weeks_to_deliver,
  requires: JSON.parse(row.requires) as string[],
  returns: {
    short: Number(row.return_short_cents),
    medium: Number(row.return_medium_cents),
    long: Number(row.return_long_cents),
  },
  reach: row.reach === null ? null : Number(row.reach),
  riceImpact: row.rice_impact as RiceImpact,
  confidence: row.confidence as RiceConfidence,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toColumns = (action: Action) => ({
  name: action.name,
  description: action.description,
  owner: action.owner,
  status: action.status,
  touchpoint_ids: JSON.stringify(action.touchpointIds),
  channel_id: action.channelId,
  one_off_cents: action.oneOffCents,
  recurring_cents: action.recurringCents,
  divisible: action.divisible ? 1 : 0,
  min_spend_cents: action.minSpendCents,
  effort: action.effort,
  weeks_to_deliver: action.weeksToDeliver,
  requires: JSON.stringify(action.requires),
  return_short_cents: action.returns.short,
  return_medium_cents: action.returns.medium,
  return_long_cents: action.returns.long,
  reach: action.reach,
  rice_impact: action.riceImpact,
  confidence: action.confidence,
  updated_at: action.updatedAt,
});

/** In display order. */
export async function listActions(db: Db, workspaceId: string): Promise<Action[]> {
  const rows = await db
    .selectFrom('prioritise_actions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(toAction);
}

export async function insertActions(
  db: Db,
  workspaceId: string,
  actions: readonly Action[],
  createdBy: string | null,
): Promise<void> {
  if (actions.length === 0) return;
  const last = await db
    .selectFrom('prioritise_actions')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  const start = Number(last?.position ?? 0) + 1;
  await db
    .insertInto('prioritise_actions')
    .values(
      actions.map((action, i) => ({
        id: action.id,
        workspace_id: workspaceId,
        position: start + i,
        created_at: action.createdAt,
        created_by: createdBy,
        ...toColumns(action),
      })),
    )
    .execute();
}

/** False when the workspace has no such action. */
export async function updateAction(db: Db, workspaceId: string, action: Action): Promise<boolean> {
  const result = await db
    .updateTable('prioritise_actions')
    .set(toColumns(action))
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', action.id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteAction(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('prioritise_actions')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export interface StoredSettings {
  readonly weights: ScoringWeights;
  readonly budget: BudgetSettings;
}

/** The workspace's settings; defaults for what was never saved. */
export async function loadSettings(db: Db, workspaceId: string): Promise<StoredSettings> {
  const row = await db
    .selectFrom('prioritise_settings')
    .select(['weights', 'budget'])
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  // Stored values passed the schema when written; spreading over the defaults keeps fields
  // added since then.
  const weights = row?.weights ? (JSON.parse(row.weights) as ScoringWeights) : DEFAULT_WEIGHTS;
  const budget = row?.budget ? (JSON.parse(row.budget) as BudgetSettings) : DEFAULT_BUDGET;
  return { weights: { ...DEFAULT_WEIGHTS, ...weights }, budget: { ...DEFAULT_BUDGET, ...budget } };
}

export async function saveSetting(
  db: Db,
  workspaceId: string,
  change: { weights: ScoringWeights } | { budget: BudgetSettings },
  at: string,
  by: string | null,
): Promise<void> {
  const values =
    'weights' in change
      ? { weights: JSON.stringify(change.weights) }
      : { budget: JSON.stringify(change.budget) };
  await db
    .insertInto('prioritise_settings')
    .values({
      workspace_id: workspaceId,
      weights: null,
      budget: null,
      ...values,
      updated_at: at,
      updated_by: by,
    })
    .onConflict((oc) =>
      oc.column('workspace_id').doUpdateSet({ ...values, updated_at: at, updated_by: by }),
    )
    .execute();
}

const toSummary = (
  row: Pick<
    Selectable<PrioritisePlansTable>,
    'id' | 'name' | 'status' | 'budget_cents' | 'weighted_return_cents' | 'created_at'
  > & {
    created_by_name: string | null;
  },
): PlanSummary => ({
  id: row.id,
  name: row.name,
  status: row.status,
  budgetCents: Number(row.budget_cents),
  weightedReturnCents: row.weighted_return_cents,
  createdAt: row.created_at,
  createdBy: row.created_by_name,
});

export async function insertPlan(db: Db, row: PrioritisePlansTable): Promise<void> {
  await db.insertInto('prioritise_plans').values(row).execute();
}

const selectPlans = (db: Db, workspaceId: string) =>
  db
    .selectFrom('prioritise_plans')
    .leftJoin('users', 'users.id', 'prioritise_plans.created_by')
    .select([
      'prioritise_plans.id',
      'prioritise_plans.name',
      'prioritise_plans.status',
      'prioritise_plans.budget_cents',
      'prioritise_plans.weighted_return_cents',
      'prioritise_plans.created_at',
      'users.name as created_by_name',
    ])
    .where('prioritise_plans.workspace_id', '=', workspaceId);

/** Newest first. */
export async function listPlans(
  db: Db,
  workspaceId: string,
  limit: number,
): Promise<PlanSummary[]> {
  const rows = await selectPlans(db, workspaceId)
    .orderBy('prioritise_plans.created_at', 'desc')
    .orderBy('prioritise_plans.id')
    .limit(limit)
    .execute();
  return rows.map(toSummary);
}

export async function findPlan(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<SavedPlan | undefined> {
  const row = await selectPlans(db, workspaceId)
    .select('prioritise_plans.result')
    .where('prioritise_plans.id', '=', id)
    .executeTakeFirst();
  return row && { ...toSummary(row), plan: JSON.parse(row.result) as BudgetPlan };
}
