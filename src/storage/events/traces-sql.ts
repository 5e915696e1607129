/**
 * The SQL behind the trace queries (./analytics-port.ts): the rows of a trace index (every
 * mapped, resolved event of a workspace in (customer, timestamp, seq) order) and customers'
 * latest traits, which the filters and breakdowns use. Every value is bound; only this
 * module's constants and integers it computes are in the text.
 */
import { LIST, listValue, VARCHAR } from '@duckdb/node-api';
import { CONVERSION_ITEM, type TraceQuery } from './analytics-port.ts';
import { DISTINCT_KEYS_SQL, keyedMapping } from './mapping-keyed-sql.ts';
import type { EventKey } from './mapping-plan.ts';
import { type BoundSql, SqlParameters } from './mapping-sql.ts';
import { jsonPointerOf } from './mapping-sql-conditions.ts';

/** What a trace index depends on: the mapping and the conversions, not the filters. */
export type TraceIndexQuery = Pick<
  TraceQuery,
  'workspaceId' | 'rules' | 'touchpointIds' | 'conversions'
>;

const IDENTITY_JOINS = `LEFT JOIN identities u ON u.workspace_id = e.workspace_id AND u.kind = 'user'
    AND u.value = e.user_id
  LEFT JOIN identities a ON a.workspace_id = e.workspace_id AND a.kind = 'anonymous'
    AND a.value = e.anonymous_id`;

/**
 * With conversions asked for: conversion events become `CONVERSION_ITEM` (whatever the rules
 * say of them) with their value; the value is read only for them.
 */
function conversionColumns(params: SqlParameters, query: TraceIndexQuery, mapped: string) {
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

/** The distinct (type, event, channel) keys of a workspace's events. */
export function traceKeysSql(workspaceId: string): BoundSql {
  const params = new SqlParameters();
  const sql = DISTINCT_KEYS_SQL(`e.workspace_id = ${params.bind(workspaceId, VARCHAR)}`);
  return { sql, values: params.values, types: params.types };
}

/**
 * Every customer of the workspace, in id order (position c is customer number c), as one
 * newline-separated text: one value to convert instead of a million.
 */
export function customersSql(workspaceId: string): BoundSql {
  const params = new SqlParameters();
  const sql = `SELECT coalesce(string_agg(customer_id, chr(10) ORDER BY customer_id), '')
    FROM (SELECT DISTINCT customer_id FROM identities
      WHERE workspace_id = ${params.bind(workspaceId, VARCHAR)})`;
  return { sql, values: params.values, types: params.types };
}

/**
 * The rows of a trace index (./trace-index.ts): (customer number as in `customersSql`, item,
 * ms, channel position in `channelNames` or −1, conversion value), every mapped and resolved
 * event of the workspace in (customer, ts, seq) order. Customers are numbered in the query so
 * that the sort and the transfer handle integers, not ids; run it in the same transaction as
 * `customersSql` so that both see the same customers.
 */
export function traceIndexSql(
  query: TraceIndexQuery,
  keys: readonly EventKey[],
  channelNames: readonly string[],
): BoundSql {
  const params = new SqlParameters();
  const mapping = keyedMapping(params, query.rules, keys, query.touchpointIds);
  const workspace = params.bind(query.workspaceId, VARCHAR);
  const { item, value } = conversionColumns(params, query, mapping.item);
  const channels = params.bind(listValue([...channelNames]), LIST(VARCHAR));
  const sql = `WITH ids AS (
      SELECT kind, value, (dense_rank() OVER (ORDER BY customer_id) - 1)::INTEGER AS c
      FROM identities WHERE workspace_id = ${workspace}),
    mapped AS (
      SELECT e.user_id, e.anonymous_id, e.ts, e.seq, e.channel, ${item} AS item,
        ${value} AS value
      FROM events e
      JOIN ${mapping.keysTable} k ON ${mapping.joinOn}
      WHERE e.workspace_id = ${workspace})
    SELECT coalesce(u.c, a.c) AS c, m.item::INTEGER AS item, epoch_ms(m.ts)::DOUBLE AS ms,
      coalesce(list_position(${channels}, m.channel) - 1, -1)::INTEGER AS channel,
      coalesce(m.value, 'NaN'::DOUBLE) AS value
    FROM mapped m
    LEFT JOIN ids u ON u.kind = 'user' AND u.value = m.user_id
    LEFT JOIN ids a ON a.kind = 'anonymous' AND a.value = m.anonymous_id
    WHERE m.item IS NOT NULL AND coalesce(u.c, a.c) IS NOT NULL
    ORDER BY c, m.ts, m.seq`;
  return { sql, values: params.values, types: params.types };
}

/**
 * Each identified customer's latest value of each trait (by identify time), over all time:
 * columns customer_id, then one per name (NULL when the customer never had it).
 */
export function latestTraitsSql(workspaceId: string, names: readonly string[]): BoundSql {
  const params = new SqlParameters();
  const columns = names.map((name, index) => {
    const path = params.bind(`$."${name.replaceAll('"', '')}"`, VARCHAR);
    return `arg_max(json_extract_string(i.traits, ${path}), i.ts)
      FILTER (WHERE json_extract_string(i.traits, ${path}) IS NOT NULL) AS t${index}`;
  });
  const workspace = params.bind(workspaceId, VARCHAR);
  const sql = `SELECT i.customer_id, ${columns.join(', ')}
    FROM (SELECT coalesce(u.customer_id, a.customer_id) AS customer_id, e.ts, e.traits
      FROM events e ${IDENTITY_JOINS}
      WHERE e.workspace_id = ${workspace} AND e.type = 'identify') i
    WHERE i.customer_id IS NOT NULL GROUP BY i.customer_id`;
  return { sql, values: params.values, types: params.types };
}
