/**
 * Names and display order of the groups of a breakdown, from the journey model and the survey
 * definitions: what a dashboard shows instead of ids. Pure.
 */
import type { WorkspaceModel } from '../model/schema.ts';
import type { AnswerDimension } from '../storage/events/feedback-port.ts';
import type { GroupLabel } from './breakdown.ts';
import type { Survey } from './survey-schema.ts';

/** What measures can be broken down by: the store's dimensions, and lifecycle phases. */
export const BREAKDOWNS = [
  'touchpoint',
  'stage',
  'channel',
  'persona',
  'phase',
  'survey',
  'week',
  'month',
] as const;
export type BreakdownDimension = (typeof BREAKDOWNS)[number];

export interface TouchpointPlace {
  readonly touchpointId: string;
  readonly name: string;
  readonly journeyId: string;
  readonly stageId: string;
  readonly channelId: string;
  readonly lifecyclePhaseId: string | null;
  /** Stage index × 1000 + channel index: map order. */
  readonly order: number;
}

export function touchpointPlaces(model: WorkspaceModel): Map<string, TouchpointPlace> {
  const places = new Map<string, TouchpointPlace>();
  const stageIndex = new Map(model.stages.map((s, i) => [s.id, i]));
  const channelIndex = new Map(model.channels.map((c, i) => [c.id, i]));
  for (const journey of model.journeys) {
    for (const t of journey.touchpoints) {
      places.set(t.id, {
        touchpointId: t.id,
        name: t.name,
        journeyId: journey.id,
        stageId: t.stageId,
        channelId: t.channelId,
        lifecyclePhaseId: t.lifecyclePhaseId,
        order: (stageIndex.get(t.stageId) ?? 999) * 1000 + (channelIndex.get(t.channelId) ?? 999),
      });
    }
  }
  return places;
}

const indexed = <T extends { id: string; name: string }>(items: readonly T[], key: string) => {
  const index = items.findIndex((item) => item.id === key);
  return index < 0
    ? { label: key, order: null }
    : { label: items[index]?.name ?? key, order: index };
};

/** The label of a group key of `dimension` ('' is the group of answers without a value). */
export function labeller(
  dimension: BreakdownDimension,
  model: WorkspaceModel,
  surveys: readonly Survey[],
): (key: string) => GroupLabel {
  const places = touchpointPlaces(model);
  return (key) => {
    if (key === '') return { label: '', order: null };
    switch (dimension) {
      case 'touchpoint': {
        const place = places.get(key);
        return place === undefined
          ? { label: key, order: null }
          : { label: place.name, order: place.order };
      }
      case 'stage':
        return indexed(model.stages, key);
      case 'channel': {
        const index = model.channels.findIndex((c) => c.name.toLowerCase() === key);
        return index < 0
          ? { label: key, order: null }
          : { label: model.channels[index]?.name ?? key, order: index };
      }
      case 'persona': {
        const index = model.personas.findIndex((p) => p.name === key);
        return { label: key, order: index < 0 ? null : index };
      }
      case 'phase':
        return indexed(model.phases, key);
      case 'survey':
        return indexed(surveys, key);
      case 'week':
      case 'month':
        return { label: key, order: null };
    }
  };
}

/** The store dimension a breakdown reads (phases are rolled up from touchpoints). */
export const storeDimension = (dimension: BreakdownDimension): AnswerDimension =>
  dimension === 'phase' ? 'touchpoint' : dimension;
