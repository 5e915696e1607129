/**
 * `forEachHistory` on DuckDB: the history SQL (./history-sql.ts) streamed and regrouped into
 * chunks of whole customers as typed arrays (see ./traces-duckdb.ts for the trace stream).
 */
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { isEventType } from '../../ingest/event.ts';
import type { HistoryChunk, HistoryQuery, TraceTotals } from './analytics-port.ts';
import { assertWorkspaceId } from './contract.ts';
import { historyKeysSql, historySql } from './history-sql.ts';

const CHUNK_EVENTS = 65_536;

interface Columns {
  items: number[];
  times: number[];
  names: number[];
  identified: number[];
  values: number[];
}

const emptyColumns = (): Columns => ({
  items: [],
  times: [],
  names: [],
  identified: [],
  values: [],
});

const text = (value: DuckDBValue | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

function chunkOf(customerIds: string[], starts: number[], columns: Columns): HistoryChunk {
  return {
    customerIds,
    starts: Int32Array.from([...starts, columns.items.length]),
    items: Int32Array.from(columns.items),
    times: Float64Array.from(columns.times),
    names: Int32Array.from(columns.names),
    identified: Uint8Array.from(columns.identified),
    values: Float64Array.from(columns.values),
  };
}

export async function forEachHistory(
  connection: DuckDBConnection,
  query: HistoryQuery,
  visit: (chunk: HistoryChunk) => void | Promise<void>,
): Promise<TraceTotals> {
  assertWorkspaceId(query.workspaceId);
  const keysSql = historyKeysSql(query);
  const keyRows = (
    await connection.runAndReadAll(keysSql.sql, keysSql.values, keysSql.types)
  ).getRows();
  const keys = keyRows.flatMap(([type, event, channel]) =>
    isEventType(type) ? [{ type, event: text(event), channel: text(channel) }] : [],
  );
  const { sql, values, types } = historySql(query, keys);
  const result = await connection.stream(sql, values, types);
  const totals = { customers: 0, events: 0 };
  let customerIds: string[] = [];
  let starts: number[] = [];
  let columns = emptyColumns();
  for (;;) {
    const rows = await result.fetchChunk();
    if (rows === null || rows.rowCount === 0) break;
    const [customers, items, times, names, identified, amounts] = [0, 1, 2, 3, 4, 5].map((i) =>
      rows.getColumnValues(i),
    );
    for (let row = 0; row < rows.rowCount; row++) {
      const customer = String(customers?.[row]);
      if (customerIds.at(-1) !== customer) {
        // A new customer: hand over the finished ones once the chunk is big enough.
        if (columns.items.length >= CHUNK_EVENTS) {
          await visit(chunkOf(customerIds, starts, columns));
          customerIds = [];
          starts = [];
          columns = emptyColumns();
        }
        customerIds.push(customer);
        starts.push(columns.items.length);
        totals.customers++;
      }
      columns.items.push(Number(items?.[row]));
      columns.times.push(Number(times?.[row]));
      columns.names.push(Number(names?.[row]));
      columns.identified.push(identified?.[row] === true ? 1 : 0);
      const amount = amounts?.[row];
      columns.values.push(amount === null || amount === undefined ? Number.NaN : Number(amount));
      totals.events++;
    }
  }
  if (customerIds.length > 0) await visit(chunkOf(customerIds, starts, columns));
  return totals;
}
