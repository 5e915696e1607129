/**
 * The native CSV import: the event store's database reads the file itself (DuckDB's parallel
 * `read_csv`), with the column mapping compiled to SQL (./csv-native-sql.ts), instead of every
 * row going through JavaScript. It stores and refuses exactly what the import loop
 * (./run-import.ts) would, with the same reasons and line numbers, and records the identity
 * links the same way; ./csv-native.test.ts checks it on a file full of bad rows.
 *
 * How it stays exact:
 * - it runs only on files both parsers read alike: no quote character, no carriage return, no
 *   blank line, no byte-order mark, valid UTF-8 (one record per line, split on the separator);
 * - the SQL decides only *plain* rows, whose event it is sure of; every other row goes through
 *   the JavaScript decision (./row-decision.ts). If JavaScript would accept one of them, the
 *   whole transaction is rolled back and the caller imports the file the usual way;
 * - links: the JavaScript import applies, batch after batch of `batchSize` rows, the links of
 *   the events it newly stores in (timestamp, row) order. A link repeated later changes
 *   nothing (an identity, once attached, stays attached), so only the first occurrence of each
 *   distinct link, in that order, is applied: the same graph.
 */
import type { DuckDBValue } from '@duckdb/node-api';
import { type BulkSession, canBulkImport } from '../../storage/events/bulk-import.ts';
import type { IdentityLink } from '../../storage/events/identity-port.ts';
import { type CompileInput, computedRowsSql, literal } from './csv-native-sql.ts';
import { type CsvScan, scanCsv } from './csv-scan.ts';
import { type CsvFile, csvFileOf } from './csv-source.ts';
import type { ColumnMapping } from './mapping.ts';
import { type RejectedRow, refusalOf } from './row-decision.ts';
import type { ImportRun, ImportSummary } from './run-import.ts';

/** More rows than this that the SQL cannot decide: the usual import streams them instead. */
const MAX_UNDECIDED_ROWS = 100_000;
/**
 * The computed rows, in a temporary table: 2× cheaper than compressing them into the database
 * file, and it spills to disk past the bulk session's memory limit (./duckdb-bulk.ts).
 */
const ROWS_TABLE = 'import_rows';
const REJECTS_TABLE = 'import_rejects';
const REJECTS_SCAN = 'import_reject_scans';
const READABLE_COUNT_ERRORS = new Set(['TOO MANY COLUMNS', 'MISSING COLUMNS']);

/** Header names the SQL can carry as keys exactly as a JavaScript object does. */
function eligibleColumns(columns: readonly string[], mapping: ColumnMapping): boolean {
  if (mapping.passThrough || new Set(columns).size !== columns.length) return false;
  const plainName = (name: string) =>
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are refused.
    !/[\u0000-\u001f\u007f]/.test(name) && name !== '__proto__' && !/^(0|[1-9]\d*)$/.test(name);
  return columns.every(plainName) && !mapping.properties.includes('channel');
}

const num = (value: DuckDBValue | undefined): number => Number(value ?? 0);
const str = (value: DuckDBValue | undefined): string => (value === null ? '' : String(value));

interface Unreadable {
  /** Good rows read before it: row `k` is on line k + 1 + (unreadable lines with before < k). */
  readonly before: number;
  readonly line: number;
  readonly text: string;
}

/** The lines `read_csv` could not read, or null when one is not a field-count error. */
async function unreadableLines(session: BulkSession): Promise<Unreadable[] | null> {
  const rows = await session.all(
    `SELECT line, any_value(error_type), any_value(csv_line) FROM ${REJECTS_TABLE}
     GROUP BY line ORDER BY line`,
  );
  if (
    rows.some(([, type, text]) => !READABLE_COUNT_ERRORS.has(str(type)) || str(text).includes('\n'))
  ) {
    return null;
  }
  return rows.map(([line, , text], index) => ({
    before: num(line) - 2 - index,
    line: num(line),
    text: str(text),
  }));
}

/** Index in the file (0-based, header excluded) of the k-th row read. */
function recordIndexSql(unreadable: readonly Unreadable[], k: string): string {
  if (unreadable.length === 0) return `(${k} - 1)`;
  const befores = unreadable.map((u) => `(${u.before})`).join(', ');
  return `(${k} - 1 + (SELECT count(*) FROM (VALUES ${befores}) u(before) WHERE u.before < ${k}))`;
}

