/** Pure helpers of the history page: relative times, pages of versions, version summaries. */

import type { JourneyState, WorkspaceModel } from '../../model/schema.ts';
import type { HistoryVersion } from '../api/model-admin.ts';

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

const formats = new Map<string, Intl.RelativeTimeFormat>();

/** "3 hours ago", "yesterday", "il y a 5 minutes"; under a minute is "now". */
export function relativeTime(iso: string, now: number, lang: string): string {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return iso;
  let format = formats.get(lang);
  if (format === undefined) {
    format = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    formats.set(lang, format);
  }
  const seconds = (then - now) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

/** Adds a page of older versions, ignoring any already listed (the list may have moved). */
export function appendVersions(
  listed: readonly HistoryVersion[],
  page: readonly HistoryVersion[],
): HistoryVersion[] {
  const known = new Set(listed.map((item) => item.version));
  return [...listed, ...page.filter((item) => !known.has(item.version))];
}

/** A full page means there may be more; a short one is the end of the history. */
export const mayHaveOlder = (page: readonly unknown[], pageSize: number): boolean =>
  page.length >= pageSize;

/** The `before` cursor of the next page: the oldest version listed so far. */
export const oldestVersion = (listed: readonly HistoryVersion[]): number | null =>
  listed.reduce<number | null>(
    (oldest, item) => (oldest === null || item.version < oldest ? item.version : oldest),
    null,
  );

export interface JourneySummary {
  readonly id: string;
  readonly name: string;
  readonly state: JourneyState;
  readonly persona: string | null;
  readonly touchpoints: number;
}

export interface ModelSummary {
  readonly personas: number;
  readonly phases: number;
  readonly stages: number;
  readonly channels: number;
  readonly objectives: number;
  readonly journeys: readonly JourneySummary[];
}

/** What a version held, in counts: enough to recognise it before restoring it. */
export function summarizeModel(model: WorkspaceModel): ModelSummary {
  const personaNames = new Map(model.personas.map((persona) => [persona.id, persona.name]));
  return {
    personas: model.personas.length,
    phases: model.phases.length,
    stages: model.stages.length,
    channels: model.channels.length,
    objectives: model.objectives.length,
    journeys: model.journeys.map((journey) => ({
      id: journey.id,
      name: journey.name,
      state: journey.state,
      persona: personaNames.get(journey.personaId) ?? null,
      touchpoints: journey.touchpoints.length,
    })),
  };
}

/** Journey names by id, to say where a touchpoint change happened. */
export const journeyNames = (model: WorkspaceModel | null): ReadonlyMap<string, string> =>
  new Map((model?.journeys ?? []).map((journey) => [journey.id, journey.name]));
