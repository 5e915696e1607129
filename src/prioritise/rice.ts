/**
 * RICE = Reach × Impact × Confidence / Effort (Intercom's prioritisation score): impact on the
 * 3 / 2 / 1 / 0.5 / 0.25 scale, confidence 1 / 0.8 / 0.5, effort in person-months.
 * An action's reach is its own figure, or else the monthly audience of its touchpoints.
 */
import type { Touchpoint } from '../model/schema.ts';
import type { Action } from './schema.ts';

/** Undefined when the effort is not positive (the score would be infinite). */
export function rice(
  reach: number,
  impact: number,
  confidence: number,
  effort: number,
): number | undefined {
  if (!(effort > 0)) return undefined;
  return (reach * impact * confidence) / effort;
}

/** The reach RICE uses for an action: explicit, or the sum of its touchpoints' audience. */
export function actionReach(
  action: Pick<Action, 'reach' | 'touchpointIds'>,
  touchpoints: ReadonlyMap<string, Touchpoint>,
): number {
  if (action.reach !== null) return action.reach;
  return action.touchpointIds.reduce((sum, id) => sum + (touchpoints.get(id)?.audience ?? 0), 0);
}
