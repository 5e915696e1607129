/**
 * DuckDB implementation of the analytics queries (./analytics-port.ts): the trace SQL
 * (./traces-sql.ts) streamed chunk by chunk from a reader connection, regrouped into chunks of
 * whole customers as typed arrays, so that memory stays bounded by the chunk size however many
 * events the workspace has.
 */
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { isEventType } from '../../ingest/event.ts';
import type {
  AnalyticsQueries,
  HistoryChunk,
  HistoryQuery,
  TraceChunk,
  TraceQuery,
  TraceTotals,
} from './analytics-port.ts';
import { assertWorkspaceId } from './contract.ts';
import { forEachHistory } from './history-duckdb.ts';
import type { EventKey } from './mapping-plan.ts';
import { traceKeysSql, tracesSql } from './traces-sql.ts';

type ReadOn = <T>(task: (connection: DuckDBConnection) => Promise<T>) => Promise<T>;

/** Events per chunk handed to the visitor (a customer is never split across chunks). */
export const TRACE_CHUNK_EVENTS = 65_536;

/** Accumulates rows of whole customers into typed arrays. */
class ChunkBuilder {
  customerIds: string[] = [];
  breakdown: string[] = [];
  starts: number[] = [];
  items: number[] = [];
  times: number[] = [];
  values: number[] = [];
  totals = { customers: 0, events: 0 };

  add(customerId: string, item: number, ms: number, breakdown: string | null, value: number): void {
    if (this.customerIds.at(-1) !== customerId) {
      this.customerIds.push(customerId);
      this.breakdown.push(breakdown ?? '');
      this.starts.push(this.items.length);
      this.totals.customers++;
    }
    this.items.push(item);
    this.times.push(ms);
    this.values.push(value);
    this.totals.events++;
  }

  /** Cuts the chunk before the customer in progress (kept for the next chunk), or everything. */
  take(all: boolean, withBreakdown: boolean, withValues: boolean): TraceChunk | null {
    const keep = all ? this.customerIds.length : this.customerIds.length - 1;
    if (keep <= 0) return null;
    const end = all ? this.items.length : (this.starts[keep] ?? this.items.length);
    const chunk: TraceChunk = {
      customerIds: this.customerIds.slice(0, keep),
      breakdown: withBreakdown ? this.breakdown.slice(0, keep) : null,
      starts: Int32Array.from([...this.starts.slice(0, keep), end]),
      items: Int32Array.from(this.items.slice(0, end)),
      times: Float64Array.from(this.times.slice(0, end)),
      values: withValues ? Float64Array.from(this.values.slice(0, end)) : null,
    };
    this.customerIds = this.customerIds.slice(keep);
    this.breakdown = this.breakdown.slice(keep);
    this.starts = this.starts.slice(keep).map((start) => start - end);
    this.items = this.items.slice(end);
    this.times = this.times.slice(end);
    this.values = this.values.slice(end);
    return chunk;
  }
}

const text = (value: DuckDBValue | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

async function eventKeys(connection: DuckDBConnection, query: TraceQuery): Promise<EventKey[]> {
  const { sql, values, types } = traceKeysSql(query);
  const rows = (await connection.runAndReadAll(sql, values, types)).getRows();
  return rows.flatMap(([type, event, channel]) =>
    isEventType(type) ? [{ type, event: text(event), channel: text(channel) }] : [],
  );
}

export class DuckDbAnalyticsQueries implements AnalyticsQueries {
  constructor(private readonly read: ReadOn) {}

  forEachHistory(
    query: HistoryQuery,
    visit: (chunk: HistoryChunk) => void | Promise<void>,
  ): Promise<TraceTotals> {
    return this.read((connection) => forEachHistory(connection, query, visit));
  }

  forEachTrace(
    query: TraceQuery,
    visit: (chunk: TraceChunk) => void | Promise<void>,
  ): Promise<TraceTotals> {
    assertWorkspaceId(query.workspaceId);
    const withBreakdown = query.breakdown !== undefined;
    const withValues = query.conversions !== undefined;
    return this.read(async (connection) => {
      const keys = await eventKeys(connection, query);
      const { sql, values, types } = tracesSql(query, keys);
      const result = await connection.stream(sql, values, types);
      const builder = new ChunkBuilder();
      for (;;) {
        const rows = await result.fetchChunk();
        if (rows === null || rows.rowCount === 0) break;
        const customers = rows.getColumnValues(0);
        const items = rows.getColumnValues(1);
        const times = rows.getColumnValues(2);
        const breakdowns = rows.getColumnValues(3);
        const values = rows.getColumnValues(4);
        for (let row = 0; row < rows.rowCount; row++) {
          builder.add(
            String(customers[row]),
            Number(items[row]),
            Number(times[row]),
            text(breakdowns[row]),
            values[row] === null ? Number.NaN : Number(values[row]),
          );
        }
        if (builder.items.length >= TRACE_CHUNK_EVENTS) {
          const chunk = builder.take(false, withBreakdown, withValues);
          if (chunk !== null) await visit(chunk);
        }
      }
      const last = builder.take(true, withBreakdown, withValues);
      if (last !== null) await visit(last);
      return { ...builder.totals };
    });
  }
}
