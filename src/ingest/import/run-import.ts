/**
 * The import loop: rows of a file → mapped calls → `ingest()` in batches. Good rows are stored
 * even when others of their batch are refused; every refused row is handed to `onReject` with
 * its line number and its errors by column, in file order.
 */
import type { FieldError } from '../../shared/result.ts';
import { type IntakeContext, ingest } from '../intake.ts';
import { type ColumnMapping, columnOfField, mapRow } from './mapping.ts';
import type { RowSource, SourceRow } from './source.ts';

export const IMPORT_BATCH_SIZE = 5000;

export interface RejectedRow {
  readonly line: number;
  readonly errors: readonly FieldError[];
  /** The row as read (column → value), or the unreadable line's text. */
  readonly row: unknown;
}

export interface ImportSummary {
  readonly rows: number;
  readonly imported: number;
  readonly duplicates: number;
  readonly refused: number;
}

export interface ImportRun {
  readonly ctx: IntakeContext;
  readonly workspaceId: string;
  readonly source: RowSource;
  readonly mapping: ColumnMapping;
  readonly batchSize?: number;
  readonly onReject: (rejected: RejectedRow) => void | Promise<void>;
  readonly onProgress?: (rows: number) => void;
}

interface Pending {
  readonly line: number;
  readonly row: Record<string, unknown>;
  readonly payload: Record<string, unknown>;
}

export async function importRows(run: ImportRun): Promise<ImportSummary> {
  const size = run.batchSize ?? IMPORT_BATCH_SIZE;
  const totals = { rows: 0, imported: 0, duplicates: 0, refused: 0 };
  let pending: Pending[] = [];
  let refused: RejectedRow[] = [];
  const flush = async () => {
    const stored = await storeBatch(run, pending);
    totals.imported += stored.accepted;
    totals.duplicates += stored.duplicates;
    const all = [...refused, ...stored.rejected].sort((a, b) => a.line - b.line);
    totals.refused += all.length;
    for (const rejected of all) await run.onReject(rejected);
    pending = [];
    refused = [];
    run.onProgress?.(totals.rows);
  };
  for await (const item of run.source.rows()) {
    totals.rows += 1;
    const mapped = mapItem(item, run.mapping);
    if ('errors' in mapped) refused.push(mapped);
    else pending.push(mapped);
    if (pending.length + refused.length >= size) await flush();
  }
  await flush();
  return totals;
}

function mapItem(item: SourceRow, mapping: ColumnMapping): Pending | RejectedRow {
  if (!('row' in item)) {
    return { line: item.line, errors: [{ field: '/', message: item.unreadable }], row: item.text };
  }
  const mapped = mapRow(item.row, mapping);
  return mapped.ok
    ? { line: item.line, row: item.row, payload: mapped.payload }
    : { line: item.line, errors: mapped.errors, row: item.row };
}

async function storeBatch(run: ImportRun, batch: readonly Pending[]) {
  if (batch.length === 0) return { accepted: 0, duplicates: 0, rejected: [] };
  const result = await ingest(
    run.ctx,
    run.workspaceId,
    batch.map((pending) => pending.payload),
    // Errors name fields of the call (`/userId`); they are turned into column names below.
    { pointer: () => '' },
  );
  const rejected = result.rejected.map((call): RejectedRow => {
    const source = batch[call.index];
    const errors = call.errors.map((error) => ({
      field: columnOfField(error.field, run.mapping),
      message: error.message,
    }));
    return { line: source?.line ?? 0, errors, row: source?.row ?? null };
  });
  return { accepted: result.accepted, duplicates: result.duplicates, rejected };
}