function lineOf(k: number, unreadable: readonly Unreadable[]): number {
  let skipped = 0;
  while (skipped < unreadable.length && (unreadable[skipped] as Unreadable).before < k) skipped++;
  return k + 1 + skipped;
}

/**
 * The links to apply, in order (one text a link, the fields joined by U+001F): of the events stored by this import (seq > base), ordered by
 * (batch, timestamp, row), the first occurrence of each distinct (userId, anonymousId), less
 * those that cannot change the graph: a single-id link whose id an earlier link named (or the
 * graph already has), a pair already of one customer. Every link names its ids afterwards.
 */
function linksSql(
  workspaceId: string,
  base: bigint,
  batchSize: number,
  unreadable: readonly Unreadable[],
): string {
  const batch = `${recordIndexSql(unreadable, `(seq - ${base})`)} // ${batchSize}`;
  const ws = literal(workspaceId);
  return `WITH firsts AS (
      SELECT user_id, anonymous_id, message_id, ts, batch, seq,
        row_number() OVER (ORDER BY batch, ts, seq) AS position
      FROM (SELECT *, row_number() OVER (PARTITION BY user_id, anonymous_id
          ORDER BY batch, ts, seq) AS nth
        FROM (SELECT user_id, anonymous_id, message_id, ts, seq, ${batch} AS batch
          FROM events WHERE seq > ${base}))
      WHERE nth = 1),
    named AS (
      SELECT *, min(position) OVER (PARTITION BY user_id) AS user_named,
        min(position) OVER (PARTITION BY anonymous_id) AS anonymous_named
      FROM firsts)
    SELECT concat_ws(chr(31), coalesce(n.user_id, ''), coalesce(n.anonymous_id, ''),
      n.message_id, epoch_ms(n.ts)) FROM named n
    LEFT JOIN identities u ON u.workspace_id = ${ws} AND u.kind = 'user' AND u.value = n.user_id
    LEFT JOIN identities a ON a.workspace_id = ${ws} AND a.kind = 'anonymous'
      AND a.value = n.anonymous_id
    WHERE CASE
      WHEN n.anonymous_id IS NULL THEN u.value IS NULL AND n.position = n.user_named
      WHEN n.user_id IS NULL THEN a.value IS NULL AND n.position = n.anonymous_named
      ELSE u.customer_id IS DISTINCT FROM a.customer_id OR u.customer_id IS NULL END
    ORDER BY n.position`;
}

/** A link row of `linksSql`: its fields joined by U+001F (a plain row has no control character). */
function toLink([text]: DuckDBValue[]): IdentityLink {
  const [userId = '', anonymousId = '', messageId = '', ms = '0'] = str(text).split('\u001f');
  return {
    userId: userId === '' ? null : userId,
    anonymousId: anonymousId === '' ? null : anonymousId,
    alias: false,
    messageId,
    at: new Date(Number(ms)),
  };
}

interface Decided {
  readonly summary: ImportSummary;
  readonly rejected: readonly RejectedRow[];
}

