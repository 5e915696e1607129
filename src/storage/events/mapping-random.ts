/**
 * Test helpers: random events and mapping rules, deterministic by seed, drawn from small
 * vocabularies so that rules often match — with the awkward cases the SQL must get right:
 * nulls, numbers written as strings, nested objects and arrays, unicode, quotes, JSON Pointer
 * escapes and SQL injection attempts in names, channels, paths and values.
 * Not used by production code.
 */
import type { EventRecord, EventType } from '../../ingest/event.ts';
import { EVENT_TYPES } from '../../ingest/event.ts';
import {
  type MappingRule,
  PROPERTY_OPS,
  type PropertyCondition,
  type PropertyValue,
} from '../../mapping/rules.ts';
import { createRandom, integerBetween, type Random } from '../../simulate/random.ts';
import { BASE_TIME_MS, makeEvent } from './fixtures.ts';

const INJECTION = "x'); DROP TABLE events; --";
const NAMES = [
  'Product Viewed',
  'product viewed',
  'Order Completed',
  "O'Brien's",
  'Ça marche',
  '日本語',
  INJECTION,
  '%',
  '',
];
const CHANNELS = [
  'web',
  'Web',
  'EMAIL',
  'email',
  'store',
  'écran',
  'ÉCRAN',
  "it's",
  'ΣΟΦΊΑ',
  INJECTION,
];
const KEYS = [
  'plan',
  'price',
  'tags',
  'nested',
  '0',
  'quote"key',
  "it's",
  'tilde~/slash',
  'ключ',
  'a b',
];
const PATHS = [
  ...KEYS,
  'nested.plan',
  'nested.price',
  'nested.deep.x',
  'tags.0',
  'tags.1',
  'tags.01',
  'tags.-1',
  'plan.0',
  'missing',
  "x'); DROP TABLE events; --",
  '$.plan',
  '*',
];
const TEXTS = [
  'pro',
  'Pro',
  'free',
  '42',
  '42.0',
  '4.2e1',
  ' 42',
  '-0',
  '0',
  '1e400',
  'true',
  '',
  'é',
  "it's",
  '"',
  INJECTION,
  '日本',
];
const NUMBERS = [42, 4.2, 0, -0, -7, 0.1 + 0.2, 0.3, 1e21, 123456789.125, -1e-7];

const MISFITS: readonly { value: PropertyValue | undefined }[] = [
  { value: undefined },
  { value: ['pro'] },
  { value: 'not a number' },
  { value: true },
];

const pick = <T>(random: Random, values: readonly T[]): T => {
  const value = values[integerBetween(random, 0, values.length - 1)];
  if (value === undefined) throw new Error('empty vocabulary');
  return value;
};

const some = <T>(random: Random, values: readonly T[], max: number): T[] => [
  ...new Set(Array.from({ length: integerBetween(random, 1, max) }, () => pick(random, values))),
];

const orEmpty = <T>(random: Random, values: () => T[], pEmpty: number): T[] =>
  random() < pEmpty ? [] : values();

function scalar(random: Random): string | number | boolean | null {
  const roll = random();
  if (roll < 0.45) return pick(random, TEXTS);
  if (roll < 0.8) return pick(random, NUMBERS);
  if (roll < 0.9) return random() < 0.5;
  return null;
}

function jsonValue(random: Random, depth: number): unknown {
  const roll = random();
  if (depth < 2 && roll < 0.15) return randomObject(random, depth + 1);
  if (roll < 0.3) return Array.from({ length: integerBetween(random, 0, 3) }, () => scalar(random));
  return scalar(random);
}

function randomObject(random: Random, depth: number): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (let i = integerBetween(random, 0, 4); i > 0; i--)
    object[pick(random, KEYS)] = jsonValue(random, depth);
  return object;
}

export function randomEvents(workspaceId: string, seed: number, count: number): EventRecord[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, index) => {
    const type: EventType = pick(random, EVENT_TYPES);
    const named = type === 'track' || type === 'page' || type === 'screen';
    return makeEvent(workspaceId, {
      messageId: `rnd-${seed}-${index}`,
      type,
      event: named && random() < 0.9 ? pick(random, NAMES) : null,
      channel: random() < 0.85 ? pick(random, CHANNELS) : null,
      timestamp: new Date(BASE_TIME_MS + index * 1_000),
      properties: randomObject(random, 0),
    });
  });
}

function conditionValue(random: Random, op: PropertyCondition['op']): PropertyValue | undefined {
  // Now and then a value that does not fit the operator: such a condition never holds.
  if (random() < 0.05) return pick(random, MISFITS).value;
  if (op === 'exists' || op === 'not-exists') return undefined;
  if (op === 'in') return some(random, [...TEXTS, ...NUMBERS], 4);
  if (op === 'gt' || op === 'gte' || op === 'lt' || op === 'lte')
    return random() < 0.7 ? pick(random, NUMBERS) : pick(random, ['42', '0.3', '-0', '1e3']);
  const value = scalar(random);
  return value === null ? 'pro' : value;
}

function randomCondition(random: Random): PropertyCondition {
  const op = pick(random, PROPERTY_OPS);
  const value = conditionValue(random, op);
  const path = pick(random, PATHS);
  return value === undefined ? { path, op } : { path, op, value };
}

export function randomRules(
  seed: number,
  count: number,
  touchpoints: readonly string[],
): MappingRule[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, index) => ({
    id: `rule-${seed}-${index}`,
    name: `Rule ${index}`,
    enabled: random() < 0.9,
    touchpointId: pick(random, touchpoints),
    when: {
      types: orEmpty(random, () => some(random, EVENT_TYPES, 3), 0.7),
      events: orEmpty(random, () => some(random, NAMES, 3), 0.5),
      channels: orEmpty(random, () => some(random, CHANNELS, 3), 0.6),
      properties: orEmpty(
        random,
        () => Array.from({ length: integerBetween(random, 1, 2) }, () => randomCondition(random)),
        0.5,
      ),
    },
  }));
}
