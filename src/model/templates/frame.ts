/**
 * The frame of a template workspace: personas, lifecycle phases, stages,
 * channels (with their media), strategic objectives and owners, each written
 * once in French and English under a stable key. Journeys refer to these keys;
 * `buildFrame` turns them into model items in one language with fresh ids.
 */
import type { ModelLanguage } from '../defaults.ts';
import type { ChannelKind, WorkspaceModel } from '../schema.ts';

/** A text in French, then English. */
export type Bi = readonly [fr: string, en: string];

export const inLanguage = (text: Bi, lang: ModelLanguage): string =>
  lang === 'fr' ? text[0] : text[1];

export interface PersonaSpec {
  readonly name: Bi;
  readonly description: Bi;
  readonly goals: readonly Bi[];
  readonly frustrations: readonly Bi[];
  /** Share of the customer base, 0–1; the shares of a template sum to at most 1. */
  readonly share: number;
  readonly color: string;
}

export interface NamedSpec {
  readonly name: Bi;
  readonly description: Bi;
}

export interface ChannelSpec {
  readonly name: Bi;
  readonly kind: ChannelKind;
  /** Media keys are unique across the channels of a frame: a medium names its channel. */
  readonly media: Readonly<Record<string, Bi>>;
}

export interface ObjectiveSpec extends NamedSpec {
  readonly weight: number;
}

/** Records keep their insertion order, which becomes the display order. */
export interface FrameSpec {
  readonly personas: Readonly<Record<string, PersonaSpec>>;
  readonly phases: Readonly<Record<string, NamedSpec>>;
  readonly stages: Readonly<Record<string, NamedSpec>>;
  readonly channels: Readonly<Record<string, ChannelSpec>>;
  readonly objectives: Readonly<Record<string, ObjectiveSpec>>;
  readonly owners: Readonly<Record<string, Bi>>;
}

/** The keys a journey may use, so that its rows are checked against the frame when compiled. */
export interface FrameKeys {
  readonly persona: string;
  readonly phase: string;
  readonly stage: string;
  readonly media: string;
  readonly objective: string;
  readonly owner: string;
}

type KeyOf<T> = keyof T & string;
type MediaKeyOf<C extends FrameSpec['channels']> = {
  [K in keyof C]: KeyOf<C[K]['media']>;
}[keyof C];

export type KeysOf<F extends FrameSpec> = {
  readonly persona: KeyOf<F['personas']>;
  readonly phase: KeyOf<F['phases']>;
  readonly stage: KeyOf<F['stages']>;
  readonly media: MediaKeyOf<F['channels']>;
  readonly objective: KeyOf<F['objectives']>;
  readonly owner: KeyOf<F['owners']>;
};

type IdKind = 'persona' | 'phase' | 'stage' | 'objective';

/** A frame built in one language: the workspace without journeys, and lookups by key. */
export interface Frame {
  readonly lang: ModelLanguage;
  readonly model: WorkspaceModel;
  readonly text: (value: Bi) => string;
  readonly id: (kind: IdKind, key: string) => string;
  readonly stageIndex: (stageId: string) => number;
  readonly medium: (key: string) => { readonly channelId: string; readonly name: string };
  readonly owner: (key: string) => string;
}

/** A template that refers to a key it does not define is a bug in the template. */
export function lookup<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Template refers to an unknown ${what}: ${key}`);
  return value;
}

export function buildFrame(spec: FrameSpec, lang: ModelLanguage, newId: () => string): Frame {
  const text = (value: Bi) => inLanguage(value, lang);
  const ids = new Map<string, string>();
  const keyed = <S, T>(
    kind: string,
    specs: Readonly<Record<string, S>>,
    make: (id: string, item: S) => T,
  ) =>
    Object.entries(specs).map(([key, item]) => {
      const id = newId();
      ids.set(`${kind}:${key}`, id);
      return make(id, item);
    });
  const media = new Map<string, { channelId: string; name: string }>();

  const personas = keyed('persona', spec.personas, (id, persona) => ({
    id,
    name: text(persona.name),
    description: text(persona.description),
    goals: persona.goals.map(text),
    frustrations: persona.frustrations.map(text),
    share: persona.share,
    color: persona.color,
    pictureUrl: null,
  }));
  const named = (id: string, item: NamedSpec) => ({
    id,
    name: text(item.name),
    description: text(item.description),
  });
  const phases = keyed('phase', spec.phases, named);
  const stages = keyed('stage', spec.stages, named);
  const channels = keyed('channel', spec.channels, (id, channel) => {
    for (const [key, name] of Object.entries(channel.media)) {
      if (media.has(key)) throw new Error(`Template defines the medium ${key} twice`);
      media.set(key, { channelId: id, name: text(name) });
    }
    return {
      id,
      name: text(channel.name),
      kind: channel.kind,
      media: Object.values(channel.media).map(text),
    };
  });
  const objectives = keyed('objective', spec.objectives, (id, objective) => ({
    ...named(id, objective),
    weight: objective.weight,
  }));
  const owners = new Map(Object.entries(spec.owners).map(([key, name]) => [key, text(name)]));
  const stageIndexes = new Map(stages.map((stage, index) => [stage.id, index]));

  return {
    lang,
    model: { currency: 'EUR', personas, phases, stages, channels, objectives, journeys: [] },
    text,
    id: (kind, key) => lookup(ids, `${kind}:${key}`, kind),
    stageIndex: (stageId) => lookup(stageIndexes, stageId, 'stage id'),
    medium: (key) => lookup(media, key, 'medium'),
    owner: (key) => lookup(owners, key, 'owner'),
  };
}
