/**
 * Conformance of the analytics queries (./analytics-port.ts): traces are the mapped events of
 * each resolved customer in (timestamp, append) order, whole customers per chunk, filtered and
 * broken down as the port says.
 */
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../ingest/event.ts';
import { identityLinks } from '../../ingest/identity.ts';
import { compileMatcher } from '../../mapping/match.ts';
import type { MappingRule } from '../../mapping/rules.ts';
import type { TraceChunk, TraceQuery } from './analytics-port.ts';
import type { SuiteContext } from './conformance-helpers.ts';
import { BASE_TIME_MS, makeEvent } from './fixtures.ts';
import { randomEvents, randomRules } from './mapping-random.ts';

const MINUTE = 60_000;

const rule = (touchpointId: string, event: string, channels: string[] = []): MappingRule => ({
  id: `r-${touchpointId}`,
  name: event,
  enabled: true,
  touchpointId,
  when: { types: [], events: [event], channels, properties: [] },
});

const RULES = [
  rule('tp-home', 'Home Viewed'),
  rule('tp-cart', 'Cart Viewed'),
  rule('tp-buy', 'Order Completed'),
];
const TOUCHPOINTS = ['tp-home', 'tp-cart', 'tp-buy'];

interface Trace {
  readonly items: number[];
  readonly breakdown: string | null;
}

async function collect(context: SuiteContext, query: TraceQuery): Promise<Map<string, Trace>> {
  const traces = new Map<string, Trace>();
  const totals = await context.store().analytics.forEachTrace(query, (chunk: TraceChunk) => {
    chunk.customerIds.forEach((customerId, c) => {
      expect(traces.has(customerId), 'a customer is never split across chunks').toBe(false);
      const items = [...chunk.items.slice(chunk.starts[c], chunk.starts[c + 1])];
      const times = [...chunk.times.slice(chunk.starts[c], chunk.starts[c + 1])];
      expect(times).toEqual([...times].sort((a, b) => a - b));
      traces.set(customerId, { items, breakdown: chunk.breakdown?.[c] ?? null });
    });
  });
  expect(totals.customers).toBe(traces.size);
  return traces;
}

async function store(context: SuiteContext, workspaceId: string, events: EventRecord[]) {
  await context.store().append(events);
  await context.store().recordIdentityLinks(workspaceId, identityLinks(events));
}

