/**
 * The SQL of the trace stream (./analytics-port.ts): one row per mapped, resolved event with
 * its customer, item (touchpoint position), time in ms and the customer's breakdown value,
 * sorted by (customer, timestamp, seq). Every value is bound; only this module's constants
 * and integers it computes are in the text.
 */
import { LIST, listValue, TIMESTAMPTZ, VARCHAR } from '@duckdb/node-api';
import { CONVERSION_ITEM, NO_BREAKDOWN_VALUE, type TraceQuery } from './analytics-port.ts';
import { toTimestampTz } from './identity-duckdb-sql.ts';
import { DISTINCT_KEYS_SQL, keyedMapping } from './mapping-keyed-sql.ts';
import type { EventKey } from './mapping-plan.ts';
import { type BoundSql, SqlParameters } from './mapping-sql.ts';
import { jsonPointerOf } from './mapping-sql-conditions.ts';

/** A trait's latest value among a customer's identify calls (`i`: the `identified` relation). */
const latestTrait = (params: SqlParameters, name: string): string => {
  const path = params.bind(`$."${name.replaceAll('"', '')}"`, VARCHAR);
  return `arg_max(json_extract_string(i.traits, ${path}), i.ts)
    FILTER (WHERE json_extract_string(i.traits, ${path}) IS NOT NULL)`;
};

/** The per-customer relations a query needs: traits (from identify calls) and first channel. */
interface CustomerColumns {
  /** CTEs to add after `resolved`. */
  readonly ctes: string[];
  /** Joins onto `resolved r`. */
  readonly joins: string[];
  /** Conditions on the joined columns. */
  readonly conditions: string[];
  /** Expression of the breakdown value. */
  readonly breakdown: string;
}

function customerColumns(params: SqlParameters, query: TraceQuery): CustomerColumns {
  const filters = query.filters ?? {};
  const breakdown = query.breakdown;
  const traitColumns: string[] = [];
  const conditions: string[] = [];
  const trait = (name: string) => {
    traitColumns.push(`${latestTrait(params, name)} AS t${traitColumns.length}`);
    return `t.t${traitColumns.length - 1}`;
  };
  if (filters.personas !== undefined) {
    const personas = params.bind(listValue([...filters.personas]), LIST(VARCHAR));
    conditions.push(`coalesce(list_contains(${personas}, ${trait('persona')}), false)`);
  }
  if (filters.trait !== undefined) {
    const values = params.bind(listValue([...filters.trait.values]), LIST(VARCHAR));
    conditions.push(`coalesce(list_contains(${values}, ${trait(filters.trait.name)}), false)`);
  }
  // Bound only when used: DuckDB refuses a statement with an unused parameter.
  const none = () => params.bind(NO_BREAKDOWN_VALUE, VARCHAR);
  let value = 'NULL';
  const ctes: string[] = [];
  const joins: string[] = [];
  if (breakdown?.by === 'persona') value = `coalesce(${trait('persona')}, ${none()})`;
  if (breakdown?.by === 'trait') value = `coalesce(${trait(breakdown.name)}, ${none()})`;
  if (breakdown?.by === 'first-channel') {
    ctes.push(`firsts AS (
      SELECT customer_id, arg_min(channel, ts) FILTER (WHERE channel IS NOT NULL) AS first_channel
      FROM resolved WHERE item IS NOT NULL GROUP BY customer_id)`);
    joins.push('LEFT JOIN firsts f ON f.customer_id = r.customer_id');
    value = `coalesce(f.first_channel, ${none()})`;
  }
  if (traitColumns.length > 0) {
    // Traits over all time, whatever the date filter: a customer's persona does not depend on it.
    const workspace = params.bind(query.workspaceId, VARCHAR);
    ctes.push(`traits AS (
      SELECT i.customer_id, ${traitColumns.join(', ')}
      FROM (SELECT coalesce(u.customer_id, a.customer_id) AS customer_id, e.ts, e.traits
        FROM events e ${IDENTITY_JOINS}
        WHERE e.workspace_id = ${workspace} AND e.type = 'identify') i
      WHERE i.customer_id IS NOT NULL GROUP BY i.customer_id)`);
    joins.push('LEFT JOIN traits t ON t.customer_id = r.customer_id');
  }
  return { ctes, joins, conditions, breakdown: value };
}

