/**
 * Spreadsheet cell values of touchpoint tables, read and written in English or French.
 * Readers are lenient about what consultants type (accents, case, `1 250,50`, `oui`, `x`);
 * writers produce one canonical form per language, which the readers read back unchanged.
 */
import type { ModelLanguage } from './defaults.ts';
import type { Money, Performance, WorkspaceModel } from './schema.ts';

export type CostPeriod = Money['period'];

/** A cell read: its value, or why it was refused (the message names what is expected). */
export type Cell<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly message: string };

const accept = <T>(value: T): Cell<T> => ({ ok: true, value });
const refuse = <T>(message: string): Cell<T> => ({ ok: false, message });

/** Lower case, no accents, single spaces: how names and words are compared. */
export const normalizeWord = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .trim();

const quoted = (text: string): string => JSON.stringify(text);

/** Words accepted for each value, in English, French and variants; each language writes its own. */
function wordReader<T extends string>(
  words: Record<T, { en: string; fr: string; also?: readonly string[] }>,
) {
  const byWord = new Map<string, T>();
  for (const [value, names] of Object.entries(words) as [T, (typeof words)[T]][]) {
    for (const word of [value, names.en, names.fr, ...(names.also ?? [])]) {
      byWord.set(normalizeWord(word), value);
    }
  }
  const expected = Object.values<{ en: string; fr: string }>(words)
    .map((names) => `${names.en}/${names.fr}`)
    .join(', ');
  return {
    read: (text: string): Cell<T> => {
      const value = byWord.get(normalizeWord(text));
      return value === undefined
        ? refuse(`must be one of ${expected}, got ${quoted(text)}`)
        : accept(value);
    },
    write: (value: T, lang: ModelLanguage): string => words[value][lang],
    choices: (lang: ModelLanguage): string[] =>
      Object.values<{ en: string; fr: string }>(words).map((n) => n[lang]),
  };
}

export const performanceWords = wordReader<Performance>({
  enchantment: { en: 'enchantment', fr: 'enchantement' },
  neutral: { en: 'neutral', fr: 'neutre' },
  irritant: { en: 'irritant', fr: 'irritant' },
  missing: { en: 'missing', fr: 'non existant', also: ['non-existant', 'inexistant'] },
});

export const periodWords = wordReader<CostPeriod>({
  'one-off': { en: 'one-off', fr: 'ponctuel', also: ['one off', 'once', 'unique'] },
  monthly: { en: 'monthly', fr: 'mensuel', also: ['month', 'mois', 'par mois'] },
  yearly: { en: 'yearly', fr: 'annuel', also: ['annual', 'year', 'an', 'par an'] },
});

const TRUE_WORDS = new Set(['yes', 'y', 'oui', 'o', 'true', 'vrai', '1', 'x']);
const FALSE_WORDS = new Set(['no', 'n', 'non', 'false', 'faux', '0', '']);

export function readBoolean(text: string): Cell<boolean> {
  const word = normalizeWord(text);
  if (TRUE_WORDS.has(word)) return accept(true);
  if (FALSE_WORDS.has(word)) return accept(false);
  return refuse(`must be yes/no, oui/non, true/false, 1/0 or x, got ${quoted(text)}`);
}

export const writeBoolean = (value: boolean, lang: ModelLanguage): string =>
  lang === 'fr' ? (value ? 'oui' : 'non') : value ? 'yes' : 'no';

export const booleanChoices = (lang: ModelLanguage): string[] => [
  writeBoolean(true, lang),
  writeBoolean(false, lang),
];

/**
 * A decimal as typed in either language: `1250.50`, `1,250.50`, `1 250,50`, `1250,5`, `-2`,
 * `+3`, `−3` (typographic minus). A lone comma is a decimal comma (the French habit) unless it
 * groups thousands several times (`1,250,000`). Returns the canonical `-1250.5` form as digits
 * so that money can be converted to cents without binary rounding.
 */