export function describeAnalyticsTests(context: SuiteContext): void {
  describe('analytics traces', () => {
    it('gives each resolved customer their mapped events in order, anonymous history included', async () => {
      const ws = context.newWorkspace();
      const at = (minutes: number) => new Date(BASE_TIME_MS + minutes * MINUTE);
      const anon = { userId: null, anonymousId: 'anon-ada' };
      await store(context, ws, [
        makeEvent(ws, { ...anon, event: 'Home Viewed', timestamp: at(0) }),
        makeEvent(ws, { ...anon, event: 'Unknown Thing', timestamp: at(1) }),
        makeEvent(ws, { ...anon, event: 'Cart Viewed', timestamp: at(2) }),
        makeEvent(ws, {
          type: 'identify',
          event: null,
          userId: 'ada',
          anonymousId: 'anon-ada',
          timestamp: at(3),
          traits: { persona: 'Camille' },
        }),
        makeEvent(ws, { userId: 'ada', event: 'Order Completed', timestamp: at(4) }),
        // Same timestamp as the order: append order decides.
        makeEvent(ws, { userId: 'ada', event: 'Home Viewed', timestamp: at(4) }),
        makeEvent(ws, { userId: 'bob', event: 'Cart Viewed', timestamp: at(1) }),
      ]);
      const traces = await collect(context, {
        workspaceId: ws,
        rules: RULES,
        touchpointIds: TOUCHPOINTS,
        breakdown: { by: 'persona' },
      });
      const ada = await context.store().resolveCustomer(ws, { userId: 'ada' });
      const bob = await context.store().resolveCustomer(ws, { userId: 'bob' });
      expect(traces.get(ada ?? '')).toEqual({ items: [0, 1, 2, 0], breakdown: 'Camille' });
      expect(traces.get(bob ?? '')).toEqual({ items: [1], breakdown: '(none)' });
    });

    it('filters by date, persona, trait and channel, and stays inside the workspace', async () => {
      const ws = context.newWorkspace();
      const other = context.newWorkspace();
      const at = (minutes: number) => new Date(BASE_TIME_MS + minutes * MINUTE);
      const identify = (userId: string, traits: Record<string, unknown>) =>
        makeEvent(ws, { type: 'identify', event: null, userId, timestamp: at(0), traits });
      await store(context, ws, [
        identify('u1', { persona: 'Camille', plan: 'pro' }),
        identify('u2', { persona: 'Martine', plan: 'it\'s "quoted"' }),
        makeEvent(ws, { userId: 'u1', event: 'Home Viewed', channel: 'web', timestamp: at(1) }),
        makeEvent(ws, { userId: 'u1', event: 'Cart Viewed', channel: 'store', timestamp: at(10) }),
        makeEvent(ws, { userId: 'u2', event: 'Home Viewed', channel: 'web', timestamp: at(2) }),
      ]);
      await store(context, other, [makeEvent(other, { userId: 'u1', event: 'Home Viewed' })]);
      const base = { workspaceId: ws, rules: RULES, touchpointIds: TOUCHPOINTS };
      const sizes = async (query: TraceQuery) =>
        [...(await collect(context, query)).values()].map((trace) => trace.items.length).sort();
      expect(await sizes(base)).toEqual([1, 2]);
      expect(await sizes({ ...base, filters: { to: at(5) } })).toEqual([1, 1]);
      expect(await sizes({ ...base, filters: { personas: ['Camille'] } })).toEqual([2]);
      expect(await sizes({ ...base, filters: { channels: ['store'] } })).toEqual([1]);
      const quoted = { name: 'plan', values: ['it\'s "quoted"'] };
      expect(await sizes({ ...base, filters: { trait: quoted } })).toEqual([1]);
      const injection = { name: "plan') OR 1=1 --", values: ['pro'] };
      expect(await sizes({ ...base, filters: { trait: injection } })).toEqual([]);
      const byChannel = await collect(context, { ...base, breakdown: { by: 'first-channel' } });
      expect([...byChannel.values()].map((trace) => trace.breakdown)).toEqual(['web', 'web']);
    });

    it('maps events by key exactly as compileMatcher does, on random rules (seeded)', async () => {
      const ws = context.newWorkspace();
      // One customer per event, so that each trace says how its one event was mapped.
      const events = randomEvents(ws, 7, 300).map((event, index) => ({
        ...event,
        userId: `solo-${index}`,
        anonymousId: null,
      }));
      await store(context, ws, events);
      const touchpoints = ['tp-1', 'tp-2', "tp-'3"];
      const customers = await Promise.all(
        events.map((event) => context.store().resolveCustomer(ws, { userId: event.userId ?? '' })),
      );
      for (let seed = 1; seed <= 25; seed++) {
        const rules = randomRules(seed, 1 + (seed % 7), touchpoints);
        const traces = await collect(context, {
          workspaceId: ws,
          rules,
          touchpointIds: touchpoints,
        });
        const matcher = compileMatcher(rules);
        for (const [index, event] of events.entries()) {
          const customer = customers[index];
          const expected = matcher(event)?.touchpointId;
          const got = traces.get(customer ?? '')?.items[0];
          expect(
            got === undefined ? undefined : touchpoints[got],
            `seed ${seed}, ${event.messageId}`,
          ).toBe(expected);
        }
      }
    });

    it('sees every write made before the query: appends, links, merges, erasures', async () => {
      const ws = context.newWorkspace();
      const at = (minutes: number) => new Date(BASE_TIME_MS + minutes * MINUTE);
      const base = { workspaceId: ws, rules: RULES, touchpointIds: TOUCHPOINTS };
      const shape = async () =>
        [...(await collect(context, base)).values()].map((trace) => trace.items.join()).sort();
      await store(context, ws, [
        makeEvent(ws, { userId: 'u1', event: 'Home Viewed', timestamp: at(0) }),
        makeEvent(ws, { userId: 'u2', event: 'Home Viewed', timestamp: at(1) }),
      ]);
      expect(await shape()).toEqual(['0', '0']);
      await store(context, ws, [
        makeEvent(ws, { userId: null, anonymousId: 'a3', event: 'Cart Viewed', timestamp: at(2) }),
      ]);
      expect(await shape()).toEqual(['0', '0', '1']);
      await store(context, ws, [
        makeEvent(ws, {
          userId: 'u1',
          anonymousId: 'a3',
          event: 'Order Completed',
          timestamp: at(3),
        }),
      ]);
      expect(await shape()).toEqual(['0', '0,1,2']);
      const u1 = (await context.store().resolveCustomer(ws, { userId: 'u1' })) ?? '';
      const u2 = (await context.store().resolveCustomer(ws, { userId: 'u2' })) ?? '';
      const merge = await context
        .store()
        .mergeCustomers(ws, { into: u1, from: u2, by: 'ana', reason: '' });
      expect(await shape()).toEqual(['0,0,1,2']);
      await context.store().undoMerge(ws, merge.id);
      expect(await shape()).toEqual(['0', '0,1,2']);
      await context.store().customers.erase(ws, u1);
      expect(await shape()).toEqual(['0']);
    });

    it('streams many customers in chunks of whole customers', async () => {
      const ws = context.newWorkspace();
      const events: EventRecord[] = [];
      for (let customer = 0; customer < 12_000; customer++) {
        for (let step = 0; step < 6; step++) {
          events.push(
            makeEvent(ws, {
              userId: `c-${customer}`,
              event: step % 2 === 0 ? 'Home Viewed' : 'Cart Viewed',
              timestamp: new Date(BASE_TIME_MS + step * MINUTE),
            }),
          );
        }
      }
      await store(context, ws, events);
      const traces = await collect(context, {
        workspaceId: ws,
        rules: RULES,
        touchpointIds: TOUCHPOINTS,
      });
      expect(traces.size).toBe(12_000);
      expect([...traces.values()].every((trace) => trace.items.join() === '0,1,0,1,0,1')).toBe(
        true,
      );
    });
  });
}
