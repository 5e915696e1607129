/**
 * The import loop: rows of a file → mapped calls → `ingest()` in batches. Good rows are stored
 * even when others of their batch are refused; every refused row is handed to `onReject` with
 * its line number and its errors by column, in file order. A CSV file that the event store can
 * read itself goes the native way instead (./csv-native.ts), with the same outcome.
 */
import { type IntakeContext, ingest } from '../intake.ts';
import { importCsvNatively } from './csv-native.ts';
import type { ColumnMapping } from './mapping.ts';
import { type MappedCall, mapItem, type RejectedRow, refusedCall } from './row-decision.ts';
import type { RowSource } from './source.ts';

export type { RejectedRow } from './row-decision.ts';

export const IMPORT_BATCH_SIZE = 5000;

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
  /**
   * Let the event store read a CSV file itself when it can (./csv-native.ts): the same rows
   * stored and refused, many times faster. On by default.
   */
  readonly native?: boolean;
}

type Pending = MappedCall;

export async function importRows(run: ImportRun): Promise<ImportSummary> {
  const size = run.batchSize ?? IMPORT_BATCH_SIZE;
  if (run.native !== false) {
    const done = await importCsvNatively(run, size);
    if (done !== null) return done;
  }
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

async function storeBatch(run: ImportRun, batch: readonly Pending[]) {
  if (batch.length === 0) return { accepted: 0, duplicates: 0, rejected: [] };
  const result = await ingest(
    run.ctx,
    run.workspaceId,
    batch.map((pending) => pending.payload),
    // Errors name fields of the call (`/userId`); they are turned into column names below.
    { pointer: () => '' },
  );
  const rejected = result.rejected.map((call) =>
    refusedCall(call.errors, batch[call.index], run.mapping),
  );
  return { accepted: result.accepted, duplicates: result.duplicates, rejected };
}
