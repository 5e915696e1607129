/**
 * The data of the three arbitration matrices, from scored touchpoints and actions. Items that
 * lack a coordinate (an unqualified attribute) are counted, not placed.
 */

import type { ScoredAction } from './action-score.ts';
import { PERFORMANCE_LEVEL } from './criteria.ts';
import { HORIZONS, type Horizon } from './horizons.ts';
import {
  IMPACT_THRESHOLD,
  type ImpactQuadrant,
  type IpaQuadrant,
  impactQuadrant,
  ipaQuadrant,
  median,
  valueEffortQuadrant,
} from './quadrants.ts';
import type { ScoredTouchpoint } from './touchpoint-score.ts';

export interface MatrixPoint<Q extends string> {
  readonly kind: 'touchpoint' | 'action';
  readonly id: string;
  readonly name: string;
  readonly x: number;
  readonly y: number;
  /** Bubble size: a cost in cents (monthly for touchpoints, over the period for actions). */
  readonly size: number;
  readonly quadrant: Q;
  /** Touchpoints: the journey and persona, to open it on the map. */
  readonly journeyId?: string;
  readonly personaId?: string;
}

export interface ImpactFeasibilityMatrix {
  readonly threshold: number;
  readonly points: MatrixPoint<ImpactQuadrant>[];
  readonly unplaced: number;
}

export interface IpaMatrix {
  readonly importanceThreshold: number;
  readonly performanceThreshold: number;
  readonly points: MatrixPoint<IpaQuadrant>[];
  readonly unplaced: number;
}

export type ValueAxis = Horizon | 'weighted';

export interface ValueEffortMatrix {
  readonly horizon: ValueAxis;
  readonly valueThreshold: number;
  readonly effortThreshold: number;
  readonly points: MatrixPoint<ImpactQuadrant>[];
}

export interface Matrices {
  readonly impactFeasibility: ImpactFeasibilityMatrix;
  readonly importancePerformance: IpaMatrix;
  readonly valueEffort: ValueEffortMatrix[];
}

export interface ActionReturns {
  readonly actionId: string;
  readonly returns: Readonly<Record<Horizon, number>>;
}

const touchpointExtras = (t: ScoredTouchpoint) => ({
  journeyId: t.journeyId,
  personaId: t.personaId,
});

export function impactFeasibility(
  touchpoints: readonly ScoredTouchpoint[],
  actions: readonly ScoredAction[],
): ImpactFeasibilityMatrix {
  const points: MatrixPoint<ImpactQuadrant>[] = [];
  let unplaced = 0;
  const place = (
    kind: 'touchpoint' | 'action',
    item: { impact: number | null; feasibility: number | null },
    base: { id: string; name: string; size: number; journeyId?: string; personaId?: string },
  ) => {
    if (item.impact === null || item.feasibility === null) {
      unplaced++;
      return;
    }
    const quadrant = impactQuadrant(item.impact, item.feasibility);
    points.push({ kind, ...base, x: item.feasibility, y: item.impact, quadrant });
  };
  for (const t of touchpoints) {
    place('touchpoint', t, {
      id: t.touchpointId,
      name: t.name,
      size: t.monthlyCostCents ?? 0,
      ...touchpointExtras(t),
    });
  }
  for (const a of actions) place('action', a, { id: a.actionId, name: a.name, size: a.costCents });
  return { threshold: IMPACT_THRESHOLD, points, unplaced };
}

export function importancePerformance(touchpoints: readonly ScoredTouchpoint[]): IpaMatrix {
  const points: MatrixPoint<IpaQuadrant>[] = [];
  for (const t of touchpoints) {
    if (t.importance === null) continue;
    const level = PERFORMANCE_LEVEL[t.performance];
    points.push({
      kind: 'touchpoint',
      id: t.touchpointId,
      name: t.name,
      x: level,
      y: t.importance,
      size: t.monthlyCostCents ?? 0,
      quadrant: ipaQuadrant(t.importance, level),
      ...touchpointExtras(t),
    });
  }
  return {
    importanceThreshold: 3,
    performanceThreshold: 0.5,
    points,
    unplaced: touchpoints.length - points.length,
  };
}

export function valueEffort(
  actions: readonly ScoredAction[],
  returns: readonly ActionReturns[],
  horizon: ValueAxis,
): ValueEffortMatrix {
  const byId = new Map(returns.map((r) => [r.actionId, r.returns]));
  const returnOf = (a: ScoredAction) =>
    horizon === 'weighted' ? a.weightedReturnCents : (byId.get(a.actionId)?.[horizon] ?? 0);
  const thresholds = {
    value: median(actions.map(returnOf)),
    effort: median(actions.map((a) => a.effort)),
  };
  return {
    horizon,
    valueThreshold: thresholds.value,
    effortThreshold: thresholds.effort,
    points: actions.map((a) => ({
      kind: 'action' as const,
      id: a.actionId,
      name: a.name,
      x: a.effort,
      y: returnOf(a),
      size: a.costCents,
      quadrant: valueEffortQuadrant(returnOf(a), a.effort, thresholds),
    })),
  };
}

export function buildMatrices(
  touchpoints: readonly ScoredTouchpoint[],
  actions: readonly ScoredAction[],
  returns: readonly ActionReturns[],
): Matrices {
  return {
    impactFeasibility: impactFeasibility(touchpoints, actions),
    importancePerformance: importancePerformance(touchpoints),
    valueEffort: [...HORIZONS, 'weighted' as const].map((h) => valueEffort(actions, returns, h)),
  };
}
