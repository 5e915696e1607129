/**
 * Reads fixed-width columns of a DuckDB result chunk as typed arrays over DuckDB's own
 * memory, without a JavaScript value per cell: what makes handing millions of rows to the
 * analytics affordable. Only for INTEGER and DOUBLE columns the query guarantees NOT NULL
 * (validity is not read): the callers' SQL coalesces.
 */
import type { DuckDBDataChunk } from '@duckdb/node-api';
import duckdb from '@duckdb/node-bindings';

function bytesOf(chunk: DuckDBDataChunk, column: number, width: number): Uint8Array {
  const vector = duckdb.data_chunk_get_vector(chunk.chunk, column);
  return duckdb.vector_get_data(vector, chunk.rowCount * width);
}

/** An INTEGER NOT NULL column; valid until the next chunk is fetched. */
export function int32Column(chunk: DuckDBDataChunk, column: number): Int32Array {
  const bytes = bytesOf(chunk, column, 4);
  return new Int32Array(bytes.buffer, bytes.byteOffset, chunk.rowCount);
}

/** A DOUBLE NOT NULL column; valid until the next chunk is fetched. */
export function float64Column(chunk: DuckDBDataChunk, column: number): Float64Array {
  const bytes = bytesOf(chunk, column, 8);
  return new Float64Array(bytes.buffer, bytes.byteOffset, chunk.rowCount);
}
