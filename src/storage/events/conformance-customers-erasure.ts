/**
 * Right to erasure and export tests of the event store conformance suite: after `erase`,
 * nothing about the person is left in any part of the store, other customers keep everything,
 * and the identity graph does not bring the erased customer back.
 */
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../ingest/event.ts';
import type { customerHelpers } from './conformance-customers.ts';
import { at, listAll, type SuiteContext } from './conformance-helpers.ts';
import { makeEvent } from './fixtures.ts';

type Helpers = ReturnType<typeof customerHelpers>;

/** Every trace of a person, as text found anywhere in what the store answers. */
const PERSONAL = ['ines-laptop', 'ines@shop', 'ines-old-id', 'ines.roux@example.com', 'Inès'];

export function describeErasureTests({ store, newWorkspace }: SuiteContext, helpers: Helpers) {
  const { record, customerOf } = helpers;

  /** Inès (anonymous, identified, aliased) and Bob; Carl once signs in on Inès's laptop. */
  const history = (
    ws: string,
  ): { ines: EventRecord[]; bob: EventRecord[]; carl: EventRecord[] } => ({
    ines: [
      makeEvent(ws, { userId: null, anonymousId: 'ines-laptop', timestamp: at(0) }),
      makeEvent(ws, {
        type: 'identify',
        userId: 'ines@shop',
        anonymousId: 'ines-laptop',
        timestamp: at(1_000),
        traits: { email: 'ines.roux@example.com', name: 'Inès Roux' },
      }),
      makeEvent(ws, {
        type: 'alias',
        userId: 'ines@shop',
        anonymousId: null,
        previousId: 'ines-old-id',
        timestamp: at(2_000),
      }),
      makeEvent(ws, { userId: 'ines@shop', event: 'Survey Answered', timestamp: at(3_000) }),
    ],
    bob: [
      makeEvent(ws, { userId: 'bob', anonymousId: 'bob-phone', timestamp: at(500) }),
      makeEvent(ws, {
        type: 'identify',
        userId: 'bob',
        timestamp: at(600),
        traits: { email: 'bob@example.com' },
      }),
    ],
    carl: [makeEvent(ws, { userId: 'carl', anonymousId: 'ines-laptop', timestamp: at(4_000) })],
  });

  /** All the store tells about the workspace, as one text to search for personal data. */
  const everything = async (ws: string): Promise<string> =>
    JSON.stringify([
      await listAll(store(), ws),
      await store().listConflicts(ws),
      await store().listMerges(ws),
      (await store().customers.list(ws, { limit: 500 })).customers,
    ]);

  describe('right to erasure and export', () => {
    it('erases every trace of the person in one go, and only theirs', async () => {
      const ws = newWorkspace();
      const { ines, bob, carl } = history(ws);
      await record(ws, [...ines, ...bob, ...carl]);
      const inesId = await customerOf(ws, { userId: 'ines@shop' });
      const bobId = await customerOf(ws, { userId: 'bob' });
      const carlId = await customerOf(ws, { userId: 'carl' });
      // A merge naming Inès, undone: its log row still holds her identities.
      const merge = await store().mergeCustomers(ws, {
        into: bobId,
        from: inesId,
        by: 'ana',
        reason: 'mistake',
      });
      await store().undoMerge(ws, merge.id);
      const exported = await store().customers.export(ws, inesId);
      expect(exported.events.map((e) => e.messageId)).toEqual(ines.map((e) => e.messageId));
      expect(exported.identities).toHaveLength(3);
      expect(exported.conflicts).toHaveLength(1);
      expect(exported.merges).toHaveLength(1);
      expect(exported.profile?.traits).toEqual({
        email: 'ines.roux@example.com',
        name: 'Inès Roux',
      });
      const bobBefore = await store().customers.export(ws, bobId);

      const counts = await store().customers.erase(ws, inesId);
      // Carl's event carries Inès's laptop id: it goes too (documented in the port).
      expect(counts).toEqual({ events: 5, identities: 3, conflicts: 1, merges: 1 });

      const left = await everything(ws);
      for (const trace of [...PERSONAL, inesId]) expect(left).not.toContain(trace);
      expect(await store().customers.export(ws, inesId)).toEqual({
        profile: null,
        identities: [],
        events: [],
        conflicts: [],
        merges: [],
      });
      expect(await store().resolveCustomer(ws, { anonymousId: 'ines-laptop' })).toBeNull();
      expect((await store().customers.list(ws, { search: 'roux' })).total).toBe(0);
      const bobAfter = await store().customers.export(ws, bobId);
      expect({ ...bobAfter, merges: [] }).toEqual({ ...bobBefore, merges: [] });
      expect(await store().customers.profile(ws, carlId)).toMatchObject({ eventCount: 0 });
      expect(await store().customers.erase(ws, inesId)).toEqual({
        events: 0,
        identities: 0,
        conflicts: 0,
        merges: 0,
      });
    });

    it('does not bring an erased customer back when the same person comes again', async () => {
      const ws = newWorkspace();
      const { ines } = history(ws);
      await record(ws, ines);
      const inesId = await customerOf(ws, { userId: 'ines@shop' });
      await store().customers.erase(ws, inesId);
      await record(ws, [makeEvent(ws, { userId: 'ines@shop', anonymousId: 'ines-laptop' })]);
      const again = await customerOf(ws, { userId: 'ines@shop' });
      expect(again).not.toBe(inesId);
      expect(await store().customerIdentities(ws, again)).toEqual([
        { kind: 'anonymous', value: 'ines-laptop' },
        { kind: 'user', value: 'ines@shop' },
      ]);
      expect((await store().customers.profile(ws, again))?.eventCount).toBe(1);
    });
  });
}
