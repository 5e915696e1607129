/**
 * A target (to-be) journey written as the changes a consultant recommends on
 * the current one: touchpoints dropped, touchpoints improved, touchpoints
 * added, flows dropped, repaired or added. Every kept touchpoint records the
 * current touchpoint it comes from (`derivedFromId`).
 */
import type { Journey, Performance, Touchpoint } from '../schema.ts';
import { type Bi, type Frame, type FrameKeys, lookup } from './frame.ts';
import {
  type BuiltJourney,
  costOf,
  type Emotion,
  type Flags,
  type JourneySpec,
  type Link,
  type Period,
  type Row,
  type Score,
  type TextTable,
  touchpointOf,
  transitionOf,
} from './journey.ts';

/** What the target changes on a kept touchpoint; fields left out keep their current value. */
export interface Change<K extends FrameKeys> {
  readonly performance: Performance;
  readonly emotion: Emotion;
  /** Why the touchpoint now performs better: replaces the current notes. */
  readonly notes: Bi;
  readonly name?: Bi;
  /** A new medium, when the fix moves the touchpoint to another channel. */
  readonly medium?: K['media'];
  readonly flags?: Flags;
  readonly investment?: Score;
  readonly cost?: readonly [euros: number, period: Period];
  readonly setupHours?: number;
}

type Pair<T extends string> = readonly [from: T, to: T];

export interface TargetSpec<K extends FrameKeys, T extends string, A extends string> {
  readonly name: Bi;
  /** Current touchpoints the target gives up. */
  readonly removed: readonly T[];
  readonly changes: Partial<Record<T, Change<K>>>;
  readonly added: readonly Row<K, A>[];
  readonly addedTexts: TextTable<A>;
  /** Current flows the target no longer needs. */
  readonly droppedLinks: readonly Pair<T>[];
  /** Current broken flows that the target makes possible, with what now happens. */
  readonly repairedLinks: readonly (readonly [from: T, to: T, label: Bi])[];
  readonly addedLinks: readonly Link<T | A>[];
}

export function deriveTarget<K extends FrameKeys, T extends string, A extends string>(
  frame: Frame,
  current: JourneySpec<K, T>,
  built: BuiltJourney,
  spec: TargetSpec<K, T, A>,
  newId: () => string,
): Journey {
  const id = newId();
  const removed = new Set<string>(spec.removed);
  const ids = new Map<string, string>();
  const kept = current.rows
    .filter((row) => !removed.has(row[0]))
    .map((row) => {
      const touchpoint = touchpointOf(frame, row, current.texts[row[0]], newId());
      ids.set(row[0], touchpoint.id);
      const derivedFromId = lookup(built.ids, row[0], 'touchpoint');
      return improved(frame, { ...touchpoint, derivedFromId }, spec.changes[row[0]]);
    });
  const added = spec.added.map((row) => {
    const touchpoint = touchpointOf(frame, row, spec.addedTexts[row[0]], newId());
    ids.set(row[0], touchpoint.id);
    return touchpoint;
  });
  for (const key of Object.keys(spec.changes)) {
    if (!ids.has(key)) throw new Error(`Template changes a touchpoint it removed: ${key}`);
  }
  const links = targetLinks(current.links, spec);
  return {
    id,
    personaId: built.journey.personaId,
    state: 'target',
    name: frame.text(spec.name),
    derivedFromId: built.journey.id,
    touchpoints: inStageOrder(frame, [...kept, ...added]),
    transitions: links.map((link) => transitionOf(frame, link, ids, newId())),
  };
}

function improved(
  frame: Frame,
  touchpoint: Touchpoint,
  change: Change<FrameKeys> | undefined,
): Touchpoint {
  if (change === undefined) return touchpoint;
  const { flags, medium } = change;
  return {
    ...touchpoint,
    ...(medium !== undefined && {
      channelId: frame.medium(medium).channelId,
      media: frame.medium(medium).name,
    }),
    performance: change.performance,
    emotion: change.emotion,
    notes: frame.text(change.notes),
    ...(change.name && { name: frame.text(change.name) }),
    ...(flags !== undefined && {
      momentOfTruth: flags.includes('truth'),
      rupture: flags.includes('rupture'),
    }),
    ...(change.investment !== undefined && { investment: change.investment }),
    ...(change.cost && { cost: costOf(...change.cost) }),
    ...(change.setupHours !== undefined && { setupHours: change.setupHours }),
  };
}

/** Added touchpoints go after the kept ones of their stage (the sort is stable). */
const inStageOrder = (frame: Frame, touchpoints: Touchpoint[]): Touchpoint[] =>
  touchpoints.sort((a, b) => frame.stageIndex(a.stageId) - frame.stageIndex(b.stageId));

const pairKey = (from: string, to: string) => `${from} → ${to}`;

function targetLinks<T extends string, A extends string>(
  current: readonly Link<T>[],
  spec: TargetSpec<FrameKeys, T, A>,
): Link<string>[] {
  const existing = new Set(current.map(([from, to]) => pairKey(from, to)));
  const known = (from: T, to: T) => {
    const key = pairKey(from, to);
    if (!existing.has(key)) throw new Error(`Template refers to an unknown flow: ${key}`);
    return key;
  };
  const dropped = new Set(spec.droppedLinks.map(([from, to]) => known(from, to)));
  const repaired = new Map(spec.repairedLinks.map(([from, to, label]) => [known(from, to), label]));
  const removed = new Set<string>(spec.removed);
  const kept = current
    .filter(
      ([from, to]) => !(removed.has(from) || removed.has(to) || dropped.has(pairKey(from, to))),
    )
    .map((link): Link<string> => {
      const label = repaired.get(pairKey(link[0], link[1]));
      return label === undefined ? link : [link[0], link[1], label];
    });
  return [...kept, ...spec.addedLinks];
}
