/**
 * One group commit of the DuckDB writer (./duckdb-writer.ts): the group's events are staged
 * with the appender, then one transaction drops those already stored, inserts the rest,
 * advances the sequence and records the identity links of the events newly stored.
 *
 * The duplicate check compares `message_key`, a 128-bit hash of (workspace_id, message_id)
 * (./duckdb-schema.ts), instead of the two text columns: it still reads every stored key, but
 * 16 bytes an event instead of two strings, and it returns the few staged events already
 * stored, so that the writer knows which events each call newly stored without another query.
 *
 * Round trips to DuckDB are few, because under load each one waits for the Node event loop:
 * the appender, `BEGIN` with the duplicate check, then everything else with the `COMMIT` (and
 * the next group's fresh staging table) as one multi-statement call of literal SQL.
 */
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import type { EventRecord } from '../../ingest/event.ts';
import { createBatchDeduplicator } from './contract.ts';
import { appendStagedRow, type PreparedEvent } from './duckdb-rows.ts';
import { CREATE_STAGING, EVENT_COLUMNS, messageKeySql } from './duckdb-schema.ts';
import type { IdentityLink } from './identity-port.ts';

/** The identity links an append asks to record with it. */
export interface LinkRequest {
  readonly workspaceId: string;
  /** The links of the events the append newly stored (given in batch order). */
  readonly of: (inserted: readonly EventRecord[]) => readonly IdentityLink[];
}

/** What records links inside the writer's open transaction (the identity graph). */
export interface LinkRecorder {
  /** Applies the links to the graph; returns the SQL storing the changes, to run before COMMIT. */
  changesSql(
    connection: DuckDBConnection,
    workspaceId: string,
    links: readonly IdentityLink[],
  ): Promise<string>;
  /** Forgets what it cached of the workspace: the transaction that changed it rolled back. */
  forget(workspaceId: string): void;
}

/** One append call of the group, validated and serialised. */
export interface StagedJob {
  readonly rows: readonly PreparedEvent[];
  readonly links: LinkRequest | undefined;
}

/** Whether `events_staging` exists and is empty (the last commit re-created it). */
export interface StagingState {
  ready: boolean;
}

const JSON_COLUMNS: ReadonlySet<string> = new Set(['properties', 'traits', 'context']);
const STAGED_VALUES = EVENT_COLUMNS.map((c) => (JSON_COLUMNS.has(c) ? `s.${c}::JSON` : `s.${c}`));
const STAGED_KEY = messageKeySql('s.workspace_id', 's.message_id');

/** Opens the transaction and names the staged events already stored (the duplicate check). */
const BEGIN_AND_FIND_STORED = `BEGIN TRANSACTION;
  SELECT s.ord FROM events_staging s WHERE ${STAGED_KEY} IN (SELECT message_key FROM events)`;

/** Inserts what is left of the staging; `seq` = last_seq + ord keeps the group's order. */
const INSERT_STAGED = `INSERT INTO events (seq, ${EVENT_COLUMNS.join(', ')}, message_key)
  SELECT (SELECT last_seq FROM event_sequence) + s.ord, ${STAGED_VALUES.join(', ')}, ${STAGED_KEY}
  FROM events_staging s;`;

const ignore = (): void => undefined;

/** Throws away what an appender holds; used only when staging already failed. */
function discard(appender: DuckDBAppender): void {
  try {
    appender.clear();
    appender.closeSync();
  } catch {
    // The staging failed first; that error is the one reported, and staging is reset anyway.
  }
}

/**
 * Stages the jobs' events (later copies of a message within the group are not staged). Returns
 * each event's `ord`, its 1-based position in the group, or 0 for a later copy.
 */
async function stage(
  c: DuckDBConnection,
  jobs: readonly StagedJob[],
  staging: StagingState,
): Promise<Int32Array[]> {
  if (!staging.ready) await c.run(CREATE_STAGING);
  staging.ready = false; // until a commit re-creates it empty
  const isDuplicate = createBatchDeduplicator();
  const ords = jobs.map((job) => new Int32Array(job.rows.length));
  let ord = 0;
  const appender = await c.createAppender('events_staging');
  try {
    jobs.forEach((job, j) => {
      const ordsOfJob = ords[j] as Int32Array;
      job.rows.forEach((row, k) => {
        ord++;
        if (isDuplicate(row.event)) return;
        ordsOfJob[k] = ord;
        appendStagedRow(appender, ord, row);
      });
    });
  } catch (error) {
    discard(appender);
    throw error;
  }
  appender.closeSync();
  return ords;
}

async function findStored(c: DuckDBConnection): Promise<Set<number>> {
  const rows = (await c.runAndReadAll(BEGIN_AND_FIND_STORED)).getRows();
  return new Set(rows.map(([ord]) => Number(ord)));
}

/** The events each job newly stores: staged, and not already stored. */
function insertedEvents(
  jobs: readonly StagedJob[],
  ords: readonly Int32Array[],
  stored: ReadonlySet<number>,
): EventRecord[][] {
  return jobs.map((job, j) => {
    const ordsOfJob = ords[j] as Int32Array;
    const events: EventRecord[] = [];
    job.rows.forEach((row, k) => {
      const ord = ordsOfJob[k] as number;
      if (ord !== 0 && !stored.has(ord)) events.push(row.event);
    });
    return events;
  });
}

/** The links of every linked job, by workspace, in group order. */
function linksByWorkspace(
  jobs: readonly StagedJob[],
  inserted: readonly (readonly EventRecord[])[],
): Map<string, IdentityLink[]> {
  const byWorkspace = new Map<string, IdentityLink[]>();
  jobs.forEach((job, j) => {
    const events = inserted[j] ?? [];
    if (job.links === undefined || events.length === 0) return;
    const links = byWorkspace.get(job.links.workspaceId) ?? [];
    links.push(...job.links.of(events));
    byWorkspace.set(job.links.workspaceId, links);
  });
  return byWorkspace;
}

/**
 * Commits a group of appends in one transaction. Resolves with the number of events each job
 * newly stored; rejects (nothing stored, no link recorded) on any failure.
 */
export async function commitGroup(
  c: DuckDBConnection,
  jobs: readonly StagedJob[],
  recorder: LinkRecorder | undefined,
  staging: StagingState,
): Promise<number[]> {
  const ords = await stage(c, jobs, staging);
  const total = jobs.reduce((sum, job) => sum + job.rows.length, 0);
  const linked = new Set<string>();
  try {
    const stored = await findStored(c);
    const sql: string[] = [];
    if (stored.size > 0) sql.push(`DELETE FROM events_staging WHERE ord IN (${[...stored]});`);
    // seq = last_seq + ord: reserve the whole range; gaps (duplicates) are harmless.
    sql.push(INSERT_STAGED, `UPDATE event_sequence SET last_seq = last_seq + ${total};`);
    const inserted = insertedEvents(jobs, ords, stored);
    for (const [workspaceId, links] of linksByWorkspace(jobs, inserted)) {
      if (recorder === undefined) throw new Error('no identity graph records links');
      linked.add(workspaceId);
      sql.push(await recorder.changesSql(c, workspaceId, links));
    }
    // Frees the group's rows and leaves an empty staging table (fresh planner statistics) for
    // the next group, in the same call.
    sql.push(`${CREATE_STAGING};`, 'COMMIT;');
    await c.run(sql.join('\n'));
    staging.ready = true;
    return inserted.map((events) => events.length);
  } catch (error) {
    for (const workspaceId of linked) recorder?.forget(workspaceId);
    await c.run('ROLLBACK').catch(ignore); // the transaction may already be gone
    throw error;
  }
}
