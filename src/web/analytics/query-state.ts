/**
 * What the analytics page shows, kept in the URL's query string so that a link reproduces the
 * same analysis: tab, journey, filters, funnel steps and settings, paths settings. Pure:
 * `parseAnalyticsQuery(serializeAnalyticsQuery(s))` gives `s` back.
 */

export const TABS = [
  'funnel',
  'paths',
  'conformance',
  'lifecycle',
  'attribution',
  'diagnosis',
] as const;
export type AnalyticsTab = (typeof TABS)[number];

export const FUNNEL_MODES = ['ordered', 'strict', 'any'] as const;
export type FunnelMode = (typeof FUNNEL_MODES)[number];

export const PATH_LEVELS = ['touchpoint', 'stage', 'channel'] as const;
export type PathLevel = (typeof PATH_LEVELS)[number];

export type SankeyDirection = 'after' | 'before';

/** A funnel step: a stage, or any of a set of touchpoints. */
export type StepState =
  | { readonly kind: 'stage'; readonly stageId: string }
  | { readonly kind: 'touchpoints'; readonly touchpointIds: readonly string[] };

export type BreakdownState =
  | { readonly by: 'persona' }
  | { readonly by: 'first-channel' }
  | { readonly by: 'trait'; readonly name: string };

export interface FilterState {
  /** null: the server's default (the first current journey). */
  readonly journeyId: string | null;
  /** Calendar days `YYYY-MM-DD`, both included. */
  readonly from: string | null;
  readonly to: string | null;
  readonly personaIds: readonly string[];
  readonly channelIds: readonly string[];
  readonly traitName: string;
  readonly traitValues: readonly string[];
}

export interface FunnelState {
  /** null: every stage of the map, in order. */
  readonly steps: readonly StepState[] | null;
  readonly mode: FunnelMode;
  /** null: the server's default window. */
  readonly windowHours: number | null;
  readonly excludedIds: readonly string[];
  readonly breakdown: BreakdownState | null;
}

export interface PathsState {
  readonly level: PathLevel;
  /** Share of arcs kept, 0…1. */
  readonly share: number;
  /** Node id the Sankey starts from or leads to; null: from the start. */
  readonly anchor: string | null;
  readonly direction: SankeyDirection;
  /** Steps the Sankey draws besides its anchor. */
  readonly depth: number;
}

export interface AnalyticsQuery {
  readonly tab: AnalyticsTab;
  readonly filters: FilterState;
  readonly funnel: FunnelState;
  readonly paths: PathsState;
}

export const DEFAULT_SHARE = 0.3;

export const DEFAULT_QUERY: AnalyticsQuery = {
  tab: 'funnel',
  filters: {
    journeyId: null,
    from: null,
    to: null,
    personaIds: [],
    channelIds: [],
    traitName: '',
    traitValues: [],
  },
  funnel: { steps: null, mode: 'ordered', windowHours: null, excludedIds: [], breakdown: null },
  paths: { level: 'touchpoint', share: DEFAULT_SHARE, anchor: null, direction: 'after', depth: 4 },
};

const oneOf = <T extends string>(values: readonly T[], value: string | null, fallback: T): T =>
  values.find((candidate) => candidate === value) ?? fallback;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const day = (value: string | null): string | null =>
  value !== null && DAY.test(value) ? value : null;

function positive(value: string | null): number | null {
  if (value === null) return null;
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? number : null;
}

function ratio(value: string | null, fallback: number): number {
  if (value === null || value.trim() === '') return fallback;
  const number = Number(value);
  return Number.isFinite(number) ? Math.min(1, Math.max(0, number)) : fallback;
}

export const MIN_DEPTH = 2;
export const MAX_DEPTH = 8;

function depthOf(value: string | null, fallback: number): number {
  const number = Number(value);
  return Number.isInteger(number) && number >= MIN_DEPTH && number <= MAX_DEPTH ? number : fallback;
}

const nonEmpty = (values: readonly string[]): string[] => values.filter((value) => value !== '');

/** `stage:ID` or `touchpoints:ID1+ID2`; unknown forms are dropped. */
function parseStep(text: string): StepState | null {
  const colon = text.indexOf(':');
  if (colon < 0) return null;
  const kind = text.slice(0, colon);
  const rest = text.slice(colon + 1);
  if (kind === 'stage' && rest !== '') return { kind: 'stage', stageId: rest };
  const ids = nonEmpty(rest.split('+'));
  if (kind === 'touchpoints' && ids.length > 0) return { kind: 'touchpoints', touchpointIds: ids };
  return null;
}

