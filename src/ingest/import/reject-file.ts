/**
 * The reject file of a web import: one CSV line per refused row, with its line number, its
 * errors, and its original fields under the file's own column names, so it can be fixed and
 * imported again. `raw` keeps what has no column: an unreadable line's text, or (NDJSON) the
 * keys of a row that are not among the columns, as JSON.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { RejectedRow } from './run-import.ts';

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const csvLine = (fields: readonly string[]): string => `${fields.map(csvField).join(',')}\r\n`;

export const rejectHeader = (columns: readonly string[]): string =>
  csvLine(['line', 'errors', ...columns, 'raw']);

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** `time: is not a date-time; customer: is required` (the whole line's errors have no column). */
export const errorsText = (rejected: RejectedRow): string =>
  rejected.errors
    .map((error) =>
      error.field === '/' || error.field === ''
        ? error.message
        : `${error.field}: ${error.message}`,
    )
    .join('; ');

export function rejectLine(rejected: RejectedRow, columns: readonly string[]): string {
  const { row } = rejected;
  if (typeof row !== 'object' || row === null) {
    return csvLine([
      String(rejected.line),
      errorsText(rejected),
      ...columns.map(() => ''),
      cellText(row),
    ]);
  }
  const cells = row as Record<string, unknown>;
  const others = Object.keys(cells).filter((key) => !columns.includes(key));
  const raw =
    others.length === 0 ? '' : JSON.stringify(Object.fromEntries(others.map((k) => [k, cells[k]])));
  return csvLine([
    String(rejected.line),
    errorsText(rejected),
    ...columns.map((column) => cellText(cells[column])),
    raw,
  ]);
}

export interface RejectFile {
  write(rejected: RejectedRow): Promise<void>;
  /** Ends the file (if a row was written) and waits until it is on disk. */
  close(): Promise<void>;
}

/** A reject file at `path`, created at the first refused row; an older one is removed first. */
export async function openRejectFile(
  path: string,
  columns: readonly string[],
): Promise<RejectFile> {
  await rm(path, { force: true });
  let stream: WriteStream | undefined;
  const write = async (rejected: RejectedRow): Promise<void> => {
    if (stream === undefined) {
      stream = createWriteStream(path);
      // The byte-order mark makes spreadsheet programs read the file as UTF-8.
      stream.write(`\uFEFF${rejectHeader(columns)}`);
    }
    if (!stream.write(rejectLine(rejected, columns))) {
      const waiting = stream;
      await new Promise<void>((resolve) => waiting.once('drain', resolve));
    }
  };
  const close = () =>
    new Promise<void>((resolve, reject) => {
      if (stream === undefined) resolve();
      else stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
  return { write, close };
}
