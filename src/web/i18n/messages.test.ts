import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from './en.ts';
import { fr } from './fr.ts';
import { placeholdersOf } from './translate.ts';

const keys = Object.keys(en) as MessageKey[];

describe('dictionaries', () => {
  it('French has exactly the English keys', () => {
    expect(Object.keys(fr).sort()).toEqual([...keys].sort());
  });

  it('every message is a non-empty string', () => {
    for (const key of keys) {
      expect(en[key].trim(), key).not.toBe('');
      expect(fr[key].trim(), key).not.toBe('');
    }
  });

  it('French uses the same placeholders as English', () => {
    for (const key of keys) {
      expect(placeholdersOf(fr[key]).sort(), key).toEqual(placeholdersOf(en[key]).sort());
    }
  });
});
