/**
 * Identity graph tests of the event store conformance suite (./conformance.ts): the rules of
 * ./identity-port.ts, through the port only. Links come from the intake's own `identityLinks`.
 */
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../ingest/event.ts';
import { identityLinks } from '../../ingest/identity.ts';
import { at, type SuiteContext } from './conformance-helpers.ts';
import { makeEvent } from './fixtures.ts';
import { InvalidEventQueryError } from './port.ts';

type Ids = Pick<EventRecord, 'userId' | 'anonymousId'> & Partial<EventRecord>;

export function describeIdentityTests({ store, newWorkspace }: SuiteContext): void {
  const events = (ws: string, calls: readonly Ids[]): EventRecord[] =>
    calls.map((call, i) => makeEvent(ws, { timestamp: at(i * 1_000), ...call }));
  const record = async (ws: string, batch: readonly EventRecord[]): Promise<void> => {
    await store().append(batch);
    await store().recordIdentityLinks(ws, identityLinks(batch));
  };
  const customer = async (ws: string, ids: { userId?: string; anonymousId?: string }) => {
    const found = await store().resolveCustomer(ws, ids);
    if (found === null) throw new Error(`no customer for ${JSON.stringify(ids)}`);
    return found;
  };

  describe('identity graph', () => {
    it('attaches earlier anonymous browsing to the customer who identifies', async () => {
      const ws = newWorkspace();
      await record(ws, events(ws, [{ userId: null, anonymousId: 'a1' }]));
      const anonymous = await customer(ws, { anonymousId: 'a1' });
      expect(anonymous).toMatch(/^cus_/);
      await record(ws, events(ws, [{ userId: 'u1', anonymousId: 'a1', type: 'identify' }]));
      const identified = await customer(ws, { userId: 'u1' });
      expect(await customer(ws, { anonymousId: 'a1' })).toBe(identified);
      expect(await store().customerIdentities(ws, identified)).toEqual([
        { kind: 'anonymous', value: 'a1' },
        { kind: 'user', value: 'u1' },
      ]);
      expect(await store().listConflicts(ws)).toEqual([]);
    });

    it('keeps two userIds seen with one anonymousId apart and records one conflict', async () => {
      const ws = newWorkspace();
      const batch = events(ws, [
        { userId: 'u1', anonymousId: 'a1' },
        { userId: 'u2', anonymousId: 'a1' },
        { userId: 'u2', anonymousId: 'a1' },
      ]);
      await record(ws, batch);
      const [first, second] = [
        await customer(ws, { userId: 'u1' }),
        await customer(ws, { userId: 'u2' }),
      ];
      expect(first).not.toBe(second);
      expect(await customer(ws, { anonymousId: 'a1' })).toBe(first);
      const conflicts = await store().listConflicts(ws);
      expect(conflicts).toEqual([
        {
          identity: { kind: 'anonymous', value: 'a1' },
          customerId: first,
          otherCustomerId: second,
          messageId: batch[1]?.messageId,
          at: at(1_000),
        },
      ]);
    });

    it('links an alias previousId to the userId, and never merges two known userIds', async () => {
      const ws = newWorkspace();
      await record(ws, events(ws, [{ userId: null, anonymousId: 'old-device' }]));
      await record(ws, events(ws, [{ userId: 'u2', anonymousId: null }]));
      const alias = (previousId: string, userId: string, i: number) =>
        makeEvent(ws, { type: 'alias', userId, anonymousId: null, previousId, timestamp: at(i) });
      await record(ws, [
        alias('old-device', 'u1', 10),
        alias('u1', 'u1-new', 11),
        alias('u1', 'u2', 12),
      ]);
      const u1 = await customer(ws, { userId: 'u1' });
      expect(await customer(ws, { anonymousId: 'old-device' })).toBe(u1);
      expect(await customer(ws, { userId: 'u1-new' })).toBe(u1);
      const u2 = await customer(ws, { userId: 'u2' });
      expect(u2).not.toBe(u1);
      const conflicts = await store().listConflicts(ws);
      expect(conflicts.map((c) => [c.identity, c.customerId, c.otherCustomerId])).toEqual([
        [{ kind: 'user', value: 'u1' }, u1, u2],
      ]);
    });

    it('merges two customers on request, logs it, and undoes it exactly', async () => {
      const ws = newWorkspace();
      await record(
        ws,
        events(ws, [
          { userId: 'u1', anonymousId: 'a1' },
          { userId: 'u2', anonymousId: 'a2' },
        ]),
      );
      const [u1, u2] = [await customer(ws, { userId: 'u1' }), await customer(ws, { userId: 'u2' })];
      const before = [
        await store().customerIdentities(ws, u1),
        await store().customerIdentities(ws, u2),
      ];
      const merge = await store().mergeCustomers(ws, {
        into: u1,
        from: u2,
        by: 'ana',
        reason: 'same person',
      });
      expect(merge.moved).toEqual([
        { kind: 'anonymous', value: 'a2' },
        { kind: 'user', value: 'u2' },
      ]);
      expect(await customer(ws, { anonymousId: 'a2' })).toBe(u1);
      expect(await store().customerIdentities(ws, u2)).toEqual([]);
      const undone = await store().undoMerge(ws, merge.id);
      expect(undone.undoneAt).toBeInstanceOf(Date);
      const after = [
        await store().customerIdentities(ws, u1),
        await store().customerIdentities(ws, u2),
      ];
      expect(after).toEqual(before);
      expect(await store().listMerges(ws)).toEqual([{ ...merge, undoneAt: undone.undoneAt }]);
      await expect(store().undoMerge(ws, merge.id)).rejects.toThrow(InvalidEventQueryError);
      await expect(
        store().mergeCustomers(ws, { into: u1, from: 'cus_unknown', by: 'ana', reason: '' }),
      ).rejects.toThrow(InvalidEventQueryError);
    });

    it('keeps workspaces apart: the same ids in two workspaces are two customers', async () => {
      const [ws1, ws2] = [newWorkspace(), newWorkspace()];
      await record(ws1, events(ws1, [{ userId: 'u1', anonymousId: 'a1' }]));
      await record(ws2, events(ws2, [{ userId: 'u1', anonymousId: 'a1' }]));
      const [c1, c2] = [
        await customer(ws1, { userId: 'u1' }),
        await customer(ws2, { userId: 'u1' }),
      ];
      expect(c1).not.toBe(c2);
      expect(await store().customerIdentities(ws2, c1)).toEqual([]);
      expect(await store().resolveCustomer(newWorkspace(), { userId: 'u1' })).toBeNull();
    });

    it('is idempotent: recording the same events again changes nothing', async () => {
      const ws = newWorkspace();
      const batch = events(ws, [
        { userId: null, anonymousId: 'a1' },
        { userId: 'u1', anonymousId: 'a1' },
        { userId: 'u2', anonymousId: 'a1' },
        { userId: null, anonymousId: 'a3' },
      ]);
      const snapshot = async () => {
        const ids = await Promise.all(['u1', 'u2'].map((userId) => customer(ws, { userId })));
        const a3 = await customer(ws, { anonymousId: 'a3' });
        const identities = await Promise.all(
          [...ids, a3].map((c) => store().customerIdentities(ws, c)),
        );
        return { ids, a3, identities, conflicts: await store().listConflicts(ws) };
      };
      await record(ws, batch);
      const first = await snapshot();
      await record(ws, batch);
      await Promise.all([record(ws, batch.slice(0, 2)), record(ws, batch.slice(2))]);
      expect(await snapshot()).toEqual(first);
      expect(first.conflicts).toHaveLength(1);
    });
  });
}
