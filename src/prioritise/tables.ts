/** Row shapes of the prioritisation tables in the operational store (Kysely table types). */

export interface PrioritiseActionsTable {
  id: string;
  workspace_id: string;
  /** Display order within the workspace. */
  position: number;
  name: string;
  description: string;
  owner: string | null;
  status: 'idea' | 'planned' | 'in-progress' | 'done';
  /** JSON array of touchpoint ids. */
  touchpoint_ids: string;
  channel_id: string | null;
  one_off_cents: number;
  recurring_cents: number;
  /** 0 or 1 (portable boolean). */
  divisible: number;
  min_spend_cents: number | null;
  effort: number;
  weeks_to_deliver: number;
  /** JSON array of the ids of the actions it requires. */
  requires: string;
  return_short_cents: number;
  return_medium_cents: number;
  return_long_cents: number;
  reach: number | null;
  rice_impact: number;
  confidence: number;
  created_at: string;
  updated_at: string;
  created_by: string | null;
}

export interface PrioritiseSettingsTable {
  workspace_id: string;
  /** JSON ScoringWeights, or null for the defaults. */
  weights: string | null;
  /** JSON BudgetSettings, or null for the defaults. */
  budget: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface PrioritisePlansTable {
  id: string;
  workspace_id: string;
  name: string;
  status: 'optimal' | 'time-limit' | 'infeasible';
  budget_cents: number;
  /** Weighted return of the plan in cents; null when infeasible. */
  weighted_return_cents: number | null;
  /** JSON of the settings and actions the plan was solved from. */
  input: string;
  /** JSON BudgetPlan. */
  result: string;
  created_at: string;
  created_by: string | null;
}

export interface PrioritiseTables {
  prioritise_actions: PrioritiseActionsTable;
  prioritise_settings: PrioritiseSettingsTable;
  prioritise_plans: PrioritisePlansTable;
}
