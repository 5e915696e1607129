/** The edits the map makes, as model operations (see `src/model/ops-schema.ts`). */
import type { ModelOp } from '../../model/ops-schema.ts';
import type { JourneyState, Touchpoint } from '../../model/schema.ts';
import type { TouchpointChanges } from './touchpoint-form.ts';

export const updateTouchpoint = (
  journeyId: string,
  id: string,
  changes: TouchpointChanges,
): ModelOp => ({ op: 'touchpoint.update', journeyId, id, changes });

export const addTouchpoint = (
  journeyId: string,
  stageId: string,
  channelId: string,
  name: string,
): ModelOp => ({
  op: 'touchpoint.add',
  journeyId,
  item: { stageId, channelId, name: name.trim() },
});

/** Moving a card to another cell; null when it is dropped where it already is. */
export function moveTouchpoint(
  journeyId: string,
  touchpoint: Touchpoint,
  stageId: string,
  channelId: string,
): ModelOp | null {
  if (touchpoint.stageId === stageId && touchpoint.channelId === channelId) return null;
  return updateTouchpoint(journeyId, touchpoint.id, { stageId, channelId });
}

export const linkTouchpoints = (journeyId: string, fromId: string, toId: string): ModelOp => ({
  op: 'transition.add',
  journeyId,
  item: { fromId, toId, possible: true, label: '' },
});

export const createJourney = (personaId: string, state: JourneyState, name: string): ModelOp => ({
  op: 'journey.add',
  personaId,
  state,
  name,
});

export const deriveTarget = (fromId: string, name: string): ModelOp => ({
  op: 'journey.deriveTarget',
  fromId,
  name,
});

export const addStage = (name: string): ModelOp => ({
  op: 'stage.add',
  item: { name: name.trim(), description: '' },
});

export const addChannel = (name: string, kind: 'digital' | 'physical'): ModelOp => ({
  op: 'channel.add',
  item: { name: name.trim(), kind, media: [] },
});