const stepText = (step: StepState): string =>
  step.kind === 'stage' ? `stage:${step.stageId}` : `touchpoints:${step.touchpointIds.join('+')}`;

function parseBreakdown(text: string | null): BreakdownState | null {
  if (text === 'persona' || text === 'first-channel') return { by: text };
  if (text?.startsWith('trait:') && text.length > 'trait:'.length) {
    return { by: 'trait', name: text.slice('trait:'.length) };
  }
  return null;
}

const breakdownText = (breakdown: BreakdownState): string =>
  breakdown.by === 'trait' ? `trait:${breakdown.name}` : breakdown.by;

/** Reads the state from a query string (`location.search`, with or without "?"). */
export function parseAnalyticsQuery(search: string): AnalyticsQuery {
  const query = new URLSearchParams(search);
  const steps = query
    .getAll('step')
    .map(parseStep)
    .filter((step) => step !== null);
  const defaults = DEFAULT_QUERY;
  return {
    tab: oneOf(TABS, query.get('tab'), defaults.tab),
    filters: {
      journeyId: query.get('journey') || null,
      from: day(query.get('from')),
      to: day(query.get('to')),
      personaIds: nonEmpty(query.getAll('persona')),
      channelIds: nonEmpty(query.getAll('channel')),
      traitName: query.get('trait')?.trim() ?? '',
      traitValues: nonEmpty(query.getAll('traitValue').map((value) => value.trim())),
    },
    funnel: {
      steps: steps.length > 0 ? steps : null,
      mode: oneOf(FUNNEL_MODES, query.get('mode'), defaults.funnel.mode),
      windowHours: positive(query.get('window')),
      excludedIds: nonEmpty(query.getAll('exclude')),
      breakdown: parseBreakdown(query.get('breakdown')),
    },
    paths: {
      level: oneOf(PATH_LEVELS, query.get('level'), defaults.paths.level),
      share: ratio(query.get('share'), defaults.paths.share),
      anchor: query.get('anchor') || null,
      direction: query.get('direction') === 'before' ? 'before' : 'after',
      depth: depthOf(query.get('depth'), defaults.paths.depth),
    },
  };
}

/** The query string of a state, without "?"; defaults are left out to keep links short. */
export function serializeAnalyticsQuery(state: AnalyticsQuery): string {
  const query = new URLSearchParams();
  const put = (name: string, value: string | null, fallback: string | null = null) => {
    if (value !== null && value !== '' && value !== fallback) query.append(name, value);
  };
  const putAll = (name: string, values: readonly string[]) => {
    for (const value of values) query.append(name, value);
  };
  const { filters, funnel, paths } = state;
  put('tab', state.tab, DEFAULT_QUERY.tab);
  put('journey', filters.journeyId);
  put('from', filters.from);
  put('to', filters.to);
  putAll('persona', filters.personaIds);
  putAll('channel', filters.channelIds);
  put('trait', filters.traitName);
  if (filters.traitName !== '') putAll('traitValue', filters.traitValues);
  putAll('step', (funnel.steps ?? []).map(stepText));
  put('mode', funnel.mode, DEFAULT_QUERY.funnel.mode);
  put('window', funnel.windowHours === null ? null : String(funnel.windowHours));
  putAll('exclude', funnel.excludedIds);
  put('breakdown', funnel.breakdown === null ? null : breakdownText(funnel.breakdown));
  put('level', paths.level, DEFAULT_QUERY.paths.level);
  put('share', String(paths.share), String(DEFAULT_QUERY.paths.share));
  put('anchor', paths.anchor);
  put('direction', paths.direction, DEFAULT_QUERY.paths.direction);
  put('depth', String(paths.depth), String(DEFAULT_QUERY.paths.depth));
  return query.toString();
}

/** Whether any filter narrows the customers analysed (the journey does not count). */
export const hasFilters = (filters: FilterState): boolean =>
  filters.from !== null ||
  filters.to !== null ||
  filters.personaIds.length > 0 ||
  filters.channelIds.length > 0 ||
  (filters.traitName !== '' && filters.traitValues.length > 0);
