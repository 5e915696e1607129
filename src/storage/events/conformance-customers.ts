/**
 * Customer query tests of the event store conformance suite (./conformance.ts): the list with
 * search, sort and pagination, profiles, a customer's events, and isolation between
 * workspaces. Erasure and export are in ./conformance-customers-erasure.ts.
 */
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../ingest/event.ts';
import { identityLinks } from '../../ingest/identity.ts';
import { describeErasureTests } from './conformance-customers-erasure.ts';
import { at, type SuiteContext } from './conformance-helpers.ts';
import type { CustomerListQuery, CustomerSummary } from './customer-port.ts';
import { makeEvent } from './fixtures.ts';
import { InvalidEventQueryError } from './port.ts';

/** Helpers shared by the customer tests. */
export function customerHelpers({ store }: SuiteContext) {
  const record = async (ws: string, batch: readonly EventRecord[]): Promise<void> => {
    await store().append(batch);
    await store().recordIdentityLinks(ws, identityLinks(batch));
  };
  const customerOf = async (ws: string, ids: { userId?: string; anonymousId?: string }) => {
    const found = await store().resolveCustomer(ws, ids);
    if (found === null) throw new Error(`no customer for ${JSON.stringify(ids)}`);
    return found;
  };
  const listAllCustomers = async (ws: string, query: CustomerListQuery) => {
    const seen: CustomerSummary[] = [];
    let after: string | undefined;
    do {
      const page = await store().customers.list(
        ws,
        after === undefined ? query : { ...query, after },
      );
      seen.push(...page.customers);
      after = page.nextCursor ?? undefined;
    } while (after !== undefined);
    return seen;
  };
  return { record, customerOf, listAllCustomers };
}

