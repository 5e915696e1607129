/**
 * The frame of an analysis: one journey of the map, its touchpoints as items 0 … n − 1, and
 * each item's place on the stage × channel grid (indexes in the model's stage and channel
 * order). Pure.
 */
import type { Channel, Journey, Stage, WorkspaceModel } from '../model/schema.ts';
import type { Placement } from './conformance.ts';

export interface JourneyFrame {
  readonly journey: Journey;
  readonly stages: readonly Stage[];
  readonly channels: readonly Channel[];
  /** Touchpoint id of each item. */
  readonly touchpointIds: readonly string[];
  readonly placements: readonly Placement[];
  readonly placementOf: (item: number) => Placement;
}

/** The frame of a journey, or null when the model has no journey with that id. */
export function journeyFrame(model: WorkspaceModel, journeyId: string): JourneyFrame | null {
  const journey = model.journeys.find((candidate) => candidate.id === journeyId);
  if (journey === undefined) return null;
  const stageIndex = new Map(model.stages.map((stage, index) => [stage.id, index]));
  const channelIndex = new Map(model.channels.map((channel, index) => [channel.id, index]));
  const touchpoints = journey.touchpoints.filter(
    (touchpoint) => stageIndex.has(touchpoint.stageId) && channelIndex.has(touchpoint.channelId),
  );
  const placements = touchpoints.map((touchpoint) => ({
    stage: stageIndex.get(touchpoint.stageId) ?? 0,
    channel: channelIndex.get(touchpoint.channelId) ?? 0,
  }));
  return {
    journey,
    stages: model.stages,
    channels: model.channels,
    touchpointIds: touchpoints.map((touchpoint) => touchpoint.id),
    placements,
    placementOf: (item) => placements[item] ?? { stage: 0, channel: 0 },
  };
}

/** The current journey of a persona (the first one when there are several), else any journey. */
export function defaultJourneyId(model: WorkspaceModel, personaId?: string): string | null {
  const journeys = model.journeys.filter(
    (journey) => personaId === undefined || journey.personaId === personaId,
  );
  return (journeys.find((journey) => journey.state === 'current') ?? journeys[0])?.id ?? null;
}
