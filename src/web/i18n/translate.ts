import { en, type MessageKey } from './en.ts';
import { fr } from './fr.ts';
import type { Lang } from './language.ts';

const dictionaries: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en, fr };

/** Names of the `{placeholders}` in a message, extracted at the type level. */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type ParamsOf<K extends MessageKey> = Readonly<
  Record<Placeholders<(typeof en)[K]>, string | number>
>;

/** Messages without placeholders take no argument; the others require every placeholder. */
export type TranslateArgs<K extends MessageKey> = [Placeholders<(typeof en)[K]>] extends [never]
  ? []
  : [params: ParamsOf<K>];

export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

type Params = Readonly<Record<string, string | number>>;

/** Replaces `{name}` with `params.name`; unknown placeholders are left visible, not blanked. */
export function interpolate(template: string, params?: Params): string {
  if (params === undefined) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}

/** The placeholder names used in a message, in order of appearance. */
export const placeholdersOf = (template: string): string[] =>
  Array.from(template.matchAll(/\{(\w+)\}/g), (match) => match[1] ?? '');

export function translate<K extends MessageKey>(
  lang: Lang,
  key: K,
  ...args: TranslateArgs<K>
): string {
  const params: Params | undefined = args[0];
  return interpolate(dictionaries[lang][key], params);
}

/** A `t` function bound to one language, as handed to components. */
export const translator =
  (lang: Lang): Translate =>
  (key, ...args) =>
    translate(lang, key, ...args);