async function importInSession(
  session: BulkSession,
  run: ImportRun,
  file: CsvFile & CsvScan,
  batchSize: number,
  receivedAt: Date,
): Promise<Decided | null> {
  const input: CompileInput = {
    file,
    mapping: run.mapping,
    workspaceId: run.workspaceId,
    receivedAt,
    messageKey: session.messageKey,
    rejectsTable: REJECTS_TABLE,
    rejectsScan: REJECTS_SCAN,
  };
  // Every row computed once, in parallel; rowids follow the file (the insert keeps the order)
  // from a base (a table of an open transaction numbers its rows from 2^55).
  try {
    await session.scratchTable(ROWS_TABLE, computedRowsSql(input), [REJECTS_TABLE, REJECTS_SCAN]);
  } catch {
    return null; // DuckDB could not read the file (a line over 2 MB, …): the usual way can
  }
  const [[firstRowid]] = (await session.all(
    `SELECT coalesce(min(rowid), 0) FROM ${ROWS_TABLE}`,
  )) as [[bigint]];
  const rows = `SELECT rowid - ${firstRowid} + 1 AS k, * FROM ${ROWS_TABLE}`;
  const [counts] = await session.all(`SELECT count(*) FILTER (WHERE plain),
      count(DISTINCT message_key) FILTER (WHERE plain), count(*) FILTER (WHERE NOT plain),
      count(*), coalesce(max(k), 0) FROM (${rows})`);
  const [plain, distinct, undecided, read, lastK] = (counts ?? []).map(num);
  // Row numbers are only trusted when the rowids run without a gap.
  if (undecided === undefined || read !== lastK || undecided > MAX_UNDECIDED_ROWS) return null;
  const unreadable = await unreadableLines(session);
  if (unreadable === null) return null;
  const rejected: RejectedRow[] = unreadable.map((u) => ({
    line: u.line,
    errors: [
      {
        field: '/',
        message: `has ${u.text.split(file.delimiter).length} fields, the header has ${file.columns.length}`,
      },
    ],
    row: u.text,
  }));
  if (undecided > 0) {
    let accepted = false;
    const cells = file.columns.map((_, i) => `c${i}`).join(', ');
    await session.each(`SELECT k, ${cells} FROM (${rows}) WHERE NOT plain ORDER BY k`, (chunk) => {
      for (const [k, ...values] of chunk) {
        const row: Record<string, unknown> = {};
        file.columns.forEach((column, i) => {
          row[column] = str(values[i]);
        });
        const item = { line: lineOf(num(k), unreadable), row };
        const refusal = refusalOf(item, run.mapping, run.workspaceId, receivedAt);
        if (refusal === null) accepted = true;
        else rejected.push(refusal);
      }
    });
    if (accepted) return null; // a row only JavaScript can store: import the usual way
  }
  const [[lastSeq]] = (await session.all('SELECT last_seq FROM event_sequence')) as [[bigint]];
  const firstOnly =
    distinct === plain ? '' : 'QUALIFY row_number() OVER (PARTITION BY message_key ORDER BY k) = 1';
  // `seq` carries the file order: the insert itself may run in any order, so in parallel.
  await session.run('SET preserve_insertion_order = false');
  const inserted = await session.run(`INSERT INTO events (seq, workspace_id, message_id, type,
      event, user_id, anonymous_id, group_id, previous_id, channel, ts, sent_at, received_at,
      properties, traits, context, message_key)
    SELECT ${lastSeq} + k, ${literal(run.workspaceId)}, message_id, type, event, user_id,
      anonymous_id, NULL, NULL, channel, ts, NULL, ${literal(receivedAt.toISOString())}::TIMESTAMPTZ,
      properties::JSON, traits::JSON, '{}'::JSON, message_key
    FROM (${rows}) r ANTI JOIN events e ON e.message_key = r.message_key
    WHERE plain
    ${firstOnly}`);
  await session.run('RESET preserve_insertion_order');
  await session.run(`UPDATE event_sequence SET last_seq = last_seq + ${read}`);
  const links = (await session.all(linksSql(run.workspaceId, lastSeq, batchSize, unreadable))).map(
    toLink,
  );
  await session.recordLinks(links);
  rejected.sort((a, b) => a.line - b.line);
  const total = (plain ?? 0) + undecided + unreadable.length;
  return {
    summary: {
      rows: total,
      imported: inserted,
      duplicates: (plain ?? 0) - inserted,
      refused: rejected.length,
    },
    rejected,
  };
}

/**
 * Imports `run` natively when its source is a CSV file read alike by both parsers and its store
 * can; null when it cannot (nothing was stored or reported: import the usual way).
 */
export async function importCsvNatively(
  run: ImportRun,
  batchSize: number,
): Promise<ImportSummary | null> {
  const file = csvFileOf(run.source);
  const events = run.ctx.events;
  if (file === undefined || !canBulkImport(events)) return null;
  if (!eligibleColumns(file.columns, run.mapping)) return null;
  const scan = await scanCsv(file.path, file.delimiter);
  if (scan === null) return null;
  const receivedAt = run.ctx.now();
  const decided = await events.bulkImport(run.workspaceId, (session) =>
    importInSession(session, run, { ...file, ...scan }, batchSize, receivedAt),
  );
  if (decided === null) return null;
  for (const rejected of decided.rejected) await run.onReject(rejected);
  run.onProgress?.(decided.summary.rows);
  return decided.summary;
}
