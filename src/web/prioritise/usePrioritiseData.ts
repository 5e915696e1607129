import { useCallback } from 'react';
import type { WorkspaceModel } from '../../model/schema.ts';
import type { PlanSummary, SavedPlan } from '../../prioritise/budget-plan.ts';
import type { Action, BudgetSettings, ScoringWeights } from '../../prioritise/schema.ts';
import { useApi } from '../api/ApiContext.tsx';
import { getModel } from '../api/model.ts';
import { useResource } from '../ui/useResource.ts';
import { getBudget, getPlan, getWeights, listActions, listPlans } from './prioritise-api.ts';

export interface PrioritiseData {
  readonly model: WorkspaceModel;
  readonly actions: readonly Action[];
  readonly weights: ScoringWeights;
  readonly budget: BudgetSettings;
  readonly plans: readonly PlanSummary[];
  /** The newest saved plan, shown when the page opens. */
  readonly plan: SavedPlan | null;
}

/** Everything the page shows, loaded at once; local changes update it without a refetch. */
export function usePrioritiseData(workspaceId: string) {
  const api = useApi();
  const load = useCallback(
    async (signal: AbortSignal): Promise<PrioritiseData> => {
      const [snapshot, actions, weights, budget, plans] = await Promise.all([
        getModel(api, workspaceId, signal),
        listActions(api, workspaceId, signal),
        getWeights(api, workspaceId, signal),
        getBudget(api, workspaceId, signal),
        listPlans(api, workspaceId, signal),
      ]);
      const newest = plans.plans[0];
      const plan = newest ? await getPlan(api, workspaceId, newest.id) : null;
      return {
        model: snapshot.model,
        actions: actions.actions,
        weights,
        budget,
        plans: plans.plans,
        plan,
      };
    },
    [api, workspaceId],
  );
  const [resource, controls] = useResource(workspaceId, load);
  return { resource, ...controls };
}
