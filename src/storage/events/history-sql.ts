/**
 * The SQL of the history stream (./analytics-port.ts `forEachHistory`): every event of each
 * resolved customer with its mapped item (or −1), the position of its name among the names
 * asked for, whether it carries a user id, and a numeric property of the named events; sorted
 * by (customer, timestamp, seq). Every value is bound.
 */
import { LIST, listValue, TIMESTAMPTZ, VARCHAR } from '@duckdb/node-api';
import type { HistoryQuery } from './analytics-port.ts';
import { toTimestampTz } from './identity-duckdb-sql.ts';
import { DISTINCT_KEYS_SQL, keyedMapping } from './mapping-keyed-sql.ts';
import type { EventKey } from './mapping-plan.ts';
import { type BoundSql, SqlParameters } from './mapping-sql.ts';
import { jsonPointerOf } from './mapping-sql-conditions.ts';

function historyWhere(params: SqlParameters, query: HistoryQuery): string {
  const where = [`e.workspace_id = ${params.bind(query.workspaceId, VARCHAR)}`];
  if (query.until !== undefined) {
    where.push(`e.ts < ${params.bind(toTimestampTz(query.until), TIMESTAMPTZ)}`);
  }
  return where.join(' AND ');
}

export function historyKeysSql(query: HistoryQuery): BoundSql {
  const params = new SqlParameters();
  const sql = DISTINCT_KEYS_SQL(historyWhere(params, query));
  return { sql, values: params.values, types: params.types };
}

export function historySql(query: HistoryQuery, keys: readonly EventKey[]): BoundSql {
  const params = new SqlParameters();
  const mapping = keyedMapping(params, query.rules, keys, query.touchpointIds);
  const where = historyWhere(params, query);
  const names = params.bind(listValue([...query.names]), LIST(VARCHAR));
  const pointer = params.bind(jsonPointerOf(query.valueProperty), VARCHAR);
  const sql = `SELECT customer_id, coalesce(item, -1)::INTEGER AS item, epoch_ms(ts)::DOUBLE AS ms,
      name::INTEGER AS name, identified, value
    FROM (
      SELECT coalesce(u.customer_id, a.customer_id) AS customer_id, e.ts, e.seq,
        ${mapping.item} AS item,
        coalesce(list_position(${names}, e.event), 0) - 1 AS name,
        e.user_id IS NOT NULL AS identified,
        CASE WHEN list_contains(${names}, e.event)
          THEN TRY_CAST(json_extract(e.properties, ${pointer}) AS DOUBLE) END AS value
      FROM events e
      LEFT JOIN ${mapping.keysTable} k ON ${mapping.joinOn}
      LEFT JOIN identities u ON u.workspace_id = e.workspace_id AND u.kind = 'user'
        AND u.value = e.user_id
      LEFT JOIN identities a ON a.workspace_id = e.workspace_id AND a.kind = 'anonymous'
        AND a.value = e.anonymous_id
      WHERE ${where})
    WHERE customer_id IS NOT NULL
    ORDER BY customer_id, ts, seq`;
  return { sql, values: params.values, types: params.types };
}
