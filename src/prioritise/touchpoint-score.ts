/**
 * The weighted score of touchpoints from their qualification (seed 000): importance for the
 * customer, performance (a need: the worse, the more worth acting on), business impact on
 * the weighted strategic objectives, and the cost-type criteria cost, investment level and
 * time (set-up + processing hours).
 *
 * Business impact = (impact − 1) / 4 × coverage, where coverage is the share of the
 * objectives' total weight carried by the objectives the touchpoint is linked to; a
 * workspace without weighted objectives uses coverage 1 (the impact level alone).
 */
import type { Journey, Objective, Touchpoint, WorkspaceModel } from '../model/schema.ts';
import {
  fromScale,
  invertedScale,
  logShare,
  maxOf,
  monthlyCents,
  PERFORMANCE_LEVEL,
} from './criteria.ts';
import type { TouchpointWeights } from './schema.ts';
import { type Criterion, type WeightedScore, weightedScore } from './weighted-score.ts';

export type TouchpointCriterion = keyof TouchpointWeights;

export interface ScoredTouchpoint extends WeightedScore<TouchpointCriterion> {
  readonly touchpointId: string;
  readonly journeyId: string;
  readonly personaId: string;
  readonly name: string;
  readonly stageId: string;
  readonly channelId: string;
  readonly importance: number | null;
  readonly performance: Touchpoint['performance'];
  /** Monthly-equivalent cost in cents (bubble size), null when not qualified. */
  readonly monthlyCostCents: number | null;
  readonly audience: number | null;
}

/** Touchpoints with the journey they belong to. */
export interface PlacedTouchpoint {
  readonly touchpoint: Touchpoint;
  readonly journey: Journey;
}

/**
 * The touchpoints to score: those of the current (as-is) journeys, since target journeys
 * copy them; or those of one journey when named; or every journey's with 'all'.
 */
export function touchpointsToScore(
  model: WorkspaceModel,
  journeyId?: string | 'all',
): PlacedTouchpoint[] {
  return model.journeys
    .filter(
      (j) =>
        journeyId === 'all' ||
        (journeyId === undefined ? j.state === 'current' : j.id === journeyId),
    )
    .flatMap((journey) => journey.touchpoints.map((touchpoint) => ({ touchpoint, journey })));
}

/** Share of the objectives' total weight carried by these objectives (1 with no weights). */
export function objectiveCoverage(
  objectives: readonly Objective[],
  ids: readonly string[],
): number {
  const total = objectives.reduce((sum, o) => sum + o.weight, 0);
  if (!(total > 0)) return 1;
  const linked = new Set(ids);
  return objectives.reduce((sum, o) => sum + (linked.has(o.id) ? o.weight : 0), 0) / total;
}

const hoursOf = (t: Touchpoint): number | null =>
  t.setupHours === null && t.processingHours === null
    ? null
    : (t.setupHours ?? 0) + (t.processingHours ?? 0);

interface Scale {
  readonly maxCost: number;
  readonly maxHours: number;
}

function criteriaOf(
  t: Touchpoint,
  objectives: readonly Objective[],
  scale: Scale,
): Criterion<TouchpointCriterion>[] {
  const cost = t.cost === null ? null : monthlyCents(t.cost);
  const hours = hoursOf(t);
  const coverage = objectiveCoverage(objectives, t.objectiveIds);
  return [
    {
      key: 'importance',
      raw: t.importance,
      value: t.importance === null ? null : fromScale(t.importance),
      inverted: false,
      side: 'impact',
    },
    {
      key: 'performance',
      raw: t.performance,
      value: 1 - PERFORMANCE_LEVEL[t.performance],
      inverted: true,
      side: 'impact',
    },
    {
      key: 'impact',
      raw: t.impact,
      value: t.impact === null ? null : fromScale(t.impact) * coverage,
      inverted: false,
      side: 'impact',
    },
    {
      key: 'cost',
      raw: cost,
      value: cost === null ? null : 1 - logShare(cost, scale.maxCost),
      inverted: true,
      side: 'feasibility',
    },
    {
      key: 'investment',
      raw: t.investment,
      value: t.investment === null ? null : invertedScale(t.investment),
      inverted: true,
      side: 'feasibility',
    },
    {
      key: 'time',
      raw: hours,
      value: hours === null ? null : 1 - logShare(hours, scale.maxHours),
      inverted: true,
      side: 'feasibility',
    },
  ];
}

/**
 * Scores touchpoints; amounts are scaled against the largest of `scaleSet` (by default the
 * scored touchpoints themselves), so that a subset can be scored on the workspace's scale.
 */
export function scoreTouchpoints(
  placed: readonly PlacedTouchpoint[],
  objectives: readonly Objective[],
  weights: TouchpointWeights,
  scaleSet: readonly PlacedTouchpoint[] = placed,
): ScoredTouchpoint[] {
  const scale: Scale = {
    maxCost: maxOf(scaleSet.map(({ touchpoint: t }) => (t.cost ? monthlyCents(t.cost) : null))),
    maxHours: maxOf(scaleSet.map(({ touchpoint }) => hoursOf(touchpoint))),
  };
  return placed.map(({ touchpoint: t, journey }) => ({
    touchpointId: t.id,
    journeyId: journey.id,
    personaId: journey.personaId,
    name: t.name,
    stageId: t.stageId,
    channelId: t.channelId,
    importance: t.importance,
    performance: t.performance,
    monthlyCostCents: t.cost === null ? null : monthlyCents(t.cost),
    audience: t.audience,
    ...weightedScore(criteriaOf(t, objectives, scale), weights),
  }));
}
