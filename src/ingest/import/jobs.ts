/**
 * Import jobs of the web app: a file uploaded once, mapped, then imported in the background
 * through `importRows`. Domain types and the conversions between stored rows and jobs; pure.
 */
import type { FieldError } from '../../shared/result.ts';
import type { ImportFormat } from './source.ts';
import type { ImportJobsTable } from './tables.ts';

export type ImportStatus = ImportJobsTable['status'];

/** Statuses a job never leaves on its own: it can be started (again) from them. */
export const isSettled = (status: ImportStatus): boolean => status !== 'running';

/** The roles a column can fill, as the web app names them (`Role` of mapping.ts). */
export const MAPPING_ROLES = [
  'userId',
  'anonymousId',
  'timestamp',
  'event',
  'type',
  'channel',
  'messageId',
] as const;
export type MappingRole = (typeof MAPPING_ROLES)[number];

/** A column mapping as the web app sends it, and as the job keeps it. */
export type ImportMapping = { readonly [R in MappingRole]?: string } & {
  /** The rows are Segment calls (NDJSON exports): sent unchanged. */
  readonly passThrough?: boolean;
  /** Columns copied into the event's properties (traits of identify calls). */
  readonly properties: string[];
  /** CSV property columns whose cells are numbers. */
  readonly numeric?: string[];
};

/** A row of the preview, or a line that could not be read as a row. */
export interface PreviewRow {
  readonly line: number;
  readonly cells?: Readonly<Record<string, unknown>>;
  readonly unreadable?: string;
}

export interface ImportPreview {
  readonly rows: PreviewRow[];
  /** Every sampled row is a Segment call: the file can be passed through. */
  readonly segmentRows: boolean;
  readonly suggestion: ImportMapping;
}

/** An error of one row: its line (row number for Parquet), the column when known. */
export interface LineError {
  readonly line: number;
  readonly column: string | null;
  readonly message: string;
}

/** Errors kept on a job; the reject file has every refused row. */
export const KEPT_ERRORS = 100;

export interface ImportProgress {
  /** Rows read so far. */
  readonly rows: number;
  /** Work done and its total (null when unknown), in `unit`. */
  readonly done: number;
  readonly total: number | null;
  readonly unit: 'bytes' | 'rows';
}

export interface ImportJob {
  readonly id: string;
  readonly workspaceId: string;
  readonly filename: string;
  readonly format: ImportFormat;
  readonly sizeBytes: number;
  readonly columns: string[];
  readonly preview: ImportPreview;
  readonly mapping: ImportMapping | null;
  readonly status: ImportStatus;
  readonly progress: ImportProgress;
  readonly counts: {
    readonly imported: number;
    readonly duplicates: number;
    readonly refused: number;
  };
  readonly errors: LineError[];
  readonly failure: string | null;
  readonly createdAt: string;
  readonly createdBy: { readonly id: string; readonly name: string } | null;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

/** A stored row with the name of the person who uploaded it. */
export type ImportJobRow = ImportJobsTable & { readonly created_by_name: string | null };

// The stored JSON columns were written by this module from validated values: trusted.
const parsed = <T>(json: string): T => JSON.parse(json) as T;

export function toImportJob(row: ImportJobRow): ImportJob {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    filename: row.filename,
    format: row.format,
    sizeBytes: Number(row.size_bytes),
    columns: parsed<string[]>(row.columns),
    preview: parsed<ImportPreview>(row.preview),
    mapping: row.mapping === null ? null : parsed<ImportMapping>(row.mapping),
    status: row.status,
    progress: {
      rows: Number(row.rows),
      done: Number(row.work_done),
      total: row.work_total === null ? null : Number(row.work_total),
      unit: row.format === 'parquet' ? 'rows' : 'bytes',
    },
    counts: {
      imported: Number(row.imported),
      duplicates: Number(row.duplicates),
      refused: Number(row.refused),
    },
    errors: parsed<LineError[]>(row.errors),
    failure: row.failure,
    createdAt: row.created_at,
    createdBy:
      row.created_by === null ? null : { id: row.created_by, name: row.created_by_name ?? '' },
    startedAt: row.started_at,
    finishedAt: row.finished_at,
  };
}

/** The errors of a refused row as line errors; `/` (the whole line) has no column. */
export const lineErrors = (line: number, errors: readonly FieldError[]): LineError[] =>
  errors.map((error) => ({
    line,
    column: error.field === '/' || error.field === '' ? null : error.field,
    message: error.message,
  }));

/** The name of the reject file offered for download: `orders.csv` → `orders-rejected.csv`. */
export function rejectsFilename(filename: string): string {
  const base = filename.replace(/\.[^./\\]*$/, '').replace(/[^\w.-]+/g, '_') || 'import';
  return `${base}-rejected.csv`;
}

/**
 * The first line of a reader's error, with the file's name for its path on the server (the
 * data directory is nobody's business).
 */
export function reasonOf(error: unknown, path: string, filename: string): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').replaceAll(path, filename).trim();
}
