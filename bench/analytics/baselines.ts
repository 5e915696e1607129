/**
 * Runs the SQL baselines of bench/baselines/ on the benchmark database: `{{mapped}}` becomes
 * the platform's mapping (identity resolution + the rules' CASE), every value bound.
 */
import { readFileSync } from 'node:fs';
import { type DuckDBConnection, INTEGER, LIST, listValue, VARCHAR } from '@duckdb/node-api';
import type { JourneyFrame } from '../../src/analytics/journey-frame.ts';
import type { MappingRule } from '../../src/mapping/rules.ts';
import { SqlParameters, touchpointOfEventSql } from '../../src/storage/events/mapping-sql.ts';

export type BaselineName = 'funnel' | 'paths' | 'variants' | 'switch-matrix' | 'markov-paths';

function mappedSql(
  params: SqlParameters,
  workspaceId: string,
  rules: readonly MappingRule[],
  frame: JourneyFrame,
) {
  const touchpoint = touchpointOfEventSql(rules, params, { table: 'e' });
  const ids = params.bind(listValue([...frame.touchpointIds]), LIST(VARCHAR));
  const stages = params.bind(listValue(frame.placements.map((p) => p.stage)), LIST(INTEGER));
  const channels = params.bind(listValue(frame.placements.map((p) => p.channel)), LIST(INTEGER));
  const workspace = params.bind(workspaceId, VARCHAR);
  return `SELECT customer_id, ts, seq, item, list_extract(${stages}, item + 1) AS stage,
      list_extract(${channels}, item + 1) AS channel
    FROM (
      SELECT coalesce(u.customer_id, a.customer_id) AS customer_id, e.ts, e.seq,
        list_position(${ids}, ${touchpoint}) - 1 AS item
      FROM events e
      LEFT JOIN identities u ON u.workspace_id = e.workspace_id AND u.kind = 'user' AND u.value = e.user_id
      LEFT JOIN identities a ON a.workspace_id = e.workspace_id AND a.kind = 'anonymous'
        AND a.value = e.anonymous_id
      WHERE e.workspace_id = ${workspace})
    WHERE item IS NOT NULL AND customer_id IS NOT NULL`;
}

/** Mapped events and conversion events (whatever the rules say of them), with their value. */
function journeyEventsSql(
  params: SqlParameters,
  workspaceId: string,
  rules: readonly MappingRule[],
  frame: JourneyFrame,
  conversions: readonly string[],
) {
  const touchpoint = touchpointOfEventSql(rules, params, { table: 'e' });
  const ids = params.bind(listValue([...frame.touchpointIds]), LIST(VARCHAR));
  const channels = params.bind(listValue(frame.placements.map((p) => p.channel)), LIST(INTEGER));
  const names = params.bind(listValue([...conversions]), LIST(VARCHAR));
  const workspace = params.bind(workspaceId, VARCHAR);
  return `SELECT customer_id, ts, seq, list_extract(${channels}, item + 1) AS channel,
      is_conversion, value
    FROM (
      SELECT coalesce(u.customer_id, a.customer_id) AS customer_id, e.ts, e.seq,
        (e.type = 'track' AND list_contains(${names}, e.event)) AS is_conversion,
        list_position(${ids}, ${touchpoint}) - 1 AS item,
        TRY_CAST(json_extract(e.properties, '$.revenue') AS DOUBLE) AS value
      FROM events e
      LEFT JOIN identities u ON u.workspace_id = e.workspace_id AND u.kind = 'user' AND u.value = e.user_id
      LEFT JOIN identities a ON a.workspace_id = e.workspace_id AND a.kind = 'anonymous'
        AND a.value = e.anonymous_id
      WHERE e.workspace_id = ${workspace})
    WHERE (item IS NOT NULL OR is_conversion) AND customer_id IS NOT NULL`;
}

/** Runs a baseline; its rows as arrays of values. */
export async function runBaselineRows(
  connection: DuckDBConnection,
  name: BaselineName,
  workspaceId: string,
  rules: readonly MappingRule[],
  frame: JourneyFrame,
  conversions: readonly string[] = [],
) {
  const template = readFileSync(new URL(`../baselines/${name}.sql`, import.meta.url), 'utf8');
  const params = new SqlParameters();
  const sql = template
    .replace('{{mapped}}', () => mappedSql(params, workspaceId, rules, frame))
    .replace('{{journeyEvents}}', () =>
      journeyEventsSql(params, workspaceId, rules, frame, conversions),
    );
  const reader = await connection.runAndReadAll(sql, params.values, params.types);
  return reader.getRows();
}

export async function runBaseline(
  connection: DuckDBConnection,
  name: BaselineName,
  workspaceId: string,
  rules: readonly MappingRule[],
  frame: JourneyFrame,
): Promise<number> {
  return (await runBaselineRows(connection, name, workspaceId, rules, frame)).length;
}
