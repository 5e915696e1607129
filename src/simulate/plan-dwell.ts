/**
 * How long a customer waits before a move: a lognormal whose median depends on where the
 * move goes (rules in words at the top of `plan.ts`).
 */
import type { Channel } from '../model/schema.ts';
import type { DwellPlan, MoveKind } from './plan.ts';

/** A touchpoint's place on the grid: its stage position and its channel. */
export interface Placed {
  readonly stageIndex: number;
  readonly channel: Pick<Channel, 'id' | 'kind'>;
}

const MINUTE = 1;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const comeback = (days: number): DwellPlan => ({ medianMinutes: days * DAY, sigma: 0.8 });
const usual = (medianMinutes: number): DwellPlan => ({ medianMinutes, sigma: 1 });

export function dwellOf(
  from: Placed,
  to: Placed,
  kind: MoveKind,
  purchaseStageIndex: number,
): DwellPlan {
  const sameChannel = from.channel.id === to.channel.id;
  if (kind === 'return') return comeback(30);
  if (from.stageIndex > purchaseStageIndex && to.stageIndex <= purchaseStageIndex)
    return comeback(20);
  if (to.stageIndex > purchaseStageIndex) {
    if (sameChannel && to.stageIndex === from.stageIndex) return usual(10 * MINUTE);
    return usual(Math.max(1, to.stageIndex - from.stageIndex) * DAY);
  }
  if (sameChannel) return usual(3 * MINUTE);
  const bothDigital = from.channel.kind === 'digital' && to.channel.kind === 'digital';
  return usual(bothDigital ? 30 * MINUTE : DAY);
}
