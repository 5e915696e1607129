/**
 * What the paths charts need to know about each node of a paths result: its short name, its
 * place on the map's grid (stage column, channel lane) and its colour. Pure.
 */
import type { Journey, WorkspaceModel } from '../../../model/schema.ts';
import type { PathsResponse } from '../analytics-api.ts';
import { EXIT, seriesColor } from '../palette.ts';
import type { PathLevel } from '../query-state.ts';

export interface NodeInfo {
  readonly id: string;
  /** The API's label (touchpoints: "Name (Channel)"), which variants use. */
  readonly label: string;
  /** The name alone, where the chart already shows the channel. */
  readonly name: string;
  readonly stage: number | null;
  readonly channel: number | null;
  readonly color: string;
}

export const START_ID = 'start';
export const END_ID = 'end';

function placeOf(model: WorkspaceModel, journey: Journey, level: PathLevel, id: string) {
  if (level === 'stage') {
    const stage = model.stages.findIndex((item) => item.id === id);
    return { stage: stage < 0 ? null : stage, channel: null, name: null };
  }
  if (level === 'channel') {
    const channel = model.channels.findIndex((item) => item.id === id);
    return { stage: null, channel: channel < 0 ? null : channel, name: null };
  }
  const touchpoint = journey.touchpoints.find((item) => item.id === id);
  if (touchpoint === undefined) return { stage: null, channel: null, name: null };
  return {
    stage: model.stages.findIndex((item) => item.id === touchpoint.stageId),
    channel: model.channels.findIndex((item) => item.id === touchpoint.channelId),
    name: touchpoint.name,
  };
}

/** Node information by id, for the nodes of a result. */
export function nodeInfos(
  model: WorkspaceModel,
  journey: Journey,
  level: PathLevel,
  nodes: PathsResponse['nodes'],
): Map<string, NodeInfo> {
  const infos = new Map<string, NodeInfo>();
  for (const node of nodes) {
    const place = placeOf(model, journey, level, node.id);
    const colourIndex = level === 'stage' ? place.stage : place.channel;
    infos.set(node.id, {
      id: node.id,
      label: node.label,
      name: place.name ?? node.label,
      stage: place.stage,
      channel: place.channel,
      color: colourIndex === null ? EXIT : seriesColor(colourIndex),
    });
  }
  return infos;
}

/** Variants name their steps by label: the way back to node information. */
export function byLabel(infos: ReadonlyMap<string, NodeInfo>): Map<string, NodeInfo> {
  return new Map([...infos.values()].map((info) => [info.label, info]));
}
