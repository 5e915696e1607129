import { describe, expect, expectTypeOf, it } from 'vitest';
import type { EventType } from '../ingest/event.ts';
import { numericValue, same, valueAt } from './conditions.ts';
import { compileCandidates, compileMatcher, type MappableEvent } from './match.ts';
import type {
  MappingRule,
  PROPERTY_OPS,
  PropertyCondition,
  PropertyOp,
  RuleConditions,
  RuleEventType,
} from './rules.ts';

const rule = (id: string, when: Partial<RuleConditions> = {}, enabled = true): MappingRule => ({
  id,
  name: id,
  enabled,
  touchpointId: `tp-${id}`,
  when: { types: [], events: [], channels: [], properties: [], ...when },
});

const event = (extra: Partial<MappableEvent> = {}): MappableEvent => ({
  type: 'track',
  event: 'Product Viewed',
  channel: 'web',
  properties: {},
  ...extra,
});

const matchId = (rules: MappingRule[], input: MappableEvent) =>
  compileMatcher(rules)(input)?.id ?? null;

const holds = (condition: PropertyCondition, properties: Record<string, unknown>) =>
  matchId([rule('r', { properties: [condition] })], event({ properties })) === 'r';

describe('compileMatcher: rule order and lists', () => {
  it('returns the first enabled rule that matches, in rule order', () => {
    const rules = [
      rule('disabled', {}, false),
      rule('email', { channels: ['email'] }),
      rule('named', { events: ['Product Viewed'] }),
      rule('any'),
    ];
    expect(matchId(rules, event())).toBe('named');
    expect(matchId(rules, event({ channel: 'email' }))).toBe('email');
    expect(matchId(rules, event({ event: 'Other' }))).toBe('any');
    expect(matchId(rules.slice(0, 3), event({ event: 'Other' }))).toBeNull();
  });

  it('keeps rule order between rules that name the event and rules that name none', () => {
    const rules = [rule('any-web', { channels: ['web'] }), rule('named', { events: ['A'] })];
    expect(matchId(rules, event({ event: 'A' }))).toBe('any-web');
    expect(matchId(rules, event({ event: 'A', channel: 'app' }))).toBe('named');
    expect(matchId([...rules].reverse(), event({ event: 'A' }))).toBe('named');
  });

  it('compares event names exactly and channels lower-cased', () => {
    const rules = [rule('r', { events: ['Product Viewed'], channels: ['Web', 'ÉCRAN'] })];
    expect(matchId(rules, event({ event: 'product viewed' }))).toBeNull();
    expect(matchId(rules, event({ event: 'Product Viewed ' }))).toBeNull();
    expect(matchId(rules, event({ channel: 'WEB' }))).toBe('r');
    expect(matchId(rules, event({ channel: 'écran' }))).toBe('r');
  });

  it('lets an event without a name or channel pass only empty lists', () => {
    const identify = event({ type: 'identify', event: null, channel: null });
    expect(matchId([rule('named', { events: ['X'] })], identify)).toBeNull();
    expect(matchId([rule('web', { channels: ['web'] })], identify)).toBeNull();
    expect(matchId([rule('identify', { types: ['identify'] })], identify)).toBe('identify');
    expect(matchId([rule('page', { types: ['page', 'screen'] })], identify)).toBeNull();
  });
});

