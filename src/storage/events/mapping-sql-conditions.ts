/**
 * DuckDB SQL of one property condition of a mapping rule, with the exact semantics of
 * src/mapping/conditions.ts (which defines them; read it first). Every value and every path
 * is bound as a parameter; the only text spliced in is this file's own constants and the
 * column expression chosen by the caller (never user input).
 *
 * The value at a path is read with a JSON Pointer (RFC 6901), which DuckDB's JSON functions
 * follow exactly as `valueAt` does: own keys of objects, canonical indexes of arrays.
 */
import {
  DOUBLE,
  type DuckDBType,
  type DuckDBValue,
  LIST,
  listValue,
  VARCHAR,
} from '@duckdb/node-api';
import {
  NUMERIC_STRING_PATTERN,
  numericValue,
  type Scalar,
  valueFits,
} from '../../mapping/conditions.ts';
import type { PropertyCondition } from '../../mapping/rules.ts';

/** Collects bound values; `bind` answers the placeholder to put in the SQL. */
export interface Binder {
  bind(value: DuckDBValue, type: DuckDBType): string;
}

/** The JSON Pointer of a dotted path: `a.b/c` → `/a/b~1c`. */
export const jsonPointerOf = (path: string): string =>
  path
    .split('.')
    .map((segment) => `/${segment.replaceAll('~', '~0').replaceAll('/', '~1')}`)
    .join('');

const NUMERIC_TYPES = "('BIGINT', 'UBIGINT', 'HUGEINT', 'DOUBLE')";
// The pattern is a constant of ours, written as an SQL literal (no quote in it).
const NUMERIC_TEXT = `'${NUMERIC_STRING_PATTERN}'`;

/** `value` when it is a finite double, else NULL: `1e400` overflows to infinity, not numeric. */
const finite = (value: string): string => `(CASE WHEN isfinite(${value}) THEN ${value} END)`;

/** SQL pieces reading the value of one condition's path in the properties column. */
class ValueAt {
  readonly type: string;
  readonly text: string;
  readonly json: string;

  constructor(properties: string, pointer: string) {
    this.type = `json_type(${properties}, ${pointer})`;
    this.text = `json_extract_string(${properties}, ${pointer})`;
    this.json = `json_extract(${properties}, ${pointer})`;
  }

  /** The value of a JSON number; NULL for anything else. */
  get number(): string {
    return `(CASE WHEN ${this.type} IN ${NUMERIC_TYPES} THEN ${finite(`TRY_CAST(${this.json} AS DOUBLE)`)} END)`;
  }

  /** The value of a string in the JSON number grammar; NULL for anything else. */
  get numericText(): string {
    return `(CASE WHEN ${this.type} = 'VARCHAR' AND regexp_full_match(${this.text}, ${NUMERIC_TEXT})
      THEN ${finite(`TRY_CAST(${this.text} AS DOUBLE)`)} END)`;
  }

  /** `numericValue`: a JSON number or a numeric string, as a double; NULL otherwise. */
  get numeric(): string {
    return `coalesce(${this.number}, ${this.numericText})`;
  }

  /** The elements of an array value (an empty list for any other value). */
  get elements(): string {
    return `json_extract(${this.json}, '$[*]')`;
  }
}

/** Expected values of an equality, sorted by how `same` compares them. */
interface Expected {
  /** Compared as text with string values. */
  readonly texts: string[];
  /** Compared with JSON numbers: numbers, and numeric strings read as numbers. */
  readonly forNumbers: number[];
  /** Compared with numeric strings: numbers only (two strings compare as text). */
  readonly forNumericTexts: number[];
  readonly booleans: string[];
}

function expectedOf(values: readonly Scalar[]): Expected {
  const expected: Expected = { texts: [], forNumbers: [], forNumericTexts: [], booleans: [] };
  for (const value of values) {
    if (typeof value === 'boolean') expected.booleans.push(String(value));
    else if (typeof value === 'number') {
      expected.forNumbers.push(value);
      expected.forNumericTexts.push(value);
    } else {
      expected.texts.push(value);
      const number = numericValue(value);
      if (number !== null) expected.forNumbers.push(number);
    }
  }
  return expected;
}

/** `actual` is one of `values` (an SQL boolean, possibly NULL), for one kind of value. */
function oneOf(
  binder: Binder,
  actual: string,
  values: readonly (string | number)[],
  type: DuckDBType,
) {
  if (values.length === 1) return `${actual} = ${binder.bind(values[0] ?? null, type)}`;
  return `list_contains(${binder.bind(listValue([...values]), LIST(type))}, ${actual})`;
}