function canonicalDecimal(text: string): string | undefined {
  let digits = text.replace(/[\s\u00a0\u202f']/g, '').replace(/^\u2212/, '-');
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    const thousands = lastComma > lastDot ? '.' : ',';
    digits = digits.replaceAll(thousands, '').replace(',', '.');
  } else if (/^[+-]?\d{1,3}(,\d{3}){2,}$/.test(digits)) {
    digits = digits.replaceAll(',', '');
  } else {
    digits = digits.replace(',', '.');
  }
  return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(digits) ? digits.replace(/^\+/, '') : undefined;
}

export function readNumber(text: string, min: number): Cell<number> {
  const canonical = canonicalDecimal(text);
  const value = canonical === undefined ? Number.NaN : Number(canonical);
  if (!Number.isFinite(value)) return refuse(`must be a number, got ${quoted(text)}`);
  if (value < min) return refuse(`must be at least ${min}, got ${quoted(text)}`);
  return accept(value);
}

export function readInteger(text: string, min: number, max?: number): Cell<number> {
  const canonical = canonicalDecimal(text);
  const value = canonical === undefined ? Number.NaN : Number(canonical);
  const range = max === undefined ? `at least ${min}` : `between ${min} and ${max}`;
  if (!Number.isSafeInteger(value))
    return refuse(`must be a whole number ${range}, got ${quoted(text)}`);
  if (value < min || (max !== undefined && value > max)) {
    return refuse(`must be ${range}, got ${quoted(text)}`);
  }
  return accept(value);
}

const MAX_CENTS = 1e15;

/** An amount in the workspace currency, to cents; its symbol or ISO code may be typed along. */
export function readCents(text: string, currency: string): Cell<number> {
  const bare = text.replace(/[€$£¥]/g, '').replace(new RegExp(`\\b${currency}\\b`, 'i'), '');
  const canonical = canonicalDecimal(bare.trim());
  const [units = '', decimals = ''] = canonical?.split('.') ?? [];
  if (canonical === undefined || canonical.startsWith('-')) {
    return refuse(
      `must be an amount in ${currency} such as 1250.50 or 1 250,50, got ${quoted(text)}`,
    );
  }
  if (decimals.length > 2) return refuse(`must have at most 2 decimals, got ${quoted(text)}`);
  const cents = Number(units || '0') * 100 + Number(decimals.padEnd(2, '0'));
  return cents > MAX_CENTS ? refuse(`is too large, got ${quoted(text)}`) : accept(cents);
}

export const writeCents = (cents: number, lang: ModelLanguage): string =>
  writeNumber(cents / 100, lang, 2);

/** Numbers without grouping, with the decimal mark of the language (French: comma). */
export function writeNumber(value: number, lang: ModelLanguage, fixedDecimals?: number): string {
  const text = fixedDecimals === undefined ? String(value) : value.toFixed(fixedDecimals);
  return lang === 'fr' ? text.replace('.', ',') : text;
}

/** Finds model items by name, forgiving case and accents; names them for export. */
export interface NameIndex {
  readonly names: readonly string[];
  idOf(name: string): Cell<string>;
  nameOf(id: string): string;
}

export interface ModelNames {
  readonly currency: string;
  readonly stages: NameIndex;
  readonly channels: NameIndex;
  readonly phases: NameIndex;
  readonly objectives: NameIndex;
}

function nameIndex(items: readonly { id: string; name: string }[], plural: string): NameIndex {
  const names = items.map((item) => item.name);
  const listed = names.length > 12 ? `${names.slice(0, 12).join(', ')}, …` : names.join(', ');
  // The first item of a name wins; an exact spelling beats one that differs in case or accents.
  const exact = new Map<string, string>();
  const loose = new Map<string, string>();
  const byId = new Map<string, string>();
  for (const { id, name } of [...items].reverse()) {
    exact.set(name.trim(), id);
    loose.set(normalizeWord(name), id);
    byId.set(id, name);
  }
  const singular = plural.slice(0, -1);
  return {
    names,
    idOf: (name) => {
      const id = exact.get(name) ?? loose.get(normalizeWord(name));
      return id !== undefined
        ? accept(id)
        : refuse(`no ${singular} named ${quoted(name)} (${plural}: ${listed || 'none'})`);
    },
    nameOf: (id) => byId.get(id) ?? id,
  };
}

export const modelNames = (model: WorkspaceModel): ModelNames => ({
  currency: model.currency,
  stages: nameIndex(model.stages, 'stages'),
  channels: nameIndex(model.channels, 'channels'),
  phases: nameIndex(model.phases, 'phases'),
  objectives: nameIndex(model.objectives, 'objectives'),
});
