/** Small hand-made inputs for the prioritisation tests. */
import type { Journey, Objective, Touchpoint } from '../model/schema.ts';
import type { PlanAction, PlanChannel, PlanProblem } from './budget-problem.ts';
import type { Action } from './schema.ts';

export function touchpoint(id: string, fields: Partial<Touchpoint> = {}): Touchpoint {
  return {
    id,
    stageId: 'stage',
    channelId: 'web',
    name: id,
    description: '',
    media: null,
    owner: null,
    cost: null,
    audience: null,
    performance: 'neutral',
    importance: null,
    investment: null,
    setupHours: null,
    processingHours: null,
    impact: null,
    objectiveIds: [],
    lifecyclePhaseId: null,
    emotion: null,
    momentOfTruth: false,
    rupture: false,
    notes: '',
    derivedFromId: null,
    ...fields,
  };
}

export const journeyOf = (
  touchpoints: Touchpoint[],
  state: Journey['state'] = 'current',
): Journey => ({
  id: `journey-${state}`,
  personaId: 'persona',
  state,
  name: 'Journey',
  derivedFromId: null,
  touchpoints,
  transitions: [],
});

export const objective = (id: string, weight: number): Objective => ({
  id,
  name: id,
  description: '',
  weight,
});

export function action(id: string, fields: Partial<Action> = {}): Action {
  return {
    id,
    name: id,
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
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...fields,
  };
}

/** A channel of a plan problem; money in currency units (× 100 to cents). */
export const planChannel = (
  id: string,
  min: number,
  max: number | null,
  returns: readonly [number, number, number],
): PlanChannel => ({
  id,
  name: id,
  minCents: min * 100,
  maxCents: max === null ? null : max * 100,
  returns: { short: returns[0], medium: returns[1], long: returns[2] },
});

/** An action of a plan problem whose whole return is short-term; money in currency units. */
export const planAction = (
  id: string,
  cost: number,
  value: number,
  fields: Partial<PlanAction> = {},
): PlanAction => ({
  id,
  name: id,
  costCents: cost * 100,
  divisible: false,
  minSpendCents: 0,
  channelId: null,
  requires: [],
  returns: { short: value * 100, medium: 0, long: 0 },
  committed: false,
  ...fields,
});

/** The REFERENCE §5 example: B = 100,000, w = (0.5, 0.3, 0.2), four channels. */
export const REFERENCE_PROBLEM: PlanProblem = {
  budgetCents: 100_000_00,
  weights: { short: 0.5, medium: 0.3, long: 0.2 },
  channels: [
    planChannel('search', 10_000, 50_000, [1.8, 0.4, 0.1]),
    planChannel('social', 5_000, 40_000, [1.2, 0.9, 0.5]),
    planChannel('email', 0, 15_000, [2.5, 0.5, 0.2]),
    planChannel('tv', 0, 60_000, [0.3, 0.8, 1.4]),
  ],
  actions: [],
};
