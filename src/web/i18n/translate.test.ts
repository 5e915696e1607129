import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format.ts';
import { interpolate, placeholdersOf, translate, translator } from './translate.ts';

describe('translate', () => {
  it('looks a key up in the chosen language', () => {
    expect(translate('en', 'nav.settings')).toBe('Settings');
    expect(translate('fr', 'nav.settings')).toBe('Paramètres');
  });

  it('fills placeholders', () => {
    expect(translate('en', 'overview.role', { role: 'Owner' })).toBe('Your role: Owner');
    expect(translate('fr', 'members.roleOf', { name: 'Ada' })).toBe('Rôle de Ada');
  });

  it('binds a language with translator', () => {
    const t = translator('fr');
    expect(t('shell.logout')).toBe('Se déconnecter');
  });
});

describe('interpolate', () => {
  it('replaces every occurrence and accepts numbers', () => {
    expect(interpolate('{a} and {a} make {n}', { a: 'x', n: 2 })).toBe('x and x make 2');
  });

  it('leaves unknown placeholders visible', () => {
    expect(interpolate('Hello {who}', {})).toBe('Hello {who}');
    expect(interpolate('Hello {who}')).toBe('Hello {who}');
  });
});

describe('placeholdersOf', () => {
  it('lists names in order', () => {
    expect(placeholdersOf('{b} then {a}')).toEqual(['b', 'a']);
    expect(placeholdersOf('none')).toEqual([]);
  });
});

describe('formatDateTime', () => {
  const iso = '2024-03-05T14:30:00Z';

  it('formats in the interface language', () => {
    expect(formatDateTime('en', iso)).toMatch(/Mar/);
    expect(formatDateTime('fr', iso)).toMatch(/mars/);
  });

  it('returns the input when it is not a date', () => {
    expect(formatDateTime('en', 'not a date')).toBe('not a date');
  });
});
