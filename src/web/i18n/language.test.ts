import { describe, expect, it } from 'vitest';
import { chooseLanguage, isLang } from './language.ts';

describe('chooseLanguage', () => {
  it('prefers the saved choice', () => {
    expect(chooseLanguage('fr', ['en-US'])).toBe('fr');
    expect(chooseLanguage('en', ['fr-FR'])).toBe('en');
  });

  it('ignores an invalid saved value', () => {
    expect(chooseLanguage('de', ['fr-FR'])).toBe('fr');
    expect(chooseLanguage('', [])).toBe('en');
  });

  it('takes the first supported browser language, by primary subtag', () => {
    expect(chooseLanguage(null, ['de-DE', 'fr-CA', 'en'])).toBe('fr');
    expect(chooseLanguage(null, ['es', 'en-GB', 'fr'])).toBe('en');
    expect(chooseLanguage(null, ['FR'])).toBe('fr');
  });

  it('falls back to English', () => {
    expect(chooseLanguage(null, [])).toBe('en');
    expect(chooseLanguage(null, ['de', 'it'])).toBe('en');
  });
});

describe('isLang', () => {
  it('accepts only supported codes', () => {
    expect(isLang('fr')).toBe(true);
    expect(isLang('fr-FR')).toBe(false);
    expect(isLang(undefined)).toBe(false);
  });
});
