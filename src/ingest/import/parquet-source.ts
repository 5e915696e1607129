/**
 * Parquet rows, read by an in-memory DuckDB in chunks of a streaming result, so a large file
 * is never held in memory. Row numbers stand in for line numbers.
 */
import {
  type DuckDBConnection,
  type DuckDBDataChunk,
  DuckDBInstance,
  JSDuckDBValueConverter,
} from '@duckdb/node-api';
import type { RowSource, SourceRow } from './source.ts';

/** A DuckDB value as JSON-compatible data (the intake keeps JSON only). */
export function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint') {
    return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(plainValue);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainValue(v)]));
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  return value;
}

function chunkRows(chunk: DuckDBDataChunk, columns: readonly string[]): Record<string, unknown>[] {
  return chunk.convertRows(JSDuckDBValueConverter).map((values) => {
    const row: Record<string, unknown> = {};
    columns.forEach((column, index) => {
      row[column] = plainValue(values[index] ?? null);
    });
    return row;
  });
}

export async function openParquetSource(path: string): Promise<RowSource> {
  const instance = await DuckDBInstance.create(':memory:');
  let connection: DuckDBConnection | undefined;
  try {
    connection = await instance.connect();
    const counted = await connection.runAndReadAll('SELECT count(*) FROM read_parquet($1)', [path]);
    const total = Number(counted.getRows()[0]?.[0] ?? 0);
    const result = await connection.stream('SELECT * FROM read_parquet($1)', [path]);
    const columns = result.columnNames();
    let read = 0;
    async function* rows(): AsyncIterable<SourceRow> {
      for (
        let chunk = await result.fetchChunk();
        chunk !== null;
        chunk = await result.fetchChunk()
      ) {
        if (chunk.rowCount === 0) return;
        for (const row of chunkRows(chunk, columns)) {
          read += 1;
          yield { line: read, row };
        }
      }
    }
    const open = connection;
    return {
      columns,
      segmentRows: false,
      total,
      done: () => read,
      rows,
      close: async () => {
        open.closeSync();
        instance.closeSync();
      },
    };
  } catch (error) {
    connection?.closeSync();
    instance.closeSync();
    throw error;
  }
}
