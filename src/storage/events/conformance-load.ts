/**
 * Volume, concurrency, failure-isolation and close tests of the event store conformance
 * suite (./conformance.ts).
 */
import { describe, expect, it } from 'vitest';
import { ids, listAll, type SuiteContext } from './conformance-helpers.ts';
import { makeEvent, syntheticBatch } from './fixtures.ts';
import { EventStoreClosedError, InvalidEventError } from './port.ts';

export function describeLoadTests({ store, newWorkspace }: SuiteContext): void {
  describe('volume and concurrency', () => {
    it('appends and counts a batch of 50,000 events', { timeout: 120_000 }, async () => {
      const ws = newWorkspace();
      const batch = syntheticBatch(ws, 0, 50_000);
      expect(await store().append(batch)).toEqual({ inserted: 50_000, duplicates: 0 });
      expect(await store().count(ws)).toBe(50_000);
      const page = await store().list(ws, { limit: 3 });
      expect(page.events).toEqual(batch.slice(0, 3));
      expect(await store().append(batch.slice(0, 20_000))).toEqual({
        inserted: 0,
        duplicates: 20_000,
      });
      expect(await store().count(ws)).toBe(50_000);
    });

    it('keeps an exact count under 10 parallel appends of overlapping batches', async () => {
      const ws = newWorkspace();
      // Batch k holds messageIds k*500 .. k*500+999: each overlaps the next by half.
      const all = syntheticBatch(ws, 0, 5_500);
      const batches = Array.from({ length: 10 }, (_, k) => all.slice(k * 500, k * 500 + 1_000));
      const counts: Promise<number>[] = [];
      const results = await Promise.all(
        batches.map((batch) => {
          counts.push(store().count(ws));
          return store().append(batch);
        }),
      );
      const inserted = results.reduce((sum, r) => sum + r.inserted, 0);
      const duplicates = results.reduce((sum, r) => sum + r.duplicates, 0);
      expect(inserted).toBe(5_500);
      expect(duplicates).toBe(10 * 1_000 - 5_500);
      for (const n of await Promise.all(counts)) expect(n).toBeLessThanOrEqual(5_500);
      expect(await store().count(ws)).toBe(5_500);
      const stored = await listAll(store(), ws, { limit: 10_000 });
      expect(new Set(ids(stored)).size).toBe(5_500);
    });
  });

  describe('failure isolation', () => {
    it('refuses a malformed batch alone when appends run concurrently', async () => {
      const ws = newWorkspace();
      const good = [0, 1, 2].map((b) => syntheticBatch(ws, b, 100));
      const bad = [
        makeEvent(ws, { messageId: 'bad-ok' }),
        makeEvent(ws, { receivedAt: new Date(Number.NaN) }),
      ];
      const results = await Promise.allSettled([
        store().append(good[0] ?? []),
        store().append(bad),
        store().append(good[1] ?? []),
        store().append(good[2] ?? []),
      ]);
      expect(results.map((r) => r.status)).toEqual([
        'fulfilled',
        'rejected',
        'fulfilled',
        'fulfilled',
      ]);
      const rejected = results[1];
      expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(InvalidEventError);
      expect(await store().count(ws)).toBe(300);
      expect(
        (await store().list(ws, { limit: 1_000 })).events.some((e) => e.messageId === 'bad-ok'),
      ).toBe(false);
    });
  });

  describe('close', () => {
    it('finishes pending appends, can be called twice and refuses later use', async () => {
      const ws = newWorkspace();
      const pending = store().append(syntheticBatch(ws, 0, 1_000));
      const closing = store().close();
      expect(await pending).toEqual({ inserted: 1_000, duplicates: 0 });
      await closing;
      await store().close();
      await expect(store().append([makeEvent(ws)])).rejects.toBeInstanceOf(EventStoreClosedError);
      await expect(store().count(ws)).rejects.toBeInstanceOf(EventStoreClosedError);
      await expect(store().list(ws)).rejects.toBeInstanceOf(EventStoreClosedError);
      const erase = { userIds: ['u'], anonymousIds: [] };
      await expect(store().deleteByIdentity(ws, erase)).rejects.toBeInstanceOf(
        EventStoreClosedError,
      );
    });
  });
}
