/**
 * Mapping rules compiled into DuckDB SQL: the expression that tells, for each row of
 * `events`, which rule (hence which touchpoint) the event maps to, with exactly the
 * first-match semantics of `compileMatcher` (src/mapping/match.ts) — the conformance suite
 * checks that they agree on random rules and events (./conformance-mapping.ts).
 *
 * Every value from the rules (names, channels, paths, values, touchpoint ids) is bound as a
 * parameter; the SQL text holds only this module's constants, rule positions (integers it
 * computes) and column expressions chosen by the calling code.
 *
 * For analytics (reuse it, do not rewrite it):
 *   const params = new SqlParameters();
 *   const workspace = params.bind(workspaceId, VARCHAR);
 *   const touchpoint = touchpointOfEventSql(rules, params, { table: 'e' });
 *   const sql = `SELECT ${touchpoint} AS touchpoint_id, e.ts FROM events e
 *     WHERE e.workspace_id = ${workspace}`;
 *   connection.runAndReadAll(sql, params.values, params.types);
 * `touchpoint_id` is NULL for unmapped events. Rule ids and touchpoint ids are bound, so the
 * same rules always give the same SQL text for the same parameter offset.
 *
 * Cost: the CASE tries the rules in order for every event, so it grows with the number of
 * rules (fine for the default rules of a map, ~100 ms over 300k events; 2,000 rules took
 * 20 s). For large rule lists, settle events by signature first (./mapping-plan.ts, as the
 * preview does) and use `chainedRuleSql` for the few signatures whose properties decide.
 */
import { type DuckDBType, type DuckDBValue, LIST, listValue, VARCHAR } from '@duckdb/node-api';
import type { MappingRule } from '../../mapping/rules.ts';
import { type Binder, conditionSql } from './mapping-sql-conditions.ts';

/** SQL text and its bound values, ready for `runAndReadAll(sql, values, types)`. */
export interface BoundSql {
  readonly sql: string;
  readonly values: DuckDBValue[];
  readonly types: DuckDBType[];
}

/** Bound values of one statement, numbered `$1`, `$2`, … in binding order. */
export class SqlParameters implements Binder {
  readonly values: DuckDBValue[] = [];
  readonly types: DuckDBType[] = [];

  bind(value: DuckDBValue, type: DuckDBType): string {
    this.values.push(value);
    this.types.push(type);
    return `$${this.values.length}`;
  }
}

/** Where the event columns are: the alias of the `events` table in the query, if any. */
export interface EventColumns {
  /** A plain SQL identifier (`e`), never user input; none for unqualified columns. */
  readonly table?: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

function columnsOf(columns: EventColumns) {
  const table = columns.table;
  if (table !== undefined && !IDENTIFIER.test(table))
    throw new Error(`not a table alias: ${JSON.stringify(table)}`);
  const column = (name: string) => (table === undefined ? name : `${table}.${name}`);
  return {
    type: column('type'),
    event: column('event'),
    channel: column('channel'),
    properties: column('properties'),
  };
}

/** The condition of one rule: every list and property condition must hold. */
function ruleSql(rule: MappingRule, binder: Binder, columns: ReturnType<typeof columnsOf>): string {
  const { types, events, channels, properties } = rule.when;
  // One value compares with `=`, twice as fast as `list_contains` on the demo history.
  const oneOf = (values: readonly string[], column: string) =>
    values.length === 1
      ? `${column} = ${binder.bind(values[0] ?? null, VARCHAR)}`
      : `list_contains(${binder.bind(listValue([...new Set(values)]), LIST(VARCHAR))}, ${column})`;
  const tests: string[] = [];
  if (types.length > 0) tests.push(oneOf(types, columns.type));
  if (events.length > 0) tests.push(oneOf(events, columns.event));
  if (channels.length > 0) {
    const lowered = channels.map((channel) => channel.toLowerCase());
    tests.push(oneOf(lowered, `lower(${columns.channel})`));
  }
  for (const condition of properties)
    tests.push(conditionSql(binder, columns.properties, condition));
  return tests.length === 0 ? 'true' : tests.join(' AND ');
}

/** `CASE WHEN <rule 0> THEN <result 0> … END` over the enabled rules; NULL when none matches. */
function firstMatchSql(
  rules: readonly MappingRule[],
  binder: Binder,
  columns: EventColumns,
  result: (rule: MappingRule, index: number) => string,
  nullType: string,
): string {
  const resolved = columnsOf(columns);
  const branches = rules.flatMap((rule, index) =>
    rule.enabled ? [`WHEN ${ruleSql(rule, binder, resolved)} THEN ${result(rule, index)}`] : [],
  );
  return branches.length === 0 ? `NULL::${nullType}` : `(CASE ${branches.join('\n  ')} END)`;
}

/**
 * The position in `rules` (0-based INTEGER) of the rule each event maps to, NULL when
 * unmapped. Binds into `binder`, so it composes with the rest of a statement.
 */
export function ruleIndexSql(
  rules: readonly MappingRule[],
  binder: Binder,
  columns: EventColumns = {},
): string {
  return firstMatchSql(rules, binder, columns, (_rule, index) => `${index}`, 'INTEGER');
}

/** The touchpoint id (VARCHAR) each event maps to, NULL when unmapped. Binds into `binder`. */
export function touchpointOfEventSql(
  rules: readonly MappingRule[],
  binder: Binder,
  columns: EventColumns = {},
): string {
  return firstMatchSql(
    rules,
    binder,
    columns,
    (rule) => binder.bind(rule.touchpointId, VARCHAR),
    'VARCHAR',
  );
}

/**
 * For the events of chained signatures (./mapping-plan.ts): the position of the rule each
 * maps to, given the chain it goes through (`chainColumn`, an integer column of the query).
 * Only property conditions are tested: the chain's rules already admit the event's type,
 * name and channel.
 */
export function chainedRuleSql(
  rules: readonly MappingRule[],
  chains: readonly (readonly number[])[],
  binder: Binder,
  chainColumn: string,
  columns: EventColumns = {},
): string {
  if (!IDENTIFIER.test(chainColumn.replace('.', '_')))
    throw new Error(`not a column: ${JSON.stringify(chainColumn)}`);
  const { properties } = columnsOf(columns);
  const branches = chains.map((chain, id) => {
    const tests = chain.flatMap((index) => {
      const conditions = rules[index]?.when.properties ?? [];
      if (conditions.length === 0) return [`ELSE ${index}`];
      const all = conditions.map((condition) => conditionSql(binder, properties, condition));
      return [`WHEN ${all.join(' AND ')} THEN ${index}`];
    });
    return `WHEN ${chainColumn} = ${id} THEN (CASE ${tests.join(' ')} END)`;
  });
  return branches.length === 0 ? 'NULL::INTEGER' : `(CASE ${branches.join('\n  ')} END)`;
}

/** `ruleIndexSql` on its own: `{ sql, values, types }` with parameters from `$1`. */
export function compileRuleIndex(
  rules: readonly MappingRule[],
  columns: EventColumns = {},
): BoundSql {
  const params = new SqlParameters();
  const sql = ruleIndexSql(rules, params, columns);
  return { sql, values: params.values, types: params.types };
}
