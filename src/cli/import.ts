/**
 * `parcours import FILE`: customer events from a CSV, NDJSON or Parquet file, streamed through
 * the intake into the event store. Works on a stopped server's data directory (DuckDB allows
 * one process at a time). Re-running a file stores nothing twice.
 */
import { createWriteStream, existsSync, statSync, type WriteStream } from 'node:fs';
import { Command, Option } from 'commander';
import { findWorkspace } from '../access/repository.ts';
import { loadConfig } from '../config/config.ts';
import { openCsvSource } from '../ingest/import/csv-source.ts';
import { type ColumnMapping, mapRow, resolveMapping } from '../ingest/import/mapping.ts';
import { openNdjsonSource } from '../ingest/import/ndjson-source.ts';
import { openParquetSource } from '../ingest/import/parquet-source.ts';
import { importRows, type RejectedRow } from '../ingest/import/run-import.ts';
import {
  formatOfPath,
  type ImportFormat,
  isImportFormat,
  type RowSource,
} from '../ingest/import/source.ts';
import { accessContext, storePaths } from '../server/start.ts';
import { progress } from '../shared/progress.ts';
import { openSqliteOperationalStore } from '../storage/operational/sqlite.ts';
import { CliError, configOptions, type Io } from './main.ts';
import { openEventStoreOf } from './stores.ts';

interface ImportOptions {
  workspaceId?: string;
  format?: string;
  customer?: string;
  anonymous?: string;
  time?: string;
  event?: string;
  channel?: string;
  id?: string;
  type?: string;
  numeric?: string;
  preview?: boolean;
  rejects?: string;
  dataDir?: string;
}

const PREVIEW_ROWS = 10;
const ERRORS_SHOWN = 20;

export function importCommand(io: Io): Command {
  const command = new Command('import')
    .description(
      'import customer events from a CSV, NDJSON or Parquet file through the intake; run it while the server is stopped',
    )
    .argument('<file>', 'the file to import')
    .option('--workspace-id <id>', 'workspace the events belong to (not needed with --preview)')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'ndjson', 'parquet']))
    .option('--customer <column>', 'column of the customer id (userId)')
    .option('--anonymous <column>', 'column of the anonymous id (anonymousId)')
    .option(
      '--time <column>',
      'column of the event time (ISO 8601, epoch s/ms, YYYY-MM-DD HH:MM:SS)',
    )
    .option('--event <column>', 'column of the event name')
    .option('--channel <column>', 'column of the journey channel')
    .option(
      '--id <column>',
      'column of a unique event id (messageId); derived from the row if absent',
    )
    .option('--type <column>', 'column of the Segment call type (track, page, identify, …)')
    .option('--numeric <columns>', 'comma-separated CSV columns whose cells are numbers')
    .option('--preview', 'print the mapping and the first 10 events; store nothing')
    .option('--rejects <file>', 'where refused rows are written (default <file>.rejects.ndjson)');
  for (const option of configOptions()) command.addOption(option);
  return command.action(async (file: string, options: ImportOptions) => {
    const source = await openSource(file, options.format);
    try {
      const mapping = mappingOf(source, options);
      if (options.preview === true) await preview(io, source, mapping);
      else await runImport(io, file, source, mapping, options);
    } finally {
      await source.close();
    }
  });
}

async function openSource(file: string, flag: string | undefined): Promise<RowSource> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`no file ${file}`, 2);
  const format: ImportFormat | undefined =
    flag !== undefined && isImportFormat(flag) ? flag : formatOfPath(file);
  if (format === undefined) {
    throw new CliError(`cannot tell the format of ${file}: use --format csv|ndjson|parquet`, 2);
  }
  try {
    if (format === 'csv') return await openCsvSource(file);
    if (format === 'ndjson') return await openNdjsonSource(file);
    return await openParquetSource(file);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`${file} cannot be read as ${format}: ${message}`, 2);
  }
}

function mappingOf(source: RowSource, options: ImportOptions): ColumnMapping {
  const numeric = options.numeric?.split(',').map((column) => column.trim());
  const flags = {
    ...(options.customer === undefined ? {} : { userId: options.customer }),
    ...(options.anonymous === undefined ? {} : { anonymousId: options.anonymous }),
    ...(options.time === undefined ? {} : { timestamp: options.time }),
    ...(options.event === undefined ? {} : { event: options.event }),
    ...(options.channel === undefined ? {} : { channel: options.channel }),
    ...(options.id === undefined ? {} : { messageId: options.id }),
    ...(options.type === undefined ? {} : { type: options.type }),
    ...(numeric === undefined ? {} : { numeric }),
  };
  const outcome = resolveMapping(source.columns, flags, source.segmentRows);
  if (!outcome.ok) throw new CliError(outcome.message, 2);
  return outcome.mapping;
}