export function describeCustomerTests(context: SuiteContext): void {
  const { store, newWorkspace } = context;
  const { record, customerOf, listAllCustomers } = customerHelpers(context);

  /** Léa browses anonymously, identifies twice (her name changes), orders twice. */
  const lea = (ws: string): EventRecord[] => [
    makeEvent(ws, { userId: null, anonymousId: 'lea-phone', channel: 'web', timestamp: at(0) }),
    makeEvent(ws, {
      type: 'identify',
      event: null,
      userId: 'lea@shop',
      anonymousId: 'lea-phone',
      timestamp: at(1_000),
      traits: { email: 'Lea.Martin@Example.com', name: 'Léa Dupont', plan: 'free' },
    }),
    makeEvent(ws, {
      userId: 'lea@shop',
      event: 'Order Completed',
      channel: 'store',
      timestamp: at(2_000),
      properties: { revenue: 42.5, currency: 'EUR' },
    }),
    makeEvent(ws, {
      type: 'identify',
      event: null,
      userId: 'lea@shop',
      timestamp: at(3_000),
      traits: { name: 'Léa Martin' },
    }),
    makeEvent(ws, {
      userId: 'lea@shop',
      event: 'Order Completed',
      channel: 'web',
      timestamp: at(4_000),
      properties: { revenue: 7.5, currency: 'EUR' },
    }),
    makeEvent(ws, { userId: 'lea@shop', event: 'Order Completed', timestamp: at(5_000) }),
  ];

  describe('customers', () => {
    it('builds a profile: merged traits, identities, first/last seen, channels, revenue', async () => {
      const ws = newWorkspace();
      await record(ws, lea(ws));
      const id = await customerOf(ws, { userId: 'lea@shop' });
      expect(await store().customers.profile(ws, id)).toEqual({
        customerId: id,
        traits: { email: 'Lea.Martin@Example.com', name: 'Léa Martin', plan: 'free' },
        identities: [
          { kind: 'anonymous', value: 'lea-phone' },
          { kind: 'user', value: 'lea@shop' },
        ],
        identityCount: 2,
        firstSeen: at(0),
        lastSeen: at(5_000),
        eventCount: 6,
        channels: ['web', 'store'],
        revenue: { total: 50, orders: 3, currency: 'EUR' },
      });
      expect(await store().customers.profile(ws, 'cus_unknown')).toBeNull();
    });

    it('lists customers by last seen, and finds them by id, identity or trait, ignoring case and accents', async () => {
      const ws = newWorkspace();
      await record(ws, lea(ws));
      await record(ws, [
        makeEvent(ws, { userId: 'bob', timestamp: at(9_000), traits: {} }),
        makeEvent(ws, { userId: null, anonymousId: 'visitor-7', timestamp: at(-5_000) }),
      ]);
      const [leaId, bobId, visitor] = [
        await customerOf(ws, { userId: 'lea@shop' }),
        await customerOf(ws, { userId: 'bob' }),
        await customerOf(ws, { anonymousId: 'visitor-7' }),
      ];
      const all = await store().customers.list(ws);
      expect(all.total).toBe(3);
      expect(all.customers.map((c) => c.customerId)).toEqual([bobId, leaId, visitor]);
      expect(all.customers[1]?.traits).toMatchObject({ name: 'Léa Martin' });
      const found = async (search: string) =>
        (await store().customers.list(ws, { search })).customers.map((c) => c.customerId);
      expect(await found('LEA MARTIN')).toEqual([leaId]);
      expect(await found('lea.martin@example')).toEqual([leaId]);
      expect(await found('Dupont')).toEqual([leaId]); // an older value is still searchable
      expect(await found('VISITOR')).toEqual([visitor]);
      expect(await found(bobId.slice(4, 12))).toEqual([bobId]);
      expect(await found('email')).toEqual([]); // trait names are not values
      expect(await found('%')).toEqual([]);
      expect(await found("' OR ''='")).toEqual([]); // bound as a value, never spliced into SQL
      expect(await found('   ')).toHaveLength(3);
      const none = await store().customers.list(ws, { search: 'nobody' });
      expect(none).toEqual({ customers: [], total: 0, nextCursor: null });
      const one = await store().customers.list(ws, { customerId: leaId });
      expect(one.customers.map((c) => c.customerId)).toEqual([leaId]);
    });

    it('pages through every customer exactly once, in every sort order', async () => {
      const ws = newWorkspace();
      const batch = Array.from({ length: 23 }, (_, i) =>
        // Pairs share a last-seen instant, so ties are broken by id across pages.
        makeEvent(ws, { userId: `u${i}`, timestamp: at(Math.floor(i / 2) * 1_000) }),
      );
      await record(ws, [...batch, makeEvent(ws, { userId: 'u3', timestamp: at(-9_000) })]);
      const expectedIds = await Promise.all(
        batch.map((_, i) => customerOf(ws, { userId: `u${i}` })),
      );
      for (const sort of ['lastSeen', 'firstSeen', 'eventCount'] as const) {
        for (const order of ['asc', 'desc'] as const) {
          // Page size 1 once (the slowest walk), then sizes that split pairs of ties.
          const limits = sort === 'lastSeen' && order === 'desc' ? [1, 4, 23] : [4, 50];
          for (const limit of limits) {
            const seen = await listAllCustomers(ws, { sort, order, limit });
            const got = seen.map((c) => c.customerId);
            expect(new Set(got).size).toBe(23);
            expect([...got].sort()).toEqual([...expectedIds].sort());
            const keys = seen.map((c) =>
              sort === 'eventCount' ? c.eventCount : (c[sort]?.getTime() ?? 0),
            );
            const sorted = [...keys].sort((a, b) => (order === 'asc' ? a - b : b - a));
            expect(keys).toEqual(sorted);
          }
        }
      }
      const page = await store().customers.list(ws, { limit: 5 });
      expect(page.total).toBe(23);
      await expect(
        store().customers.list(ws, { sort: 'firstSeen', after: page.nextCursor ?? '' }),
      ).rejects.toThrow(InvalidEventQueryError);
      for (const bad of [
        { limit: 0 },
        { limit: 501 },
        { after: 'nope' },
        { search: 'x'.repeat(201) },
      ]) {
        await expect(store().customers.list(ws, bad)).rejects.toThrow(InvalidEventQueryError);
      }
    });

    it("lists a customer's events through all its identities, not those resolved to another", async () => {
      const ws = newWorkspace();
      const mine = lea(ws);
      // Another person signs in on Léa's phone: that event resolves to them (a conflict).
      const other = makeEvent(ws, {
        userId: 'max',
        anonymousId: 'lea-phone',
        timestamp: at(6_000),
      });
      await record(ws, [...mine, other]);
      const id = await customerOf(ws, { userId: 'lea@shop' });
      const pages: EventRecord[] = [];
      let after: string | undefined;
      do {
        const page = await store().customers.events(
          ws,
          id,
          after === undefined ? { limit: 4 } : { limit: 4, after },
        );
        pages.push(...page.events);
        after = page.nextCursor ?? undefined;
      } while (after !== undefined);
      expect(pages.map((e) => e.messageId)).toEqual(mine.map((e) => e.messageId));
      const conflicts = await store().customers.conflicts(ws, id);
      expect(conflicts.map((c) => [c.identity.value, c.customerId])).toEqual([['lea-phone', id]]);
      const maxId = await customerOf(ws, { userId: 'max' });
      expect(await store().customers.conflicts(ws, maxId)).toEqual(conflicts);
      const merge = await store().mergeCustomers(ws, {
        into: id,
        from: maxId,
        by: 'ana',
        reason: 'same',
      });
      expect(await store().customers.merges(ws, maxId)).toEqual([merge]);
      expect((await store().customers.events(ws, id)).events).toHaveLength(7);
    });

    it('keeps workspaces apart', async () => {
      const [ws1, ws2] = [newWorkspace(), newWorkspace()];
      await record(ws1, lea(ws1));
      const id = await customerOf(ws1, { userId: 'lea@shop' });
      expect(await store().customers.list(ws2)).toEqual({
        customers: [],
        total: 0,
        nextCursor: null,
      });
      expect(await store().customers.list(ws2, { search: 'lea' })).toMatchObject({ total: 0 });
      expect(await store().customers.profile(ws2, id)).toBeNull();
      expect(await store().customers.events(ws2, id)).toEqual({ events: [], nextCursor: null });
      expect(await store().customers.erase(ws2, id)).toEqual({
        events: 0,
        identities: 0,
        conflicts: 0,
        merges: 0,
      });
      expect((await store().customers.profile(ws1, id))?.eventCount).toBe(6);
    });
  });

  describeErasureTests(context, customerHelpers(context));
}
