/**
 * What a property condition of a mapping rule means. This file is the definition: the SQL
 * of the event store (src/storage/events/mapping-sql.ts) reproduces it, and the mapping
 * conformance test (src/storage/events/conformance-mapping.ts) checks both agree on random
 * rules and events.
 *
 * The value at a path. The path is split on `.`; starting from the event properties, each
 * segment takes the own key of an object, or the element of an array at a canonical
 * non-negative integer index (`0`, `12`; not `01`, `-1`, `+1`) — JSON Pointer rules. Anything
 * else (a missing key, a scalar in the way, an index out of range) gives no value; a JSON
 * `null` counts as no value.
 *
 * Numbers. A number, or a string written in the JSON number grammar (`-12`, `3.5`, `1e3`; not
 * ` 1`, `+1`, `.5`, `0x10`, `1e400`) is numeric; its value is the nearest double. A boolean is
 * never numeric.
 *
 * Equality `same(actual, expected)` of two scalars: two strings are the same when identical
 * (case-sensitive, no normalisation); two booleans when identical; a number and a number or
 * numeric string when equal as doubles (so `42` equals `"42"` and `"4.2e1"`, but `"42"`
 * does not equal `"42.0"`: two strings are compared as text). Anything else differs.
 *
 * Operators (`actual` is the value at the path, `value` the condition's value):
 * - `exists`: there is a value; `not-exists`: there is none. `value` is ignored.
 * - `equals`: there is a scalar value and `same(actual, value)`.
 * - `not-equals`: the exact opposite of `equals` — an event without the value matches.
 * - `in`: `value` is a list and `same(actual, element)` for one of its elements.
 * - `contains`: `actual` is a string and `value` a string found in it (case-sensitive; the
 *   empty string is in every string), or `actual` is an array with an element that is
 *   `same` as `value`.
 * - `gt`, `gte`, `lt`, `lte`: `actual` and `value` are both numeric and compare so as doubles.
 * A condition whose `value` does not fit its operator (see `valueFits`) never holds, whatever
 * the operator (`not-equals` included); saved rules are checked so that this cannot happen.
 */
import type { PropertyCondition, PropertyOp, PropertyValue } from './rules.ts';

/** The JSON number grammar, anchored; the SQL uses the same pattern (without the anchors). */
export const NUMERIC_STRING_PATTERN = '-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?';
const NUMERIC_STRING = new RegExp(`^${NUMERIC_STRING_PATTERN}$`);
const ARRAY_INDEX = /^(0|[1-9][0-9]*)$/;

export type Scalar = string | number | boolean;

/** The numeric value of `value` as defined above, or null when it is not numeric. */
export function numericValue(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string' || !NUMERIC_STRING.test(value)) return null;
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}

export const isScalar = (value: unknown): value is Scalar =>
  typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';

/** The segments of a dotted path: `product.category` → `['product', 'category']`. */
export const pathSegments = (path: string): string[] => path.split('.');

/** The value at `segments` in `properties`, or undefined when there is none (null included). */
export function valueAt(properties: unknown, segments: readonly string[]): unknown {
  let current: unknown = properties;
  for (const segment of segments) {
    if (Array.isArray(current)) {
      current = ARRAY_INDEX.test(segment) ? current[Number(segment)] : undefined;
    } else if (typeof current === 'object' && current !== null && Object.hasOwn(current, segment)) {
      current = (current as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return current === null ? undefined : current;
}

/** Scalar equality as defined above. */
export function same(actual: unknown, expected: Scalar): boolean {
  if (typeof actual === 'number' || typeof expected === 'number') {
    if (typeof actual === 'boolean' || typeof expected === 'boolean') return false;
    const left = numericValue(actual);
    return left !== null && left === numericValue(expected);
  }
  return actual === expected;
}

/** Whether `value` has the shape `op` needs. */
export function valueFits(op: PropertyOp, value: PropertyValue | undefined): boolean {
  switch (op) {
    case 'exists':
    case 'not-exists':
      return true;
    case 'in':
      return Array.isArray(value) && value.every(isScalar);
    case 'equals':
    case 'not-equals':
    case 'contains':
      return isScalar(value) && (typeof value !== 'number' || Number.isFinite(value));
    default:
      return numericValue(value) !== null;
  }
}

type Test = (actual: unknown) => boolean;

const never: Test = () => false;

function containsTest(value: Scalar): Test {
  return (actual) => {
    if (typeof actual === 'string') return typeof value === 'string' && actual.includes(value);
    return Array.isArray(actual) && actual.some((element) => same(element, value));
  };
}

function numericTest(op: PropertyOp, bound: number): Test {
  const compare: Record<string, (left: number) => boolean> = {
    gt: (left) => left > bound,
    gte: (left) => left >= bound,
    lt: (left) => left < bound,
    lte: (left) => left <= bound,
  };
  const holds = compare[op];
  if (holds === undefined) return never;
  return (actual) => {
    const left = numericValue(actual);
    return left !== null && holds(left);
  };
}

/** The test of `op` against the value at the path (undefined when there is none). */
function testOf(op: PropertyOp, value: PropertyValue | undefined): Test {
  if (!valueFits(op, value)) return never;
  switch (op) {
    case 'exists':
      return (actual) => actual !== undefined;
    case 'not-exists':
      return (actual) => actual === undefined;
    case 'equals':
      return (actual) => same(actual, value as Scalar);
    case 'not-equals':
      return (actual) => !same(actual, value as Scalar);
    case 'in': {
      const list = value as Scalar[];
      return (actual) => list.some((element) => same(actual, element));
    }
    case 'contains':
      return containsTest(value as Scalar);
    default:
      return numericTest(op, numericValue(value) ?? Number.NaN);
  }
}

/** A condition compiled into a test of an event's properties. */
export function compileCondition(
  condition: PropertyCondition,
): (properties: Record<string, unknown>) => boolean {
  const segments = pathSegments(condition.path);
  const test = testOf(condition.op, condition.value);
  return (properties) => test(valueAt(properties, segments));
}