const IDENTITY_JOINS = `LEFT JOIN identities u ON u.workspace_id = e.workspace_id AND u.kind = 'user'
    AND u.value = e.user_id
  LEFT JOIN identities a ON a.workspace_id = e.workspace_id AND a.kind = 'anonymous'
    AND a.value = e.anonymous_id`;

/**
 * With conversions asked for: conversion events become `CONVERSION_ITEM` (whatever the rules
 * say of them) with their value; the value is read only for them.
 */
function conversionColumns(params: SqlParameters, query: TraceQuery, mapped: string) {
  const conversions = query.conversions;
  if (conversions === undefined) return { item: mapped, value: 'NULL::DOUBLE' };
  const names = params.bind(listValue([...conversions.events]), LIST(VARCHAR));
  const isConversion = `(e.type = 'track' AND list_contains(${names}, e.event))`;
  const pointer = params.bind(jsonPointerOf(conversions.valueProperty), VARCHAR);
  return {
    item: `CASE WHEN ${isConversion} THEN ${CONVERSION_ITEM} ELSE ${mapped} END`,
    value: `CASE WHEN ${isConversion} THEN coalesce(TRY_CAST(json_extract(e.properties, ${pointer}) AS DOUBLE), 0) END`,
  };
}

/** The WHERE clause on events `e` shared by the keys and the trace statements. */
function eventWhere(params: SqlParameters, query: TraceQuery): string {
  const filters = query.filters ?? {};
  const where = [`e.workspace_id = ${params.bind(query.workspaceId, VARCHAR)}`];
  if (filters.from !== undefined) {
    where.push(`e.ts >= ${params.bind(toTimestampTz(filters.from), TIMESTAMPTZ)}`);
  }
  if (filters.to !== undefined) {
    where.push(`e.ts < ${params.bind(toTimestampTz(filters.to), TIMESTAMPTZ)}`);
  }
  return where.join(' AND ');
}

/** The distinct (type, event, channel) keys of the events a trace query covers. */
export function traceKeysSql(query: TraceQuery): BoundSql {
  const params = new SqlParameters();
  const sql = DISTINCT_KEYS_SQL(eventWhere(params, query));
  return { sql, values: params.values, types: params.types };
}

/**
 * The trace rows, events mapped by key resolution (./mapping-keyed-sql.ts) over `keys`, the
 * result of `traceKeysSql` (events of keys appended since are left out of this analysis).
 */
export function tracesSql(query: TraceQuery, keys: readonly EventKey[]): BoundSql {
  const params = new SqlParameters();
  const filters = query.filters ?? {};
  const mapping = keyedMapping(params, query.rules, keys, query.touchpointIds);
  const where = eventWhere(params, query);
  const channelFilter =
    filters.channels === undefined
      ? 'true'
      : `list_contains(${params.bind(listValue([...filters.channels]), LIST(VARCHAR))}, r.channel)`;
  const customer = customerColumns(params, query);
  const { item, value } = conversionColumns(params, query, mapping.item);
  const sql = `WITH resolved AS (
      SELECT coalesce(u.customer_id, a.customer_id) AS customer_id, e.ts, e.seq, e.channel,
        ${item} AS item, ${value} AS value
      FROM events e
      JOIN ${mapping.keysTable} k ON ${mapping.joinOn}
      ${IDENTITY_JOINS}
      WHERE ${where}
    )${customer.ctes.map((cte) => `, ${cte}`).join('')}
    SELECT r.customer_id, r.item::INTEGER AS item, epoch_ms(r.ts)::DOUBLE AS ms,
      ${customer.breakdown} AS breakdown, r.value
    FROM resolved r ${customer.joins.join(' ')}
    WHERE r.item IS NOT NULL AND r.customer_id IS NOT NULL AND ${channelFilter}
      ${customer.conditions.map((condition) => `AND ${condition}`).join(' ')}
    ORDER BY r.customer_id, r.ts, r.seq`;
  return { sql, values: params.values, types: params.types };
}
