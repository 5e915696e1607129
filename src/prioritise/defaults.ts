/**
 * What a workspace starts with before anything is saved: scoring weights, budget settings,
 * and the fields of a new action. Plain values (no schema code), so the web app can use them.
 */
import type { ActionFields, BudgetSettings, ScoringWeights } from './schema.ts';

export const ACTION_STATUSES = ['idea', 'planned', 'in-progress', 'done'] as const;

export const DEFAULT_WEIGHTS: ScoringWeights = {
  method: 'weighted',
  touchpoint: { importance: 25, performance: 20, impact: 25, cost: 10, investment: 10, time: 10 },
  action: { value: 40, touchpoints: 20, cost: 15, effort: 15, time: 10 },
};

export const DEFAULT_BUDGET: BudgetSettings = {
  totalCents: 0,
  periodMonths: 12,
  horizonMode: 'objectives',
  manualWeights: { short: 0.5, medium: 0.3, long: 0.2 },
  objectiveHorizons: [],
  channels: [],
};

/** What a new action gets for the fields it was not given. */
export const DEFAULT_ACTION_FIELDS: Omit<ActionFields, 'name'> = {
  description: '',
  owner: null,
  status: 'idea',
  touchpointIds: [],
  channelId: null,
  oneOffCents: 0,
  recurringCents: 0,
  divisible: false,
  minSpendCents: null,
  effort: 1,
  weeksToDeliver: 4,
  requires: [],
  returns: { short: 0, medium: 0, long: 0 },
  reach: null,
  riceImpact: 1,
  confidence: 0.8,
};
