/**
 * Round-trip, idempotency and workspace-isolation tests of the event store conformance
 * suite (./conformance.ts).
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../ingest/event.ts';
import { at, type SuiteContext } from './conformance-helpers.ts';
import { makeEvent } from './fixtures.ts';
import { InvalidEventError } from './port.ts';

export function describeRecordTests({ store, newWorkspace }: SuiteContext): void {
  describe('round-trip', () => {
    it('gives back every field, nested JSON and unicode unchanged', async () => {
      const ws = `${newWorkspace()}-é-工作区`;
      const event: EventRecord = {
        workspaceId: ws,
        messageId: `msg-ünï-😀-${randomUUID()}`,
        type: 'track',
        event: 'Produit ajouté au panier 🛒',
        userId: 'usér-用户-😀',
        anonymousId: 'anon-ñ-\u200d-مرحبا',
        groupId: 'société-α',
        previousId: 'prev-ß',
        channel: 'magasin',
        timestamp: new Date('2024-02-29T23:59:59.999Z'),
        sentAt: new Date('2024-03-01T00:00:01.123Z'),
        receivedAt: new Date('2024-03-01T00:00:02.456Z'),
        properties: {
          price: 12.5,
          quantity: 3,
          maxSafe: Number.MAX_SAFE_INTEGER,
          negative: -0.001,
          huge: 1e21,
          tiny: 5e-324,
          flag: true,
          off: false,
          nothing: null,
          list: [1, 'two', { three: [3, [3.5]] }, [], {}],
          nested: { a: { b: { c: { d: { e: 'deep', f: [null, true] } } } } },
          'clé accentuée': 'naïve café',
          emoji: '😀👍🏽👨‍👩‍👧 family',
          cjk: '顧客の旅',
          rtl: 'مرحبا بالعالم',
          combining: 'e\u0301',
          quotes: `it's "quoted" \\ back\\slash '' -- ; /* */`,
          whitespace: 'a\nb\tc\r\n',
          control: 'nul\u0000bell\u0007',
          empty: '',
          emptyObject: {},
          'key.with.dots': 1,
          '': 'empty key',
        },
        traits: { email: 'zoë@example.com', plan: { name: 'pro', seats: 10 } },
        context: {
          ip: '2001:db8::1',
          locale: 'fr-FR',
          campaign: { source: 'newsletter', medium: 'email', name: 'soldes d’été' },
          userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
        },
      };
      expect(await store().append([event])).toEqual({ inserted: 1, duplicates: 0 });
      const page = await store().list(ws);
      expect(page.nextCursor).toBeNull();
      expect(page.events).toEqual([event]);
      const [back] = page.events;
      expect(back?.timestamp.getTime()).toBe(event.timestamp.getTime());
      expect(back?.sentAt?.getTime()).toBe(event.sentAt?.getTime());
      expect(back?.receivedAt.getTime()).toBe(event.receivedAt.getTime());
      expect(Object.keys(back?.properties ?? {})).toEqual(Object.keys(event.properties));
    });

    it('gives back null fields and empty objects', async () => {
      const ws = newWorkspace();
      const event = makeEvent(ws, {
        type: 'identify',
        event: null,
        userId: null,
        anonymousId: 'anon-only',
        groupId: null,
        previousId: null,
        channel: null,
        sentAt: null,
        properties: {},
        traits: {},
        context: {},
      });
      await store().append([event]);
      expect((await store().list(ws)).events).toEqual([event]);
    });

    it('keeps millisecond precision over a wide range of instants', async () => {
      const ws = newWorkspace();
      const instants = [
        '1900-01-01T00:00:00.001Z',
        '1969-12-31T23:59:59.999Z',
        '1970-01-01T00:00:00.000Z',
        '2038-01-19T03:14:07.999Z',
        '2999-12-31T23:59:59.999Z',
      ].map((iso) => new Date(iso));
      const events = instants.map((timestamp) =>
        makeEvent(ws, { timestamp, sentAt: timestamp, receivedAt: timestamp }),
      );
      await store().append(events);
      const back = (await store().list(ws)).events;
      expect(back.map((e) => e.timestamp.toISOString())).toEqual(
        instants.map((d) => d.toISOString()),
      );
      expect(back).toEqual(events);
    });

    it('stores every Segment call type', async () => {
      const ws = newWorkspace();
      const types = ['track', 'identify', 'page', 'screen', 'group', 'alias'] as const;
      const events = types.map((type, i) => makeEvent(ws, { type, timestamp: at(i) }));
      await store().append(events);
      expect((await store().list(ws)).events.map((e) => e.type)).toEqual([...types]);
      expect((await store().list(ws, { type: 'group' })).events).toEqual([events[4]]);
    });

    it('accepts an empty batch', async () => {
      expect(await store().append([])).toEqual({ inserted: 0, duplicates: 0 });
    });

    it('refuses a malformed event and stores nothing of its batch', async () => {
      const ws = newWorkspace();
      const good = makeEvent(ws);
      const broken: EventRecord[] = [
        makeEvent(ws, { timestamp: new Date(Number.NaN) }),
        makeEvent(ws, { properties: { big: 10n } }),
        makeEvent(ws, { messageId: '' }),
        { ...makeEvent(ws), type: 'bogus' } as unknown as EventRecord,
        { ...makeEvent(ws), context: null } as unknown as EventRecord,
        { ...makeEvent(ws), workspaceId: '' },
      ];
      for (const bad of broken) {
        await expect(store().append([good, bad])).rejects.toBeInstanceOf(InvalidEventError);
      }
      expect(await store().count(ws)).toBe(0);
      expect(await store().append([good])).toEqual({ inserted: 1, duplicates: 0 });
    });
  });

  describe('idempotency on (workspaceId, messageId)', () => {
    it('counts a messageId already stored as a duplicate and keeps the first version', async () => {
      const ws = newWorkspace();
      const a = makeEvent(ws, { messageId: 'a', properties: { version: 1 } });
      const b = makeEvent(ws, { messageId: 'b' });
      expect(await store().append([a, b])).toEqual({ inserted: 2, duplicates: 0 });
      const retry = makeEvent(ws, { messageId: 'a', properties: { version: 2 } });
      const c = makeEvent(ws, { messageId: 'c', timestamp: at(1) });
      expect(await store().append([retry, c])).toEqual({ inserted: 1, duplicates: 1 });
      expect(await store().append([a, b, c])).toEqual({ inserted: 0, duplicates: 3 });
      expect(await store().count(ws)).toBe(3);
      const stored = (await store().list(ws)).events;
      expect(stored.find((e) => e.messageId === 'a')).toEqual(a);
    });

    it('stores a messageId repeated within one batch once, keeping the first', async () => {
      const ws = newWorkspace();
      const first = makeEvent(ws, { messageId: 'dup', event: 'first' });
      const batch = [
        first,
        makeEvent(ws, { messageId: 'dup', event: 'second' }),
        makeEvent(ws, { messageId: 'other' }),
        makeEvent(ws, { messageId: 'dup', event: 'third' }),
      ];
      expect(await store().append(batch)).toEqual({ inserted: 2, duplicates: 2 });
      const stored = (await store().list(ws)).events;
      expect(stored).toHaveLength(2);
      expect(stored.find((e) => e.messageId === 'dup')).toEqual(first);
    });

    it('treats the same messageId in two workspaces as two events', async () => {
      const [wsA, wsB] = [newWorkspace(), newWorkspace()];
      const batch = [makeEvent(wsA, { messageId: 'same' }), makeEvent(wsB, { messageId: 'same' })];
      expect(await store().append(batch)).toEqual({ inserted: 2, duplicates: 0 });
      expect(await store().count(wsA)).toBe(1);
      expect(await store().count(wsB)).toBe(1);
    });
  });

  describe('workspace isolation', () => {
    it('never returns, counts or deletes events of another workspace', async () => {
      const [wsA, wsB] = [newWorkspace(), newWorkspace()];
      const eventsA = [0, 1, 2].map((i) =>
        makeEvent(wsA, { messageId: `m${i}`, userId: 'u', anonymousId: 'a', timestamp: at(i) }),
      );
      await store().append(eventsA);
      expect(await store().count(wsB)).toBe(0);
      expect((await store().list(wsB)).events).toEqual([]);
      expect((await store().list(wsB, { userId: 'u' })).events).toEqual([]);
      expect(await store().deleteByIdentity(wsB, { userIds: ['u'], anonymousIds: ['a'] })).toBe(0);
      const eventB = makeEvent(wsB, { messageId: 'm0', userId: 'u' });
      await store().append([eventB]);
      expect((await store().list(wsB)).events).toEqual([eventB]);
      expect(await store().deleteByIdentity(wsB, { userIds: ['u'], anonymousIds: [] })).toBe(1);
      expect(await store().count(wsA)).toBe(3);
      expect((await store().list(wsA)).events).toEqual(eventsA);
    });
  });
}
