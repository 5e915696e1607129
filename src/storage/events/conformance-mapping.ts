/**
 * Mapping tests of the event store conformance suite (./conformance.ts): `preview` must count
 * exactly what `compileMatcher` (src/mapping/match.ts), the reference, decides event by event —
 * on fixed cases and on many seeded random rule lists and events.
 */
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../ingest/event.ts';
import { compileMatcher } from '../../mapping/match.ts';
import type { MappingRule, RuleConditions } from '../../mapping/rules.ts';
import { at, listAll, type SuiteContext } from './conformance-helpers.ts';
import { BASE_TIME_MS, makeEvent } from './fixtures.ts';
import { MAX_UNMAPPED_GROUPS, type MappingPreview, type TimeWindow } from './mapping-port.ts';
import { randomEvents, randomRules } from './mapping-random.ts';
import { InvalidEventQueryError } from './port.ts';

const rule = (id: string, when: Partial<RuleConditions>, enabled = true): MappingRule => ({
  id,
  name: id,
  enabled,
  touchpointId: `tp-${id}`,
  when: { types: [], events: [], channels: [], properties: [], ...when },
});

const ALL_TIME: TimeWindow = { from: new Date(0), to: new Date(Date.UTC(2100, 0, 1)) };

/** What `preview` must answer, computed with the reference matcher. */
function expectedPreview(
  events: readonly EventRecord[],
  rules: readonly MappingRule[],
): Omit<MappingPreview, 'unmappedGroups'> & { groups: Map<string, number> } {
  const match = compileMatcher(rules);
  const matched = new Map<string, number>();
  const groups = new Map<string, number>();
  let unmapped = 0;
  for (const event of events) {
    const winner = match(event);
    if (winner !== null) matched.set(winner.id, (matched.get(winner.id) ?? 0) + 1);
    else {
      unmapped++;
      const key = JSON.stringify([event.type, event.event, event.channel]);
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
  }
  const perRule = rules.map((r) => ({ ruleId: r.id, matched: matched.get(r.id) ?? 0 }));
  return { total: events.length, unmapped, perRule, groups };
}

function expectSamePreview(
  actual: MappingPreview,
  events: readonly EventRecord[],
  rules: readonly MappingRule[],
): void {
  const expected = expectedPreview(events, rules);
  expect(actual.total).toBe(expected.total);
  expect(actual.unmapped).toBe(expected.unmapped);
  expect(actual.perRule).toEqual(expected.perRule);
  expect(actual.unmappedGroups.length).toBe(Math.min(expected.groups.size, MAX_UNMAPPED_GROUPS));
  for (const group of actual.unmappedGroups) {
    const key = JSON.stringify([group.type, group.event, group.channel]);
    expect([key, group.count]).toEqual([key, expected.groups.get(key)]);
  }
}

export function describeMappingTests({ store, newWorkspace }: SuiteContext): void {
  describe('mapping preview', () => {
    it('counts first matches per rule and groups what is left unmapped', async () => {
      const ws = newWorkspace();
      const events = [
        makeEvent(ws, { event: 'Home Viewed', channel: 'web', timestamp: at(0) }),
        makeEvent(ws, { event: 'Home Viewed', channel: 'web', timestamp: at(1_000) }),
        makeEvent(ws, { event: 'Home Viewed', channel: 'app', timestamp: at(2_000) }),
        makeEvent(ws, { event: 'Mystery', channel: 'web', timestamp: at(3_000) }),
        makeEvent(ws, { event: 'Mystery', channel: 'web', timestamp: at(4_000) }),
        makeEvent(ws, { type: 'identify', event: null, channel: null, timestamp: at(5_000) }),
      ];
      await store().append(events);
      await store().append([makeEvent(newWorkspace(), { event: 'Home Viewed' })]);
      const rules = [
        rule('off', {}, false),
        rule('web', { events: ['Home Viewed'], channels: ['WEB'] }),
        rule('home', { events: ['Home Viewed'] }),
        rule('never', { events: ['Home Viewed'], channels: ['web'] }),
      ];
      const preview = await store().mapping.preview(ws, rules, ALL_TIME);
      expect(preview).toEqual({
        total: 6,
        unmapped: 3,
        perRule: [
          { ruleId: 'off', matched: 0 },
          { ruleId: 'web', matched: 2 },
          { ruleId: 'home', matched: 1 },
          { ruleId: 'never', matched: 0 },
        ],
        unmappedGroups: [
          { type: 'track', event: 'Mystery', channel: 'web', count: 2, lastSeen: at(4_000) },
          { type: 'identify', event: null, channel: null, count: 1, lastSeen: at(5_000) },
        ],
      });
      const window = { from: at(1_000), to: at(4_000) };
      const windowed = await store().mapping.preview(ws, rules, window);
      expect([windowed.total, windowed.unmapped]).toEqual([3, 1]);
      expect(await store().mapping.preview(ws, [], window)).toMatchObject({
        total: 3,
        unmapped: 3,
      });
    });

    it('tells the time of the latest event, null for an empty workspace', async () => {
      const ws = newWorkspace();
      expect(await store().mapping.latestEventTime(ws)).toBeNull();
      await store().append([
        makeEvent(ws, { timestamp: at(5_000) }),
        makeEvent(ws, { timestamp: at(2_000) }),
      ]);
      expect(await store().mapping.latestEventTime(ws)).toEqual(at(5_000));
    });

    it('refuses a bad workspace id or window', async () => {
      await expect(store().mapping.preview('', [], ALL_TIME)).rejects.toThrow(
        InvalidEventQueryError,
      );
      const bad = { from: new Date(Number.NaN), to: new Date() };
      await expect(store().mapping.preview('w', [], bad)).rejects.toThrow(InvalidEventQueryError);
    });

    it('agrees with compileMatcher on random rules and events (seeded)', async () => {
      const ws = newWorkspace();
      await store().append(randomEvents(ws, 2026, 400));
      const stored = await listAll(store(), ws);
      const touchpoints = ['tp-1', 'tp-2', "tp-'3"];
      for (let seed = 1; seed <= 60; seed++) {
        const rules = randomRules(seed, 1 + (seed % 7), touchpoints);
        const preview = await store().mapping.preview(ws, rules, ALL_TIME);
        expectSamePreview(preview, stored, rules);
      }
    });

    it('agrees with compileMatcher event by event on random rules (seeded)', async () => {
      const ws = newWorkspace();
      const events = randomEvents(ws, 99, 40);
      await store().append(events);
      const stored = await listAll(store(), ws);
      for (let seed = 100; seed < 103; seed++) {
        const rules = randomRules(seed, 6, ['tp-a', 'tp-b']);
        for (const [index, event] of stored.entries()) {
          const window = {
            from: event.timestamp,
            to: new Date(BASE_TIME_MS + (index + 1) * 1_000),
          };
          const preview = await store().mapping.preview(ws, rules, window);
          expectSamePreview(preview, [event], rules);
        }
      }
    });
  });
}
