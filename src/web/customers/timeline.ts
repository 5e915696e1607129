/**
 * A customer's journey drawn on the map's grid: which journey to show, which of the customer's
 * events are visits to its touchpoints (numbered in time order), and where each sits on the
 * stage × channel grid. Pure: the page renders what these functions decide.
 */
import type { Channel, Journey, Stage, Touchpoint, WorkspaceModel } from '../../model/schema.ts';
import { type CellKey, cellKey } from '../map/cells.ts';
import { personaJourneys } from '../map/journeys.ts';

/** What the timeline needs of an event (a `TimelineEventView` of the API fits). */
export interface MappedEvent {
  readonly messageId: string;
  readonly timestamp: string;
  readonly touchpointId: string | null;
}

/** A visit: an event mapped to a touchpoint of the shown journey; `order` counts from 1. */
export interface Visit<E extends MappedEvent = MappedEvent> {
  readonly order: number;
  readonly event: E;
  readonly touchpoint: Touchpoint;
}

interface Located {
  readonly touchpoint: Touchpoint;
  readonly journey: Journey;
}

/** Every touchpoint of the model with its journey, by id. */
export function touchpointIndex(model: WorkspaceModel): ReadonlyMap<string, Located> {
  const index = new Map<string, Located>();
  for (const journey of model.journeys) {
    for (const touchpoint of journey.touchpoints) index.set(touchpoint.id, { touchpoint, journey });
  }
  return index;
}

/** How many of the events map to each journey's touchpoints. */
export function visitsByJourney(
  model: WorkspaceModel,
  events: readonly MappedEvent[],
): ReadonlyMap<string, number> {
  const index = touchpointIndex(model);
  const counts = new Map<string, number>();
  for (const event of events) {
    const journey =
      event.touchpointId === null ? undefined : index.get(event.touchpointId)?.journey;
    if (journey !== undefined) counts.set(journey.id, (counts.get(journey.id) ?? 0) + 1);
  }
  return counts;
}

const sameName = (a: string, b: string): boolean =>
  a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;

/** The persona named (or identified) by the customer's `persona` trait, if any. */
function personaOf(model: WorkspaceModel, traits: Readonly<Record<string, unknown>>) {
  const named = traits.persona;
  if (typeof named !== 'string' || named.trim() === '') return undefined;
  return model.personas.find((p) => p.id === named || sameName(p.name, named));
}

/**
 * The journey to show first: the current journey of the persona named in the `persona` trait;
 * else the journey with the most visits (the first in map order on a tie); else the first
 * current journey.
 */
export function pickJourney(
  model: WorkspaceModel,
  traits: Readonly<Record<string, unknown>>,
  events: readonly MappedEvent[],
): Journey | undefined {
  const persona = personaOf(model, traits);
  if (persona !== undefined) {
    const { current, target } = personaJourneys(model, persona.id);
    const own = current ?? target;
    if (own !== undefined) return own;
  }
  const counts = visitsByJourney(model, events);
  let best: Journey | undefined;
  for (const journey of model.journeys) {
    if ((counts.get(journey.id) ?? 0) > (best === undefined ? 0 : (counts.get(best.id) ?? 0))) {
      best = journey;
    }
  }
  return best ?? model.journeys.find((j) => j.state === 'current') ?? model.journeys[0];
}

const byTime = <E extends MappedEvent>(events: readonly E[]): E[] =>
  events
    .map((event, position) => ({ event, position, at: Date.parse(event.timestamp) }))
    .sort((a, b) => a.at - b.at || a.position - b.position)
    .map(({ event }) => event);

/** The events that are visits to the journey's touchpoints, numbered in time order. */
export function visitsOn<E extends MappedEvent>(
  journey: Journey,
  events: readonly E[],
): Visit<E>[] {
  const touchpoints = new Map(journey.touchpoints.map((t) => [t.id, t]));
  const visits: Visit<E>[] = [];
  for (const event of byTime(events)) {
    const touchpoint =
      event.touchpointId === null ? undefined : touchpoints.get(event.touchpointId);
    if (touchpoint !== undefined) visits.push({ order: visits.length + 1, event, touchpoint });
  }
  return visits;
}

/** A touchpoint in its cell, with the numbers of the visits to it. */
export interface CellEntry {
  readonly touchpoint: Touchpoint;
  readonly visits: readonly number[];
}

export interface TimelineGrid {
  readonly stages: readonly Stage[];
  /** Channels holding at least one of the journey's touchpoints, in map order. */
  readonly lanes: readonly Channel[];
  readonly cells: ReadonlyMap<CellKey, readonly CellEntry[]>;
}

/** The journey's grid with the visits placed; touchpoints keep the journey's order in a cell. */
export function timelineGrid(
  model: WorkspaceModel,
  journey: Journey,
  visits: readonly Visit[],
): TimelineGrid {
  const numbers = new Map<string, number[]>();
  for (const visit of visits) {
    numbers.set(visit.touchpoint.id, [...(numbers.get(visit.touchpoint.id) ?? []), visit.order]);
  }
  const stageIds = new Set(model.stages.map((stage) => stage.id));
  const used = new Set<string>();
  const cells = new Map<CellKey, CellEntry[]>();
  for (const touchpoint of journey.touchpoints) {
    if (!stageIds.has(touchpoint.stageId)) continue;
    used.add(touchpoint.channelId);
    const key = cellKey(touchpoint.stageId, touchpoint.channelId);
    const entry = { touchpoint, visits: numbers.get(touchpoint.id) ?? [] };
    cells.set(key, [...(cells.get(key) ?? []), entry]);
  }
  return {
    stages: model.stages,
    lanes: model.channels.filter((channel) => used.has(channel.id)),
    cells,
  };
}

/** Where an event of the chronological list belongs. */
export interface EventPlace {
  /** The touchpoint it maps to (in any journey); null when unmapped or no longer on the map. */
  readonly touchpoint: Touchpoint | null;
  /** The journey of that touchpoint. */
  readonly journey: Journey | null;
  /** Its visit number on the shown journey; null when it is not a visit to it. */
  readonly visit: number | null;
}

export function placeEvent(
  index: ReadonlyMap<string, Located>,
  visits: ReadonlyMap<string, number>,
  event: MappedEvent,
): EventPlace {
  const located = event.touchpointId === null ? undefined : index.get(event.touchpointId);
  return {
    touchpoint: located?.touchpoint ?? null,
    journey: located?.journey ?? null,
    visit: visits.get(event.messageId) ?? null,
  };
}