async function preview(io: Io, source: RowSource, mapping: ColumnMapping): Promise<void> {
  const shown: unknown[] = [];
  for await (const item of source.rows()) {
    if (!('row' in item)) shown.push({ line: item.line, errors: [item.unreadable] });
    else {
      const mapped = mapRow(item.row, mapping);
      shown.push(mapped.ok ? mapped.payload : { line: item.line, errors: mapped.errors });
    }
    if (shown.length >= PREVIEW_ROWS) break;
  }
  const described = mapping.passThrough
    ? { passThrough: 'rows are Segment calls: sent unchanged' }
    : { columns: mapping.roles, properties: mapping.properties, numeric: [...mapping.numeric] };
  io.out(JSON.stringify({ mapping: described, events: shown }, null, 2));
}

async function runImport(
  io: Io,
  file: string,
  source: RowSource,
  mapping: ColumnMapping,
  options: ImportOptions,
): Promise<void> {
  const workspaceId = options.workspaceId;
  if (workspaceId === undefined) throw new CliError('--workspace-id is required to import', 2);
  const config = loadConfig({
    env: io.env,
    overrides: options.dataDir === undefined ? {} : { dataDir: options.dataDir },
  });
  const paths = storePaths(config);
  const operational = await openSqliteOperationalStore({ path: paths.operational });
  try {
    const ctx = accessContext(config, operational);
    if (!(await findWorkspace(ctx.db, workspaceId))) {
      throw new CliError(`--workspace-id: no workspace ${workspaceId} in ${config.dataDir}`, 2);
    }
    const events = await openEventStoreOf(paths.events);
    try {
      const rejectsPath = options.rejects ?? `${file}.rejects.ndjson`;
      const rejects = rejectWriter(io, rejectsPath);
      const bar = progress(
        'Importing',
        source.total,
        (text) => process.stderr.write(text),
        process.stderr.isTTY === true,
      );
      const started = performance.now();
      const summary = await importRows({
        ctx: { events, now: () => new Date() },
        workspaceId,
        source,
        mapping,
        onReject: rejects.write,
        onProgress: (rows) => bar.update(source.done(), `${rows.toLocaleString('en')} rows`),
      });
      await rejects.close();
      const seconds = (performance.now() - started) / 1000;
      bar.finish(`${summary.rows.toLocaleString('en')} rows`);
      if (rejects.count() > ERRORS_SHOWN) {
        io.err(`… ${rejects.count() - ERRORS_SHOWN} more errors in ${rejectsPath}`);
      }
      if (summary.refused > 0) io.err(`Refused rows are in ${rejectsPath}`);
      const rate = Math.round(summary.rows / Math.max(seconds, 0.001));
      io.out(
        `Imported ${summary.imported} events (${summary.duplicates} already there, ${summary.refused} refused) from ${file} in ${seconds.toFixed(1)} s (${rate} events/s).`,
      );
      if (summary.rows > 0 && summary.imported + summary.duplicates === 0) {
        throw new CliError(`every row of ${file} was refused`, 1);
      }
    } finally {
      await events.close();
    }
  } finally {
    await operational.close();
  }
}

/** The reject file, created at the first refused row; the first errors are shown as well. */
function rejectWriter(io: Io, path: string) {
  let stream: WriteStream | undefined;
  let errors = 0;
  const write = async (rejected: RejectedRow): Promise<void> => {
    for (const error of rejected.errors) {
      errors += 1;
      if (errors <= ERRORS_SHOWN) io.err(`line ${rejected.line}: ${error.field}: ${error.message}`);
    }
    stream ??= createWriteStream(path);
    const line = `${JSON.stringify({ line: rejected.line, errors: rejected.errors, row: rejected.row })}\n`;
    if (!stream.write(line)) {
      const waiting = stream;
      await new Promise<void>((resolve) => waiting.once('drain', resolve));
    }
  };
  const close = () =>
    new Promise<void>((resolve, reject) => {
      if (stream === undefined) resolve();
      else stream.end((error?: Error | null) => (error ? reject(error) : resolve()));
    });
  return { write, close, count: () => errors };
}
