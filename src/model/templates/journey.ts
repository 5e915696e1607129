/**
 * A template journey written as a consultant's qualification grid: one row per
 * touchpoint (where, who, how it performs, what it costs and weighs), its
 * texts in both languages keyed by the row key, and the flows between rows.
 */
import type { Journey, Performance, Touchpoint, Transition } from '../schema.ts';
import { type Bi, type Frame, type FrameKeys, lookup } from './frame.ts';

export type Score = 1 | 2 | 3 | 4 | 5;
export type Emotion = -3 | -2 | -1 | 0 | 1 | 2 | 3;
export type Period = 'once' | 'month' | 'year';
/** `truth`: moment of truth; `rupture`: the customer cannot go on in the same channel. */
export type Flags = '' | 'truth' | 'rupture' | 'truth+rupture';

/**
 * One touchpoint, qualified. Cost is in euros (cents in the model) per period;
 * audience is people reached per month; setup is the one-off effort to put the
 * touchpoint in place, in hours, and processing (the `run` column of the
 * grids) the hours of work per month to operate it. A `missing` touchpoint
 * carries the estimate of what offering it would take.
 */
export type Row<K extends FrameKeys, T extends string = string> = readonly [
  key: T,
  stage: K['stage'],
  medium: K['media'],
  owner: K['owner'],
  phase: K['phase'],
  performance: Performance,
  emotion: Emotion,
  importance: Score,
  investment: Score,
  impact: Score,
  costEuros: number,
  period: Period,
  audience: number,
  setupHours: number,
  processingHours: number,
  objectives: readonly K['objective'][],
  flags: Flags,
];

/** Name, description, notes. */
export type Texts = readonly [name: string, description: string, notes: string];
export type TextTable<T extends string> = Readonly<
  Record<T, { readonly fr: Texts; readonly en: Texts }>
>;

/** The keys of the rows at some stages, to split a long text table by stage. */
export type KeyAt<R extends Row<FrameKeys>, S extends string> = Extract<
  R,
  readonly [string, S, ...unknown[]]
>[0];

/** A flow from one touchpoint to another; `broken` when the switch fails (a rupture). */
export type Link<T extends string> = readonly [from: T, to: T, label: Bi, broken?: 'broken'];

export interface JourneySpec<K extends FrameKeys, T extends string> {
  readonly persona: K['persona'];
  readonly name: Bi;
  readonly rows: readonly Row<K, T>[];
  readonly texts: TextTable<T>;
  readonly links: readonly Link<T>[];
}

export interface BuiltJourney {
  readonly journey: Journey;
  /** Touchpoint ids by row key. */
  readonly ids: ReadonlyMap<string, string>;
}

const PERIODS = { once: 'one-off', month: 'monthly', year: 'yearly' } as const;

export const costOf = (euros: number, period: Period): Touchpoint['cost'] => ({
  amountCents: Math.round(euros * 100),
  period: PERIODS[period],
});

export function touchpointOf(
  frame: Frame,
  row: Row<FrameKeys>,
  texts: { readonly fr: Texts; readonly en: Texts },
  id: string,
): Touchpoint {
  const [
    ,
    stage,
    medium,
    owner,
    phase,
    performance,
    emotion,
    importance,
    investment,
    impact,
    euros,
    period,
    audience,
    setupHours,
    processingHours,
    objectives,
    flags,
  ] = row;
  const { channelId, name: media } = frame.medium(medium);
  const [name, description, notes] = texts[frame.lang];
  return {
    id,
    stageId: frame.id('stage', stage),
    channelId,
    name,
    description,
    media,
    owner: frame.owner(owner),
    cost: costOf(euros, period),
    audience,
    performance,
    importance,
    investment,
    setupHours,
    processingHours,
    impact,
    objectiveIds: objectives.map((objective) => frame.id('objective', objective)),
    lifecyclePhaseId: frame.id('phase', phase),
    emotion,
    momentOfTruth: flags.includes('truth'),
    rupture: flags.includes('rupture'),
    notes,
    derivedFromId: null,
  };
}

export function transitionOf(
  frame: Frame,
  link: Link<string>,
  ids: ReadonlyMap<string, string>,
  id: string,
): Transition {
  const [from, to, label, broken] = link;
  return {
    id,
    fromId: lookup(ids, from, 'touchpoint'),
    toId: lookup(ids, to, 'touchpoint'),
    possible: broken === undefined,
    label: frame.text(label),
  };
}

export function buildJourney<K extends FrameKeys, T extends string>(
  frame: Frame,
  spec: JourneySpec<K, T>,
  newId: () => string,
): BuiltJourney {
  const id = newId();
  const ids = new Map<string, string>();
  const touchpoints = spec.rows.map((row) => {
    const touchpointId = newId();
    ids.set(row[0], touchpointId);
    return touchpointOf(frame, row, spec.texts[row[0]], touchpointId);
  });
  const transitions = spec.links.map((link) => transitionOf(frame, link, ids, newId()));
  const journey: Journey = {
    id,
    personaId: frame.id('persona', spec.persona),
    state: 'current',
    name: frame.text(spec.name),
    derivedFromId: null,
    touchpoints,
    transitions,
  };
  return { journey, ids };
}
