import { describe, expect, it } from 'vitest';
import {
  encodeCustomerCursor,
  foldText,
  mergeTraits,
  normaliseCustomerQuery,
  rankChannels,
} from './customer-contract.ts';
import { InvalidEventQueryError } from './port.ts';

describe('customer query rules', () => {
  it('applies defaults and folds the search text', () => {
    expect(normaliseCustomerQuery('ws', { search: '  Léa MARTIN ' })).toEqual({
      search: 'lea martin',
      customerId: null,
      sort: 'lastSeen',
      order: 'desc',
      limit: 50,
      after: null,
    });
    expect(normaliseCustomerQuery('ws', { search: '   ' }).search).toBeNull();
    expect(foldText('Ÿvës Ñoël')).toBe('yves noel');
  });

  it('reads back its own cursors, and only for the same sort order', () => {
    const after = encodeCustomerCursor('eventCount', 'asc', { key: -42n, customerId: 'cus_a:b' });
    expect(normaliseCustomerQuery('ws', { sort: 'eventCount', order: 'asc', after }).after).toEqual(
      {
        key: -42n,
        customerId: 'cus_a:b',
      },
    );
    expect(() => normaliseCustomerQuery('ws', { after })).toThrow(/another sort order/);
  });

  it('refuses malformed arguments with the field at fault', () => {
    const bad: [object, string][] = [
      [{ limit: 0 }, 'limit'],
      [{ limit: 1.5 }, 'limit'],
      [{ sort: 'name' }, 'sort'],
      [{ order: 'up' }, 'order'],
      [{ search: 'x'.repeat(201) }, 'search'],
      [{ after: 'not base64!' }, 'after'],
      [{ after: Buffer.from('k1:lastSeen:desc:1').toString('base64url') }, 'after'],
      [{ customerId: '' }, 'customerId'],
    ];
    for (const [query, field] of bad) {
      expect(() => normaliseCustomerQuery('ws', query)).toThrow(InvalidEventQueryError);
      try {
        normaliseCustomerQuery('ws', query);
      } catch (error) {
        expect((error as InvalidEventQueryError).field).toBe(field);
      }
    }
    expect(() => normaliseCustomerQuery('', {})).toThrow(InvalidEventQueryError);
  });
});

describe('traits and channels', () => {
  it('merges traits oldest first: the latest value of each trait wins', () => {
    expect(
      mergeTraits([{ name: 'Léa Dupont', plan: 'free' }, { name: 'Léa Martin' }, { plan: null }]),
    ).toEqual({ name: 'Léa Martin', plan: null });
  });

  it('keeps a "__proto__" trait as data, never as a prototype', () => {
    const merged = mergeTraits([
      JSON.parse('{"__proto__": {"admin": true}}') as Record<string, unknown>,
    ]);
    expect(Object.getPrototypeOf(merged)).toBe(Object.prototype);
    expect(Object.keys(merged)).toEqual(['__proto__']);
    expect((merged as { admin?: boolean }).admin).toBeUndefined();
  });

  it('ranks channels by use, then by name', () => {
    expect(
      rankChannels(
        new Map([
          ['web', 2],
          ['store', 5],
          ['app', 2],
        ]),
      ),
    ).toEqual(['store', 'app', 'web']);
  });
});
