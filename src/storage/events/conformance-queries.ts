/**
 * Ordering, pagination, filter, erasure and hostile-input tests of the event store
 * conformance suite (./conformance.ts).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../ingest/event.ts';
import { at, ids, inStoreOrder, listAll, type SuiteContext } from './conformance-helpers.ts';
import { makeEvent, syntheticBatch } from './fixtures.ts';
import { type EventQuery, InvalidEventQueryError } from './port.ts';

export function describeQueryTests({ store, newWorkspace }: SuiteContext): void {
  describe('ordering and pagination', () => {
    it('orders by timestamp then append order and pages through equal timestamps', async () => {
      const ws = newWorkspace();
      const batches = [0, 1, 2].map((b) =>
        Array.from({ length: 9 }, (_, i) =>
          // Most events share one instant; a few are earlier or later.
          makeEvent(ws, { messageId: `b${b}-${i}`, timestamp: at(i % 4 === 0 ? -b : 0) }),
        ),
      );
      for (const batch of batches) await store().append(batch);
      const expected = inStoreOrder(batches.flat());
      expect(await store().count(ws)).toBe(27);
      for (const limit of [1, 5, 9, 26, 27, 28, 100]) {
        const pages: EventRecord[][] = [];
        let after: string | undefined;
        do {
          const page = await store().list(ws, after === undefined ? { limit } : { limit, after });
          pages.push(page.events);
          after = page.nextCursor ?? undefined;
        } while (after !== undefined);
        expect(pages.length).toBe(Math.max(1, Math.ceil(27 / limit)));
        expect(pages.every((page) => page.length <= limit)).toBe(true);
        expect(ids(pages.flat())).toEqual(ids(expected));
      }
    });

    it('uses a default page size and keeps pages disjoint when events arrive between pages', async () => {
      const ws = newWorkspace();
      await store().append(syntheticBatch(ws, 0, 150));
      const first = await store().list(ws);
      expect(first.events).toHaveLength(100);
      expect(first.nextCursor).not.toBeNull();
      await store().append(syntheticBatch(ws, 100, 10)); // later timestamps than batch 0
      const rest = await listAll(store(), ws, { after: first.nextCursor ?? '' });
      const all = ids([...first.events, ...rest]);
      expect(new Set(all).size).toBe(160);
      expect(all).toEqual(
        ids(inStoreOrder([...syntheticBatch(ws, 0, 150), ...syntheticBatch(ws, 100, 10)])),
      );
    });

    it('refuses a malformed cursor, limit or filter', async () => {
      const ws = newWorkspace();
      const bad: EventQuery[] = [
        { after: 'not a cursor' },
        { after: '' },
        { after: Buffer.from('c1:abc:1').toString('base64url') },
        { after: Buffer.from('c1:0:9999999999999999999').toString('base64url') },
        { limit: 0 },
        { limit: -1 },
        { limit: 1.5 },
        { limit: 1_000_000 },
        { from: new Date(Number.NaN) },
        { type: 'bogus' } as unknown as EventQuery,
      ];
      for (const query of bad) {
        await expect(store().list(ws, query)).rejects.toBeInstanceOf(InvalidEventQueryError);
      }
      await expect(store().list('')).rejects.toBeInstanceOf(InvalidEventQueryError);
      await expect(store().count('')).rejects.toBeInstanceOf(InvalidEventQueryError);
    });
  });

  describe('filters', () => {
    it('filters by time range (from inclusive, to exclusive), identity and type', async () => {
      const ws = newWorkspace();
      const events = Array.from({ length: 12 }, (_, i) =>
        makeEvent(ws, {
          messageId: `e${i}`,
          timestamp: at(i * 1_000),
          userId: i % 2 === 0 ? 'even' : null,
          anonymousId: i % 3 === 0 ? 'three' : `anon-${i}`,
          type: i % 4 === 0 ? 'page' : 'track',
        }),
      );
      await store().append(events);
      const range = { from: at(2_000), to: at(8_000) };
      expect(ids(await listAll(store(), ws, range))).toEqual(['e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
      expect(ids(await listAll(store(), ws, { from: at(10_000) }))).toEqual(['e10', 'e11']);
      expect(ids(await listAll(store(), ws, { to: at(1_000) }))).toEqual(['e0']);
      expect(ids(await listAll(store(), ws, { from: at(5_000), to: at(5_000) }))).toEqual([]);
      expect(ids(await listAll(store(), ws, { ...range, userId: 'even' }))).toEqual([
        'e2',
        'e4',
        'e6',
      ]);
      expect(ids(await listAll(store(), ws, { anonymousId: 'three' }))).toEqual([
        'e0',
        'e3',
        'e6',
        'e9',
      ]);
      expect(ids(await listAll(store(), ws, { type: 'page', userId: 'even' }))).toEqual([
        'e0',
        'e4',
        'e8',
      ]);
      expect(ids(await listAll(store(), ws, { ...range, limit: 2 }))).toEqual(
        ids(await listAll(store(), ws, range)),
      );
    });
  });

  describe('deleteByIdentity', () => {
    it("deletes a person's events by userId, anonymousId and alias previousId", async () => {
      const [ws, other] = [newWorkspace(), newWorkspace()];
      const person = [
        makeEvent(ws, { messageId: 'p1', userId: 'alice', anonymousId: null }),
        makeEvent(ws, { messageId: 'p2', userId: null, anonymousId: 'device-1' }),
        makeEvent(ws, { messageId: 'p3', userId: 'alice', anonymousId: 'device-1' }),
        makeEvent(ws, { messageId: 'p4', type: 'alias', userId: 'alice-2', previousId: 'alice' }),
      ];
      const others = [
        makeEvent(ws, { messageId: 'o1', userId: 'bob', anonymousId: 'device-2' }),
        makeEvent(ws, { messageId: 'o2', userId: null, anonymousId: 'device-3' }),
      ];
      await store().append([...person, ...others]);
      await store().append([makeEvent(other, { userId: 'alice', anonymousId: 'device-1' })]);
      const erase = { userIds: ['alice'], anonymousIds: ['device-1'] };
      expect(await store().deleteByIdentity(ws, erase)).toBe(4);
      expect(ids(await listAll(store(), ws))).toEqual(['o1', 'o2']);
      expect(await store().deleteByIdentity(ws, erase)).toBe(0);
      expect(await store().deleteByIdentity(ws, { userIds: [], anonymousIds: [] })).toBe(0);
      expect(await store().deleteByIdentity(ws, { userIds: ['nobody'], anonymousIds: [] })).toBe(0);
      expect(await store().count(other)).toBe(1);
      expect(await store().deleteByIdentity(ws, { userIds: [], anonymousIds: ['device-3'] })).toBe(
        1,
      );
      expect(ids(await listAll(store(), ws))).toEqual(['o1']);
    });
  });

  describe('hostile input', () => {
    it('treats SQL-like workspace and user ids as plain values', async () => {
      const ws = newWorkspace();
      await store().append(syntheticBatch(ws, 0, 20));
      const hostile = [
        "x' OR 1=1 --",
        "' OR ''='",
        "x'; DROP TABLE events; --",
        '" OR "1"="1',
        '%',
        '_',
        '*',
        '\\',
        '$1',
        '?',
        'x\u0000y',
      ];
      for (const value of hostile) {
        expect(await store().count(value)).toBe(0);
        expect((await store().list(value)).events).toEqual([]);
        expect((await store().list(ws, { userId: value })).events).toEqual([]);
        expect((await store().list(ws, { anonymousId: value })).events).toEqual([]);
        const erase = { userIds: [value], anonymousIds: [value] };
        expect(await store().deleteByIdentity(value, erase)).toBe(0);
        expect(await store().deleteByIdentity(ws, erase)).toBe(0);
      }
      expect(await store().count(ws)).toBe(20);
      // Stored as data, such values come back verbatim and only match themselves.
      const evilWs = `x' OR '1'='1' -- ${randomUUID()}`;
      const evil = makeEvent(evilWs, {
        userId: "x' OR 1=1 --",
        event: "'); DELETE FROM events; --",
      });
      await store().append([evil]);
      expect((await store().list(evilWs, { userId: "x' OR 1=1 --" })).events).toEqual([evil]);
      expect(
        await store().deleteByIdentity(evilWs, { userIds: ["x' OR 1=1 --"], anonymousIds: [] }),
      ).toBe(1);
      expect(await store().count(ws)).toBe(20);
    });
  });
}
