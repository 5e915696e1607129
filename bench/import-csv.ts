/**
 * Benchmark of the bulk import: the code path of `parcours import FILE` (`importRows` over
 * `openCsvSource`, into a DuckDB event store on disk, every event durable when it returns) on
 * a CSV of BENCH_IMPORT_ROWS events (default 10,000,000) generated into a temporary directory
 * with a streaming writer. Baseline, same run and same file: DuckDB's own `read_csv` into a
 * table of a fresh database file.
 *
 * The file is an order-and-visit export: a unique event id, an ISO 8601 time, a customer id on
 * 70% of the rows, a device id on every row (two devices a customer, ten events a customer),
 * an event name, a channel and two properties, one numeric. Peak RSS is sampled every 50 ms
 * during the import (compare two sizes to see whether memory is flat in file size). A second
 * import of the same file (`rerun`, every event a duplicate) measures an idempotent re-run.
 * BENCH_IMPORT_NATIVE=0 measures the JavaScript import loop instead of the native CSV path
 * (src/ingest/import/csv-native.ts), BENCH_IMPORT_RERUN=0 skips the re-run.
 *
 * Run: BENCH_IMPORT_ROWS=1000000 node --import tsx bench/import-csv.ts
 * Prints one JSON line; asserts nothing.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { openCsvSource } from '../src/ingest/import/csv-source.ts';
import { resolveMapping } from '../src/ingest/import/mapping.ts';
import { type ImportSummary, importRows } from '../src/ingest/import/run-import.ts';
import { openDuckDbEventStore } from '../src/storage/events/duckdb.ts';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000_000);
const RERUN = process.env.BENCH_IMPORT_RERUN !== '0';
const NATIVE = process.env.BENCH_IMPORT_NATIVE !== '0';
const WORKSPACE = 'ws_bench_import';
const NAMES = ['Page Viewed', 'Product Viewed', 'Product Added', 'Order Completed', 'Email Opened'];
const CHANNELS = ['web', 'app', 'store', 'email'];
const START_MS = Date.UTC(2025, 0, 1);

/** Line `i` of the file (0-based, after the header). */
function line(i: number): string {
  const customer = (i * 7_919) % Math.max(1, Math.floor(ROWS / 10));
  const device = `dev-${customer}-${i % 2}`;
  const user = i % 10 < 7 ? `cus-${customer}` : '';
  const time = new Date(START_MS + i * 3_000).toISOString();
  const price = ((i % 10_000) / 100).toFixed(2);
  return `ev-${i},${time},${user},${device},${NAMES[i % NAMES.length]},${CHANNELS[i % CHANNELS.length]},SKU-${i % 5_000},${price}\n`;
}

async function writeCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  const drained = () => new Promise<void>((resolve) => out.once('drain', resolve));
  if (!out.write('message_id,timestamp,user_id,anonymous_id,event,channel,sku,price\n')) {
    await drained();
  }
  for (let start = 0; start < ROWS; start += 10_000) {
    let chunk = '';
    for (let i = start; i < Math.min(ROWS, start + 10_000); i++) chunk += line(i);
    if (!out.write(chunk)) await drained();
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

/** Seconds taken by DuckDB's `read_csv` of the file into a table of a new database file. */
async function baseline(dir: string, csv: string): Promise<number> {
  const instance = await DuckDBInstance.create(join(dir, 'baseline.duckdb'));
  const connection = await instance.connect();
  const started = performance.now();
  await connection.run(`CREATE TABLE events AS SELECT * FROM read_csv('${csv}')`);
  await connection.run('CHECKPOINT');
  const seconds = (performance.now() - started) / 1000;
  connection.closeSync();
  instance.closeSync();
  return seconds;
}

interface Measured extends ImportSummary {
  readonly seconds: number;
  readonly peakRssMb: number;
}

const mb = (bytes: number): number => Math.round(bytes / 1_048_576);

async function importFile(csv: string, storePath: string): Promise<Measured> {
  const events = await openDuckDbEventStore({ path: storePath });
  const source = await openCsvSource(csv);
  const mapping = resolveMapping(source.columns, { numeric: ['price'] });
  if (!mapping.ok) throw new Error(mapping.message);
  let peak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  const started = performance.now();
  try {
    const summary = await importRows({
      ctx: { events, now: () => new Date() },
      workspaceId: WORKSPACE,
      source,
      mapping: mapping.mapping,
      onReject: () => undefined,
      native: NATIVE,
    });
    await events.close();
    const seconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, process.memoryUsage.rss());
    return { ...summary, seconds, peakRssMb: mb(peak) };
  } finally {
    clearInterval(sampler);
    await source.close();
  }
}

const round = (value: number): number => Math.round(value * 100) / 100;
const perSecond = (count: number, seconds: number): number => Math.round(count / seconds);

const dir = await mkdtemp(join(tmpdir(), 'parcours-bench-import-'));
try {
  const csv = join(dir, 'events.csv');
  await writeCsv(csv);
  const bytes = (await stat(csv)).size;
  const readCsv = await baseline(dir, csv);
  const storePath = join(dir, 'events.duckdb');
  const first = await importFile(csv, storePath);
  const rerun = RERUN ? await importFile(csv, storePath) : null;
  process.stdout.write(
    `${JSON.stringify({
      name: 'import.csv',
      rows: ROWS,
      path: NATIVE ? 'native csv (when eligible)' : 'import loop',
      fileMb: mb(bytes),
      eventsPerSecond: perSecond(first.rows, first.seconds),
      seconds: round(first.seconds),
      imported: first.imported,
      duplicates: first.duplicates,
      refused: first.refused,
      peakRssMb: first.peakRssMb,
      baseline: {
        name: 'duckdb.read_csv.table',
        eventsPerSecond: perSecond(ROWS, readCsv),
        seconds: round(readCsv),
      },
      ...(rerun !== null && {
        rerun: {
          eventsPerSecond: perSecond(rerun.rows, rerun.seconds),
          seconds: round(rerun.seconds),
          imported: rerun.imported,
          duplicates: rerun.duplicates,
          peakRssMb: rerun.peakRssMb,
        },
      }),
    })}\n`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
