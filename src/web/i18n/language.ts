/** The languages of the interface. English is the reference and the fallback. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const DEFAULT_LANG: Lang = 'en';

/** localStorage key holding the user's explicit choice, which beats the browser's settings. */
export const LANG_STORAGE_KEY = 'parcours.lang';

export const isLang = (value: unknown): value is Lang =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/**
 * Picks the interface language: the saved choice if valid, else the first of the browser's
 * preferred languages we support (`fr-CA` counts as `fr`), else English.
 */
export function chooseLanguage(saved: string | null, preferred: readonly string[]): Lang {
  if (isLang(saved)) return saved;
  for (const tag of preferred) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}
