/** The journey model as the choices of the feedback forms and filters. Pure. */
import type { WorkspaceModel } from '../../model/schema.ts';

export interface TouchpointChoice {
  readonly id: string;
  /** `Stage · Touchpoint (channel)`. */
  readonly label: string;
}

export interface JourneyChoices {
  readonly journeyId: string;
  readonly name: string;
  readonly touchpoints: readonly TouchpointChoice[];
}

/** Touchpoints grouped by journey, in map order (stage, then channel). */
export function touchpointChoices(model: WorkspaceModel): JourneyChoices[] {
  const stage = new Map(model.stages.map((s, i) => [s.id, { name: s.name, index: i }]));
  const channel = new Map(model.channels.map((c, i) => [c.id, { name: c.name, index: i }]));
  return model.journeys.map((journey) => ({
    journeyId: journey.id,
    name: journey.name,
    touchpoints: [...journey.touchpoints]
      .sort(
        (a, b) =>
          (stage.get(a.stageId)?.index ?? 0) - (stage.get(b.stageId)?.index ?? 0) ||
          (channel.get(a.channelId)?.index ?? 0) - (channel.get(b.channelId)?.index ?? 0),
      )
      .map((t) => ({
        id: t.id,
        label: `${stage.get(t.stageId)?.name ?? '?'} · ${t.name} (${channel.get(t.channelId)?.name ?? '?'})`,
      })),
  }));
}

/** The name of a touchpoint anywhere in the model. */
export function touchpointName(model: WorkspaceModel, id: string): string | undefined {
  for (const journey of model.journeys) {
    const found = journey.touchpoints.find((t) => t.id === id);
    if (found !== undefined) return found.name;
  }
  return undefined;
}
