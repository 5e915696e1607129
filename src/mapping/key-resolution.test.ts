import { describe, expect, it } from 'vitest';
import type { EventType } from '../ingest/event.ts';
import { keyResolver } from './key-resolution.ts';
import { compileMatcher } from './match.ts';
import type { MappingRule } from './rules.ts';

const rule = (id: string, when: Partial<MappingRule['when']>, enabled = true): MappingRule => ({
  id,
  name: id,
  enabled,
  touchpointId: `tp-${id}`,
  when: { types: [], events: [], channels: [], properties: [], ...when },
});

const RULES: MappingRule[] = [
  rule('off', { events: ['Home'] }, false),
  rule('vip', { events: ['Home'], properties: [{ path: 'vip', op: 'equals', value: true }] }),
  rule('home-web', { events: ['Home'], channels: ['Web'] }),
  rule('pages', { types: ['page'] }),
  rule('store', { channels: ['store'], properties: [{ path: 'amount', op: 'gt', value: 100 }] }),
];

describe('mapping by event key', () => {
  const resolve = keyResolver(RULES);
  const ids = (key: { type: EventType; event: string | null; channel: string | null }) => {
    const resolution = resolve(key);
    return [resolution.conditional.map((c) => c.rule.id), resolution.fallback?.rule.id ?? null];
  };

  it('stops at the first rule without property conditions, skipping disabled ones', () => {
    expect(ids({ type: 'track', event: 'Home', channel: 'web' })).toEqual([['vip'], 'home-web']);
    expect(ids({ type: 'page', event: 'Other', channel: null })).toEqual([[], 'pages']);
    expect(ids({ type: 'track', event: 'Other', channel: 'store' })).toEqual([['store'], null]);
    expect(ids({ type: 'track', event: null, channel: null })).toEqual([[], null]);
  });

  it('agrees with compileMatcher event by event', () => {
    const matcher = compileMatcher(RULES);
    const events = [
      { type: 'track', event: 'Home', channel: 'WEB', properties: { vip: true } },
      { type: 'track', event: 'Home', channel: 'web', properties: { vip: false } },
      { type: 'page', event: 'Home', channel: 'app', properties: {} },
      { type: 'track', event: 'Pay', channel: 'store', properties: { amount: 150 } },
      { type: 'track', event: 'Pay', channel: 'store', properties: { amount: 50 } },
    ] as const;
    for (const event of events) {
      const { conditional, fallback } = resolve(event);
      const viaKey =
        conditional.find((c) => compileMatcher([c.rule])(event) !== null)?.rule ??
        fallback?.rule ??
        null;
      expect(viaKey?.id ?? null, JSON.stringify(event)).toBe(matcher(event)?.id ?? null);
    }
  });
});
