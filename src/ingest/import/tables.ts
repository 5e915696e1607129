/** Row shape of the import-job table in the operational store (Kysely table type). */

export interface ImportJobsTable {
  id: string;
  workspace_id: string;
  /** The name the file had on the uploader's machine (shown, never used as a path). */
  filename: string;
  format: 'csv' | 'ndjson' | 'parquet';
  size_bytes: number;
  /** JSON array of the file's column names. */
  columns: string;
  /** JSON `ImportPreview`: the first rows and the suggested mapping. */
  preview: string;
  /** JSON `ImportMapping` of the last start; null until started. */
  mapping: string | null;
  status: 'uploaded' | 'running' | 'done' | 'failed' | 'cancelled' | 'interrupted';
  rows: number;
  /** Work done and its total, in bytes (CSV, NDJSON) or rows (Parquet). */
  work_done: number;
  work_total: number | null;
  imported: number;
  duplicates: number;
  refused: number;
  /** JSON array of the first errors: `{ line, column, message }`. */
  errors: string;
  /** Why a failed job stopped. */
  failure: string | null;
  created_at: string;
  created_by: string | null;
  started_at: string | null;
  finished_at: string | null;
}

export interface ImportTables {
  import_jobs: ImportJobsTable;
}