describe('property conditions', () => {
  it('finds values by dotted path through objects and canonical array indexes', () => {
    const properties = { product: { category: 'shoes', tags: ['a', 'b'] }, nil: null, '01': 1 };
    expect(valueAt(properties, ['product', 'category'])).toBe('shoes');
    expect(valueAt(properties, ['product', 'tags', '1'])).toBe('b');
    expect(valueAt(properties, ['product', 'tags', '01'])).toBeUndefined();
    expect(valueAt(properties, ['product', 'tags', '-1'])).toBeUndefined();
    expect(valueAt(properties, ['product', 'category', '0'])).toBeUndefined();
    expect(valueAt(properties, ['nil'])).toBeUndefined();
    expect(valueAt(properties, ['toString'])).toBeUndefined();
    expect(valueAt(properties, ['01'])).toBe(1);
  });

  it('reads numbers and strings in the JSON number grammar as numeric, nothing else', () => {
    for (const text of ['0', '-12', '3.5', '1e3', '-0.5E-2'])
      expect(numericValue(text)).not.toBeNull();
    for (const text of [' 1', '+1', '.5', '01', '0x10', '1e400', 'NaN', '', 'true'])
      expect(numericValue(text)).toBeNull();
    expect(numericValue(true)).toBeNull();
  });

  it('compares strings as text and numbers as doubles', () => {
    expect(same('42', 42)).toBe(true);
    expect(same(42, '4.2e1')).toBe(true);
    expect(same('42', '42.0')).toBe(false);
    expect(same('Pro', 'pro')).toBe(false);
    expect(same(true, true)).toBe(true);
    expect(same(1, true)).toBe(false);
    expect(same('true', true)).toBe(false);
    expect(same({}, 'x')).toBe(false);
  });

  it('implements every operator', () => {
    const props = { plan: 'pro', price: '19.5', n: 3, tags: ['sale', 2], flag: false, nil: null };
    expect(holds({ path: 'plan', op: 'equals', value: 'pro' }, props)).toBe(true);
    expect(holds({ path: 'n', op: 'equals', value: '3' }, props)).toBe(true);
    expect(holds({ path: 'flag', op: 'equals', value: false }, props)).toBe(true);
    expect(holds({ path: 'plan', op: 'not-equals', value: 'pro' }, props)).toBe(false);
    expect(holds({ path: 'missing', op: 'not-equals', value: 'pro' }, props)).toBe(true);
    expect(holds({ path: 'plan', op: 'in', value: ['free', 'pro'] }, props)).toBe(true);
    expect(holds({ path: 'n', op: 'in', value: ['1', 3] }, props)).toBe(true);
    expect(holds({ path: 'plan', op: 'contains', value: 'r' }, props)).toBe(true);
    expect(holds({ path: 'plan', op: 'contains', value: '' }, props)).toBe(true);
    expect(holds({ path: 'tags', op: 'contains', value: 'sale' }, props)).toBe(true);
    expect(holds({ path: 'tags', op: 'contains', value: '2' }, props)).toBe(true);
    expect(holds({ path: 'tags', op: 'contains', value: 'sal' }, props)).toBe(false);
    expect(holds({ path: 'n', op: 'contains', value: '3' }, props)).toBe(false);
    expect(holds({ path: 'nil', op: 'exists' }, props)).toBe(false);
    expect(holds({ path: 'flag', op: 'exists' }, props)).toBe(true);
    expect(holds({ path: 'nil', op: 'not-exists' }, props)).toBe(true);
    expect(holds({ path: 'price', op: 'gt', value: 19 }, props)).toBe(true);
    expect(holds({ path: 'price', op: 'lte', value: '19.5' }, props)).toBe(true);
    expect(holds({ path: 'n', op: 'lt', value: 3 }, props)).toBe(false);
    expect(holds({ path: 'n', op: 'gte', value: 3 }, props)).toBe(true);
    expect(holds({ path: 'plan', op: 'gt', value: 0 }, props)).toBe(false);
    expect(holds({ path: 'flag', op: 'lt', value: 1 }, props)).toBe(false);
  });

  it('never holds a condition whose value does not fit its operator', () => {
    const props = { plan: 'pro' };
    expect(holds({ path: 'plan', op: 'equals', value: ['pro'] }, props)).toBe(false);
    expect(holds({ path: 'other', op: 'not-equals' }, props)).toBe(false);
    expect(holds({ path: 'plan', op: 'in', value: 'pro' }, props)).toBe(false);
    expect(holds({ path: 'plan', op: 'gt', value: 'abc' }, props)).toBe(false);
  });

  it('requires every condition of a rule', () => {
    const both: PropertyCondition[] = [
      { path: 'a', op: 'equals', value: 1 },
      { path: 'b', op: 'exists' },
    ];
    const rules = [rule('r', { properties: both })];
    expect(matchId(rules, event({ properties: { a: 1, b: 'x' } }))).toBe('r');
    expect(matchId(rules, event({ properties: { a: 1 } }))).toBeNull();
  });
});

describe('schemas', () => {
  it('spell out the same operators and call types as the constants', () => {
    expectTypeOf<PropertyOp>().toEqualTypeOf<(typeof PROPERTY_OPS)[number]>();
    expectTypeOf<RuleEventType>().toEqualTypeOf<EventType>();
  });
});

describe('compileCandidates', () => {
  it('lists the rules whose lists admit an event, up to the first without property conditions', () => {
    const rules = [
      rule('email', { channels: ['email'] }),
      rule('pro', { events: ['A'], properties: [{ path: 'plan', op: 'equals', value: 'pro' }] }),
      rule('off', { events: ['A'] }, false),
      rule('web', { channels: ['WEB'] }),
      rule('any'),
    ];
    const candidates = compileCandidates(rules);
    expect(candidates({ type: 'track', event: 'A', channel: 'Web' })).toEqual([1, 3]);
    expect(candidates({ type: 'track', event: 'B', channel: 'email' })).toEqual([0]);
    expect(candidates({ type: 'track', event: 'A', channel: null })).toEqual([1, 4]);
    expect(compileCandidates([])({ type: 'page', event: null, channel: null })).toEqual([]);
  });
});
