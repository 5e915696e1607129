/**
 * Everything the prioritisation screens show, from the workspace's model, actions, weights
 * and budget settings: horizon weights, touchpoint and action scores, and the matrices. Pure,
 * so the server answers with it and the web app re-scores live as weights are edited.
 */
import type { WorkspaceModel } from '../model/schema.ts';
import { type ScoredAction, scoreActions } from './action-score.ts';
import { deriveHorizonWeights, type HorizonWeights } from './horizons.ts';
import { buildMatrices, type Matrices } from './matrices.ts';
import type { Action, BudgetSettings, ScoringWeights } from './schema.ts';
import { type ScoredTouchpoint, scoreTouchpoints, touchpointsToScore } from './touchpoint-score.ts';

export interface WorkspaceScores {
  readonly method: ScoringWeights['method'];
  readonly horizon: HorizonWeights;
  readonly touchpoints: ScoredTouchpoint[];
  readonly actions: ScoredAction[];
  readonly matrices: Matrices;
}

export interface ScoringInput {
  readonly model: WorkspaceModel;
  readonly actions: readonly Action[];
  readonly weights: ScoringWeights;
  readonly budget: BudgetSettings;
  /** Score the touchpoints of this journey only (default: every current journey). */
  readonly journeyId?: string;
}

export function scoreWorkspace(input: ScoringInput): WorkspaceScores {
  const { model, actions, weights, budget } = input;
  const horizon = deriveHorizonWeights(model.objectives, budget);
  // Amounts are scaled on every journey's touchpoints, so a touchpoint scores the same
  // whichever journey is shown, and actions see the scores of any journey they act on.
  const every = touchpointsToScore(model, 'all');
  const placed = touchpointsToScore(model, input.journeyId);
  const touchpoints = scoreTouchpoints(placed, model.objectives, weights.touchpoint, every);
  const allScores = scoreTouchpoints(every, model.objectives, weights.touchpoint);
  const everyTouchpoint = new Map(every.map(({ touchpoint }) => [touchpoint.id, touchpoint]));
  const scored = scoreActions(actions, {
    weights: weights.action,
    horizonWeights: horizon.weights,
    periodMonths: budget.periodMonths,
    touchpointScores: new Map(allScores.map((t) => [t.touchpointId, t.score])),
    touchpoints: everyTouchpoint,
  });
  const ranked = [...scored].sort((a, b) =>
    weights.method === 'rice' ? (b.rice ?? -1) - (a.rice ?? -1) : (b.score ?? -1) - (a.score ?? -1),
  );
  const returns = actions.map((a) => ({ actionId: a.id, returns: a.returns }));
  return {
    method: weights.method,
    horizon,
    touchpoints,
    actions: ranked,
    matrices: buildMatrices(touchpoints, scored, returns),
  };
}
