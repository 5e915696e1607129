/**
 * A file being imported, read row by row: whatever its format, the importer sees the same
 * stream of rows (column → value) with their line (or row) numbers, never the whole file.
 */
import { extname } from 'node:path';

export type ImportFormat = 'csv' | 'ndjson' | 'parquet';

export const IMPORT_FORMATS: readonly ImportFormat[] = ['csv', 'ndjson', 'parquet'];

/** A row read from the file, or a line that could not be read as a row. */
export type SourceRow =
  | { readonly line: number; readonly row: Record<string, unknown> }
  | { readonly line: number; readonly unreadable: string; readonly text: string };

export interface RowSource {
  /** Column names (CSV header, Parquet schema, keys of the first NDJSON rows). */
  readonly columns: readonly string[];
  /** Every sampled row is already a Segment call (NDJSON only). */
  readonly segmentRows: boolean;
  /** Size of the work in `done()` units (bytes, or rows for Parquet), when known. */
  readonly total: number | undefined;
  /** Work done so far, in the unit of `total`. */
  done(): number;
  rows(): AsyncIterable<SourceRow>;
  close(): Promise<void>;
}

const EXTENSIONS: Record<string, ImportFormat> = {
  '.csv': 'csv',
  '.tsv': 'csv',
  '.txt': 'csv',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.json': 'ndjson',
  '.parquet': 'parquet',
  '.pq': 'parquet',
};

/** The format a file name says, if any. */
export function formatOfPath(path: string): ImportFormat | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}

export const isImportFormat = (value: string): value is ImportFormat =>
  (IMPORT_FORMATS as readonly string[]).includes(value);
