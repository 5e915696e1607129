/**
 * The model's forms are uncontrolled: their values are read once, as strings, on submit.
 * This module turns those strings into typed items (or local field errors) and back.
 */
import type { ItemFields, ListEntity, ListItem } from './model-ops.ts';
import { formatShare, parseShare } from './share.ts';

export type FormValues = Readonly<Record<string, string>>;
/** Problems found before sending anything; their messages have no placeholders. */
export type LocalErrorKey =
  | 'model.error.required'
  | 'model.error.share'
  | 'model.error.url'
  | 'model.error.weight';
export type LocalErrors = Readonly<Record<string, LocalErrorKey>>;
export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: LocalErrors };

/** A list typed one item per line (goals, frustrations, media); blank lines are dropped. */
export const parseLines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

export const joinLines = (items: readonly string[]): string => items.join('\n');

/** Colours given to new personas in turn, so that cards and curves tell them apart. */
export const PERSONA_COLORS = ['#3b5bdb', '#e8590c', '#2b8a3e', '#ae3ec9', '#1098ad', '#c92a2a'];

const text = (values: FormValues, name: string): string => (values[name] ?? '').trim();

/** Reads the fields one by one, remembering the first problem of each. */
class Reader {
  readonly errors: Record<string, LocalErrorKey> = {};
  constructor(private readonly values: FormValues) {}

  required(name: string): string {
    const value = text(this.values, name);
    if (value === '') this.errors[name] = 'model.error.required';
    return value;
  }

  optional(name: string): string {
    return text(this.values, name);
  }

  lines(name: string): string[] {
    return parseLines(this.values[name] ?? '');
  }

  share(name: string): number | null {
    const parsed = parseShare(text(this.values, name));
    if (parsed.ok) return parsed.value;
    this.errors[name] = 'model.error.share';
    return null;
  }

  url(name: string): string | null {
    const value = text(this.values, name);
    if (value === '') return null;
    if (!/^https?:\/\/\S+$/i.test(value) || !URL.canParse(value)) {
      this.errors[name] = 'model.error.url';
    }
    return value;
  }

  weight(name: string): number {
    const value = Number(text(this.values, name).replace(',', '.'));
    const valid = text(this.values, name) !== '' && value >= 0 && value <= 100;
    if (!valid) this.errors[name] = 'model.error.weight';
    return valid ? value : 0;
  }

  done<T>(value: T): Parsed<T> {
    return Object.keys(this.errors).length === 0
      ? { ok: true, value }
      : { ok: false, errors: this.errors };
  }
}

type Parsers = { readonly [E in ListEntity]: (values: FormValues) => Parsed<ItemFields<E>> };

function parseNamed(values: FormValues): Parsed<{ name: string; description: string }> {
  const read = new Reader(values);
  return read.done({ name: read.required('name'), description: read.optional('description') });
}

export const PARSERS: Parsers = {
  persona: (values) => {
    const read = new Reader(values);
    const color = read.optional('color');
    return read.done({
      name: read.required('name'),
      description: read.optional('description'),
      goals: read.lines('goals'),
      frustrations: read.lines('frustrations'),
      share: read.share('share'),
      color: /^#[0-9a-f]{6}$/i.test(color) ? color : (PERSONA_COLORS[0] ?? '#3b5bdb'),
      pictureUrl: read.url('pictureUrl'),
    });
  },
  phase: parseNamed,
  stage: parseNamed,
  channel: (values) => {
    const read = new Reader(values);
    return read.done({
      name: read.required('name'),
      kind: read.optional('kind') === 'physical' ? 'physical' : 'digital',
      media: read.lines('media'),
    });
  },
  objective: (values) => {
    const read = new Reader(values);
    return read.done({
      name: read.required('name'),
      description: read.optional('description'),
      weight: read.weight('weight'),
    });
  },
};

type Presets = {
  readonly [E in ListEntity]: (item: ListItem<E> | null, context: PresetContext) => FormValues;
};

export interface PresetContext {
  readonly lang: string;
  /** How many items the list holds, to vary the defaults of a new one. */
  readonly count: number;
}

const named = (item: { name: string; description: string } | null): FormValues => ({
  name: item?.name ?? '',
  description: item?.description ?? '',
});

/** The values a form starts with: the item's, or the defaults of a new one. */
export const PRESETS: Presets = {
  persona: (item, { lang, count }) => ({
    ...named(item),
    goals: joinLines(item?.goals ?? []),
    frustrations: joinLines(item?.frustrations ?? []),
    share: formatShare(item?.share ?? null, lang),
    color: item?.color ?? PERSONA_COLORS[count % PERSONA_COLORS.length] ?? '#3b5bdb',
    pictureUrl: item?.pictureUrl ?? '',
  }),
  phase: named,
  stage: named,
  channel: (item) => ({
    name: item?.name ?? '',
    kind: item?.kind ?? 'digital',
    media: joinLines(item?.media ?? []),
  }),
  objective: (item) => ({ ...named(item), weight: String(item?.weight ?? 1) }),
};

/** "eur " → "EUR"; null when it is not a three-letter code. */
export function parseCurrency(value: string): string | null {
  const code = value.trim().toUpperCase();
  return /^[A-Z]{3}$/.test(code) ? code : null;
}
