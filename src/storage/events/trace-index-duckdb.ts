/**
 * Builds a trace index (./trace-index.ts) from DuckDB: the workspace's event keys and
 * customers, then every mapped, resolved event in (customer, ts, seq) order, all read in one
 * transaction so that customer numbers and events agree. Also reads customers' latest traits
 * for the filters and breakdowns.
 */
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { isEventType } from '../../ingest/event.ts';
import { float64Column, int32Column } from './duckdb-columns.ts';
import type { EventKey } from './mapping-plan.ts';
import { type TraceIndex, TraceIndexBuilder } from './trace-index.ts';
import {
  customersSql,
  latestTraitsSql,
  type TraceIndexQuery,
  traceIndexSql,
  traceKeysSql,
} from './traces-sql.ts';

const text = (value: DuckDBValue | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

async function eventKeys(connection: DuckDBConnection, workspaceId: string): Promise<EventKey[]> {
  const { sql, values, types } = traceKeysSql(workspaceId);
  const rows = (await connection.runAndReadAll(sql, values, types)).getRows();
  return rows.flatMap(([type, event, channel]) =>
    isEventType(type) ? [{ type, event: text(event), channel: text(channel) }] : [],
  );
}

async function customerIds(connection: DuckDBConnection, workspaceId: string): Promise<string[]> {
  const { sql, values, types } = customersSql(workspaceId);
  const reader = await connection.runAndReadAll(sql, values, types);
  // Customer ids are the store's own (`cus_` + random): never a newline in them.
  const joined = String(reader.getRows()[0]?.[0] ?? '');
  return joined === '' ? [] : joined.split('\n');
}

async function readIndex(connection: DuckDBConnection, query: TraceIndexQuery) {
  const keys = await eventKeys(connection, query.workspaceId);
  const channelNames = [
    ...new Set(keys.flatMap((key) => (key.channel === null ? [] : [key.channel]))),
  ];
  const customers = await customerIds(connection, query.workspaceId);
  const builder = new TraceIndexBuilder(customers, channelNames, query.conversions !== undefined);
  const { sql, values, types } = traceIndexSql(query, keys, channelNames);
  const result = await connection.stream(sql, values, types);
  for (;;) {
    const rows = await result.fetchChunk();
    if (rows === null || rows.rowCount === 0) break;
    builder.addColumns(
      int32Column(rows, 0),
      int32Column(rows, 1),
      float64Column(rows, 2),
      int32Column(rows, 3),
      float64Column(rows, 4),
    );
  }
  return builder.finish();
}

/** The index of a workspace's mapping, read in one snapshot. */
export async function buildTraceIndex(
  connection: DuckDBConnection,
  query: TraceIndexQuery,
): Promise<TraceIndex> {
  await connection.run('BEGIN TRANSACTION');
  try {
    return await readIndex(connection, query);
  } finally {
    await connection.run('ROLLBACK');
  }
}

/** Each identified customer's latest value of each named trait (null when never given). */
export async function latestTraits(
  connection: DuckDBConnection,
  workspaceId: string,
  names: readonly string[],
): Promise<Map<string, (string | null)[]>> {
  const { sql, values, types } = latestTraitsSql(workspaceId, names);
  const rows = (await connection.runAndReadAll(sql, values, types)).getRows();
  return new Map(rows.map(([customer, ...traits]) => [String(customer), traits.map(text)]));
}