/** `same(value, e)` for some `e` of `values`, given SQL for the value's type, text and numbers. */
function sameAsAny(
  binder: Binder,
  value: { type: string; text: string; number: string; numericText: string },
  values: readonly Scalar[],
): string {
  const expected = expectedOf(values);
  const tests: string[] = [];
  if (expected.texts.length > 0)
    tests.push(
      `(${value.type} = 'VARCHAR' AND ${oneOf(binder, value.text, expected.texts, VARCHAR)})`,
    );
  if (expected.forNumbers.length > 0)
    tests.push(oneOf(binder, value.number, expected.forNumbers, DOUBLE));
  if (expected.forNumericTexts.length > 0)
    tests.push(oneOf(binder, value.numericText, expected.forNumericTexts, DOUBLE));
  if (expected.booleans.length > 0)
    tests.push(
      `(${value.type} = 'BOOLEAN' AND ${oneOf(binder, value.text, expected.booleans, VARCHAR)})`,
    );
  return tests.length === 0 ? 'false' : `coalesce(${tests.join(' OR ')}, false)`;
}

/** Whether some element of the array value is `same` as `expected` (a lambda per kind). */
function arrayHas(binder: Binder, at: ValueAt, expected: Scalar): string {
  const el = {
    type: 'json_type(el)',
    text: "json_extract_string(el, '$')",
    number: `(CASE WHEN json_type(el) IN ${NUMERIC_TYPES} THEN ${finite('TRY_CAST(el AS DOUBLE)')} END)`,
    numericText: `(CASE WHEN json_type(el) = 'VARCHAR'
      AND regexp_full_match(json_extract_string(el, '$'), ${NUMERIC_TEXT})
      THEN ${finite("TRY_CAST(json_extract_string(el, '$') AS DOUBLE)")} END)`,
  };
  // Lambdas cannot see parameters: each element becomes a boolean-free key per kind first.
  const keys = (expression: string) => `list_transform(${at.elements}, el -> ${expression})`;
  const kinds = expectedOf([expected]);
  const tests: string[] = [];
  const has = (list: string, values: readonly (string | number)[], type: DuckDBType) => {
    for (const value of values) tests.push(`list_contains(${list}, ${binder.bind(value, type)})`);
  };
  has(keys(`CASE WHEN ${el.type} = 'VARCHAR' THEN ${el.text} END`), kinds.texts, VARCHAR);
  has(keys(el.number), kinds.forNumbers, DOUBLE);
  has(keys(el.numericText), kinds.forNumericTexts, DOUBLE);
  has(keys(`CASE WHEN ${el.type} = 'BOOLEAN' THEN ${el.text} END`), kinds.booleans, VARCHAR);
  return `(${at.type} = 'ARRAY' AND (${tests.join(' OR ') || 'false'}))`;
}

function containsSql(binder: Binder, at: ValueAt, expected: Scalar): string {
  const inText =
    typeof expected === 'string'
      ? `(${at.type} = 'VARCHAR' AND contains(${at.text}, ${binder.bind(expected, VARCHAR)})) OR `
      : '';
  return `coalesce(${inText}${arrayHas(binder, at, expected)}, false)`;
}

const COMPARISONS: Readonly<Record<string, string>> = { gt: '>', gte: '>=', lt: '<', lte: '<=' };

/** SQL of one condition: a boolean that is never NULL. */
export function conditionSql(
  binder: Binder,
  properties: string,
  condition: PropertyCondition,
): string {
  const { op, value } = condition;
  if (!valueFits(op, value)) return 'false';
  const at = new ValueAt(properties, binder.bind(jsonPointerOf(condition.path), VARCHAR));
  const present = `coalesce(${at.type} <> 'NULL', false)`;
  switch (op) {
    case 'exists':
      return present;
    case 'not-exists':
      return `(NOT ${present})`;
    case 'equals':
      return sameAsAny(binder, at, [value as Scalar]);
    case 'not-equals':
      return `(NOT ${sameAsAny(binder, at, [value as Scalar])})`;
    case 'in':
      return sameAsAny(binder, at, value as Scalar[]);
    case 'contains':
      return containsSql(binder, at, value as Scalar);
    default: {
      const bound = binder.bind(numericValue(value) ?? 0, DOUBLE);
      return `coalesce(${at.numeric} ${COMPARISONS[op] ?? '='} ${bound}, false)`;
    }
  }
}
