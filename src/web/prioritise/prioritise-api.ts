/** Calls of the prioritisation API: actions, weights, budget settings, plans, file links. */
import type { SavedPlan } from '../../prioritise/budget-plan.ts';
import type {
  Action,
  ActionFields,
  BudgetSettings,
  ScoringWeights,
} from '../../prioritise/schema.ts';
import type { ApiClient } from '../api/client.ts';

const base = (workspaceId: string): string =>
  `/workspaces/${encodeURIComponent(workspaceId)}/prioritise`;

export type PlanSummary = Omit<SavedPlan, 'plan'>;

export const listActions = (api: ApiClient, workspaceId: string, signal?: AbortSignal) =>
  api.get<{ actions: Action[] }>(`${base(workspaceId)}/actions`, signal ? { signal } : {});

export const createAction = (api: ApiClient, workspaceId: string, fields: ActionFields) =>
  api.post<Action>(`${base(workspaceId)}/actions`, fields);

export const changeAction = (
  api: ApiClient,
  workspaceId: string,
  actionId: string,
  change: Partial<ActionFields>,
) => api.patch<Action>(`${base(workspaceId)}/actions/${encodeURIComponent(actionId)}`, change);

export const removeAction = (api: ApiClient, workspaceId: string, actionId: string) =>
  api.delete<{ released: string[] }>(
    `${base(workspaceId)}/actions/${encodeURIComponent(actionId)}`,
  );

export const getWeights = (api: ApiClient, workspaceId: string, signal?: AbortSignal) =>
  api.get<ScoringWeights>(`${base(workspaceId)}/weights`, signal ? { signal } : {});

export const putWeights = (api: ApiClient, workspaceId: string, weights: ScoringWeights) =>
  api.put<ScoringWeights>(`${base(workspaceId)}/weights`, weights);

export const getBudget = (api: ApiClient, workspaceId: string, signal?: AbortSignal) =>
  api.get<BudgetSettings>(`${base(workspaceId)}/budget`, signal ? { signal } : {});

export const solvePlan = (
  api: ApiClient,
  workspaceId: string,
  body: { name?: string; budget?: BudgetSettings },
) => api.post<SavedPlan>(`${base(workspaceId)}/plans`, body);

export const listPlans = (api: ApiClient, workspaceId: string, signal?: AbortSignal) =>
  api.get<{ plans: PlanSummary[] }>(`${base(workspaceId)}/plans`, signal ? { signal } : {});

export const getPlan = (api: ApiClient, workspaceId: string, planId: string) =>
  api.get<SavedPlan>(`${base(workspaceId)}/plans/${encodeURIComponent(planId)}`);

/** Download links (plain GETs with the session cookie). */
export const matricesXlsxUrl = (workspaceId: string, lang: string, journeyId?: string): string =>
  `/api/v1${base(workspaceId)}/matrices/export.xlsx?lang=${lang}${journeyId ? `&journeyId=${encodeURIComponent(journeyId)}` : ''}`;

export const planXlsxUrl = (workspaceId: string, planId: string, lang: string): string =>
  `/api/v1${base(workspaceId)}/plans/${encodeURIComponent(planId)}/export.xlsx?lang=${lang}`;
