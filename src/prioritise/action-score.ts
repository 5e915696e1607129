/**
 * The weighted score of actions: value (the expected return weighted over the horizons, see
 * horizons.ts), the mean score of the touchpoints it acts on (the map's qualification), and
 * the cost-type criteria cost over the plan period (one-off + monthly × months), effort and
 * time to deliver. RICE is computed beside it.
 */
import type { Touchpoint } from '../model/schema.ts';
import { logShare, maxOf } from './criteria.ts';
import { weightedOver } from './horizons.ts';
import { actionReach, rice } from './rice.ts';
import type { Action, ActionWeights, HorizonNumbers } from './schema.ts';
import { type Criterion, type WeightedScore, weightedScore } from './weighted-score.ts';

export type ActionCriterion = keyof ActionWeights;

export interface ScoredAction extends WeightedScore<ActionCriterion> {
  readonly actionId: string;
  readonly name: string;
  readonly status: Action['status'];
  /** Σ_h w_h · return_h, in cents. */
  readonly weightedReturnCents: number;
  /** One-off + recurring × period months, in cents. */
  readonly costCents: number;
  readonly effort: number;
  readonly reach: number;
  /** RICE; null when the effort is 0. */
  readonly rice: number | null;
}

export interface ActionScoring {
  readonly weights: ActionWeights;
  readonly horizonWeights: HorizonNumbers;
  readonly periodMonths: number;
  /** Touchpoint scores (0–1) by id, for the "touchpoints" criterion. */
  readonly touchpointScores: ReadonlyMap<string, number | null>;
  readonly touchpoints: ReadonlyMap<string, Touchpoint>;
}

export const actionCostCents = (action: Action, periodMonths: number): number =>
  action.oneOffCents + action.recurringCents * periodMonths;

function meanTouchpointScore(action: Action, scores: ReadonlyMap<string, number | null>) {
  const known = action.touchpointIds
    .map((id) => scores.get(id))
    .filter((s): s is number => typeof s === 'number');
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
}

export function scoreActions(actions: readonly Action[], scoring: ActionScoring): ScoredAction[] {
  const values = actions.map((a) => weightedOver(scoring.horizonWeights, a.returns));
  const costs = actions.map((a) => actionCostCents(a, scoring.periodMonths));
  const max = {
    value: maxOf(values),
    cost: maxOf(costs),
    effort: maxOf(actions.map((a) => a.effort)),
    weeks: maxOf(actions.map((a) => a.weeksToDeliver)),
  };
  return actions.map((action, index) => {
    const value = values[index] ?? 0;
    const cost = costs[index] ?? 0;
    const mean = meanTouchpointScore(action, scoring.touchpointScores);
    const criteria: Criterion<ActionCriterion>[] = [
      {
        key: 'value',
        raw: value,
        value: logShare(value, max.value),
        inverted: false,
        side: 'impact',
      },
      { key: 'touchpoints', raw: mean, value: mean, inverted: false, side: 'impact' },
      {
        key: 'cost',
        raw: cost,
        value: 1 - logShare(cost, max.cost),
        inverted: true,
        side: 'feasibility',
      },
      {
        key: 'effort',
        raw: action.effort,
        value: 1 - logShare(action.effort, max.effort),
        inverted: true,
        side: 'feasibility',
      },
      {
        key: 'time',
        raw: action.weeksToDeliver,
        value: 1 - logShare(action.weeksToDeliver, max.weeks),
        inverted: true,
        side: 'feasibility',
      },
    ];
    const reach = actionReach(action, scoring.touchpoints);
    return {
      actionId: action.id,
      name: action.name,
      status: action.status,
      weightedReturnCents: value,
      costCents: cost,
      effort: action.effort,
      reach,
      rice: rice(reach, action.riceImpact, action.confidence, action.effort) ?? null,
      ...weightedScore(criteria, scoring.weights),
    };
  });
}
