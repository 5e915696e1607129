import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../ingest/event.ts';
import { identityLinks } from '../../ingest/identity.ts';
import { openDuckDbEventStore } from './duckdb.ts';
import { makeEvent } from './fixtures.ts';
import { canAppendWithLinks, type LinkedAppend } from './linked-append.ts';
import { type EventStore, InvalidEventError } from './port.ts';

let store: EventStore & LinkedAppend;

beforeEach(async () => {
  const opened = await openDuckDbEventStore({ path: ':memory:' });
  if (!canAppendWithLinks(opened)) throw new Error('the DuckDB store appends with links');
  store = opened;
});
afterEach(() => store.close());

const event = (messageId: string, userId: string | null, anonymousId: string | null) =>
  makeEvent('ws', { messageId, userId, anonymousId });

describe('DuckDB append with identity links', () => {
  it('records the links of the events it newly stores, and only theirs', async () => {
    const seen: string[][] = [];
    const linksOf = (inserted: readonly EventRecord[]) => {
      seen.push(inserted.map((e) => e.messageId));
      return identityLinks(inserted);
    };
    const first = [event('a', 'u1', 'd1'), event('b', null, 'd2'), event('a', 'u9', 'd9')];
    expect(await store.appendWithIdentityLinks('ws', first, linksOf)).toEqual({
      inserted: 2,
      duplicates: 1,
    });
    // A resent event (now with other ids) is a duplicate: its links are not applied again.
    const again = [event('b', 'u2', 'd2'), event('c', 'u3', null)];
    expect(await store.appendWithIdentityLinks('ws', again, linksOf)).toEqual({
      inserted: 1,
      duplicates: 1,
    });
    expect(seen).toEqual([['a', 'b'], ['c']]);
    const customer = await store.resolveCustomer('ws', { userId: 'u1' });
    expect(customer).not.toBeNull();
    expect(await store.resolveCustomer('ws', { anonymousId: 'd1' })).toBe(customer);
    expect(await store.resolveCustomer('ws', { userId: 'u2' })).toBeNull();
    expect(await store.resolveCustomer('ws', { userId: 'u9' })).toBeNull();
    expect(await store.resolveCustomer('ws', { userId: 'u3' })).not.toBeNull();
  });

  it('stores nothing when recording the links fails, and refuses another workspace', async () => {
    const failing = () => {
      throw new Error('links failed');
    };
    await expect(
      store.appendWithIdentityLinks('ws', [event('a', 'u1', null)], failing),
    ).rejects.toThrow('links failed');
    const foreign = makeEvent('other', { messageId: 'x' });
    await expect(
      store.appendWithIdentityLinks('ws', [event('b', 'u1', null), foreign], identityLinks),
    ).rejects.toBeInstanceOf(InvalidEventError);
    expect(await store.count('ws')).toBe(0);
    expect(await store.resolveCustomer('ws', { userId: 'u1' })).toBeNull();
    // The writer goes on: the same events are stored once it can.
    expect(
      await store.appendWithIdentityLinks('ws', [event('a', 'u1', null)], identityLinks),
    ).toEqual({ inserted: 1, duplicates: 0 });
    expect(await store.resolveCustomer('ws', { userId: 'u1' })).not.toBeNull();
  });

  it('commits concurrent linked appends together, each with its own result', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        store.appendWithIdentityLinks(
          'ws',
          [event(`m${n}`, `u${n % 5}`, `d${n}`), event(`m${n}`, null, 'x')],
          identityLinks,
        ),
      ),
    );
    expect(results.every((r) => r.inserted === 1 && r.duplicates === 1)).toBe(true);
    const owner = await store.resolveCustomer('ws', { userId: 'u0' });
    for (const n of [0, 5, 10, 15]) {
      expect(await store.resolveCustomer('ws', { anonymousId: `d${n}` })).toBe(owner);
    }
    expect(await store.resolveCustomer('ws', { anonymousId: 'x' })).toBeNull();
  });
});
