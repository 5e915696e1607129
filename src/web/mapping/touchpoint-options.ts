/**
 * The touchpoints a rule can map to, as the editor offers them: grouped by journey (current
 * journeys first), and within a journey in grid order, stage by stage then channel by
 * channel, each labelled `Stage › Channel › Touchpoint`. Pure.
 */
import type { WorkspaceModel } from '../../model/schema.ts';

export interface TouchpointOption {
  readonly id: string;
  /** `Stage › Channel › Touchpoint`. */
  readonly label: string;
  readonly name: string;
  readonly stage: string;
  readonly channel: string;
  readonly journey: string;
}

export interface TouchpointGroup {
  readonly journeyId: string;
  readonly label: string;
  readonly options: readonly TouchpointOption[];
}

/** The journey label of a target journey gets `targetSuffix` (e.g. ` (target)`). */
export function touchpointGroups(model: WorkspaceModel, targetSuffix: string): TouchpointGroup[] {
  const stageOrder = new Map(model.stages.map((stage, index) => [stage.id, index]));
  const channelOrder = new Map(model.channels.map((channel, index) => [channel.id, index]));
  const stageName = new Map(model.stages.map((stage) => [stage.id, stage.name]));
  const channelName = new Map(model.channels.map((channel) => [channel.id, channel.name]));
  const journeys = [
    ...model.journeys.filter((journey) => journey.state === 'current'),
    ...model.journeys.filter((journey) => journey.state !== 'current'),
  ];
  return journeys
    .map((journey) => {
      const label = journey.state === 'current' ? journey.name : `${journey.name}${targetSuffix}`;
      const options = [...journey.touchpoints]
        .sort(
          (a, b) =>
            (stageOrder.get(a.stageId) ?? 0) - (stageOrder.get(b.stageId) ?? 0) ||
            (channelOrder.get(a.channelId) ?? 0) - (channelOrder.get(b.channelId) ?? 0),
        )
        .map((touchpoint) => {
          const stage = stageName.get(touchpoint.stageId) ?? '?';
          const channel = channelName.get(touchpoint.channelId) ?? '?';
          const name = touchpoint.name;
          return {
            id: touchpoint.id,
            label: [stage, channel, name].join(' › '),
            name,
            stage,
            channel,
            journey: label,
          };
        });
      return { journeyId: journey.id, label, options };
    })
    .filter((group) => group.options.length > 0);
}

/** Every option by touchpoint id. */
export function optionsById(groups: readonly TouchpointGroup[]): Map<string, TouchpointOption> {
  return new Map(groups.flatMap((group) => group.options.map((option) => [option.id, option])));
}

/** Channel keys as events carry them (names lower-cased), for suggestions. */
export const channelKeys = (model: WorkspaceModel): string[] =>
  model.channels.map((channel) => channel.name.toLowerCase());

/** Names of the model's stages, channels and touchpoints by id, to show ids in conditions. */
export function namesById(model: WorkspaceModel): Map<string, string> {
  return new Map([
    ...model.stages.map((stage) => [stage.id, stage.name] as const),
    ...model.channels.map((channel) => [channel.id, channel.name] as const),
    ...model.journeys.flatMap((journey) =>
      journey.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint.name] as const),
    ),
  ]);
}
