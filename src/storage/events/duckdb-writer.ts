/**
 * The single writer of a DuckDB event store: one connection, one queue of jobs run strictly
 * in arrival order, so writes never interleave. That single writer is also what makes the
 * anti-join on append a sufficient uniqueness check for `(workspace_id, message_id)`.
 *
 * Group commit: `append` calls that are queued back to back while the writer is busy are
 * committed together, in one staging pass and one transaction, so that the fixed cost of a
 * commit (the duplicate check scans the stored keys, the WAL is synced) is paid once per
 * group instead of once per call. Each call still gets its own result and is all-or-nothing;
 * a malformed batch is refused alone, before the group is staged, while a database failure
 * fails every call of the group (retrying them is safe: appends are idempotent).
 */
import type { DuckDBAppender, DuckDBConnection } from '@duckdb/node-api';
import type { EventRecord } from '../../ingest/event.ts';
import { createBatchDeduplicator } from './contract.ts';
import { appendStagedRow, type PreparedEvent, prepareEvents } from './duckdb-rows.ts';
import { CREATE_STAGING, EVENT_COLUMNS } from './duckdb-schema.ts';
import type { AppendResult } from './port.ts';

/** Largest number of events committed in one group (a larger single call is taken alone). */
const MAX_GROUP_EVENTS = 100_000;

const JSON_COLUMNS: ReadonlySet<string> = new Set(['properties', 'traits', 'context']);
const STAGED_VALUES = EVENT_COLUMNS.map((c) => (JSON_COLUMNS.has(c) ? `s.${c}::JSON` : `s.${c}`));

/** Drops the staged events already stored (the duplicate check). */
const DROP_STORED = `DELETE FROM events_staging s WHERE EXISTS (
  SELECT 1 FROM events e WHERE e.workspace_id = s.workspace_id AND e.message_id = s.message_id)`;

/** Inserts what is left of the staging, in group order. */
const INSERT_STAGED = `INSERT INTO events (seq, ${EVENT_COLUMNS.join(', ')})
  SELECT (SELECT last_seq FROM event_sequence) + s.ord, ${STAGED_VALUES.join(', ')}
  FROM events_staging s ORDER BY s.ord`;

interface AppendJob {
  readonly kind: 'append';
  readonly events: readonly EventRecord[];
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

interface TaskJob {
  readonly kind: 'task';
  /** Settles the caller's promise itself; never rejects. */
  readonly run: () => Promise<void>;
}

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

export class DuckDbWriter {
  readonly #queue: (AppendJob | TaskJob)[] = [];
  #draining = false;

  constructor(private readonly connection: DuckDBConnection) {}

  /** Queues a batch; resolves once it is committed. */
  append(events: readonly EventRecord[]): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.#enqueue({ kind: 'append', events, resolve, reject });
    });
  }

  /** Queues any other write (or a barrier); `task` runs alone on the writer connection. */
  run<T>(task: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      this.#enqueue({ kind: 'task', run: () => task(this.connection).then(resolve, reject) });
    });
  }

  #enqueue(job: AppendJob | TaskJob): void {
    this.#queue.push(job);
    if (!this.#draining) {
      this.#draining = true;
      void this.#drain();
    }
  }

  async #drain(): Promise<void> {
    try {
      for (let job = this.#queue[0]; job !== undefined; job = this.#queue[0]) {
        if (job.kind === 'task') {
          this.#queue.shift();
          await job.run();
        } else {
          await this.#commitGroup(this.#takeAppendGroup());
        }
      }
    } finally {
      this.#draining = false;
    }
  }

  /** Removes from the queue head the consecutive appends that fit in one group. */
  #takeAppendGroup(): AppendJob[] {
    const group: AppendJob[] = [];
    let size = 0;
    for (let job = this.#queue[0]; job?.kind === 'append'; job = this.#queue[0]) {
      if (group.length > 0 && size + job.events.length > MAX_GROUP_EVENTS) break;
      this.#queue.shift();
      group.push(job);
      size += job.events.length;
    }
    return group;
  }

  /** Commits a group of appends, settling every job's promise. Never rejects. */
  async #commitGroup(jobs: readonly AppendJob[]): Promise<void> {
    const accepted: { job: AppendJob; rows: PreparedEvent[] }[] = [];
    for (const job of jobs) {
      try {
        accepted.push({ job, rows: prepareEvents(job.events) });
      } catch (error) {
        job.reject(error);
      }
    }
    if (accepted.length === 0) return;
    try {
      const inserted = await this.#insert(accepted.map(({ rows }) => rows));
      for (const [index, { job, rows }] of accepted.entries()) {
        const count = inserted.get(index) ?? 0;
        job.resolve({ inserted: count, duplicates: rows.length - count });
      }
    } catch (error) {
      for (const { job } of accepted) job.reject(error);
    }
  }

  /**
   * Stages the groups' events with the appender (later copies of a message within the group
   * are not staged), then in one transaction drops those already stored, inserts the rest and
   * advances the sequence. Resolves with the number of events inserted per job index.
   */
  async #insert(groups: readonly (readonly PreparedEvent[])[]): Promise<Map<number, number>> {
    const connection = this.connection;
    await connection.run(CREATE_STAGING);
    const isDuplicate = createBatchDeduplicator();
    let ord = 0;
    const appender = await connection.createAppender('events_staging');
    try {
      for (const [job, rows] of groups.entries()) {
        for (const row of rows) {
          ord++;
          if (!isDuplicate(row.event)) appendStagedRow(appender, job, ord, row);
        }
      }
    } catch (error) {
      discard(appender);
      throw error;
    }
    appender.closeSync();
    try {
      await connection.run('BEGIN TRANSACTION');
      try {
        await connection.run(DROP_STORED);
        const counts = await connection.runAndReadAll(
          'SELECT job, count(*) FROM events_staging GROUP BY job',
        );
        await connection.run(INSERT_STAGED);
        // seq = last_seq + ord: reserve the whole range; gaps (duplicates) are harmless.
        await connection.run('UPDATE event_sequence SET last_seq = last_seq + $1', [BigInt(ord)]);
        await connection.run('COMMIT');
        return new Map(counts.getRows().map(([job, count]) => [Number(job), Number(count)]));
      } catch (error) {
        await connection.run('ROLLBACK').catch(ignore); // the transaction may already be gone
        throw error;
      }
    } finally {
      // Only frees memory (the next group re-creates the staging); must not turn a committed
      // group into a failure.
      await connection.run('DROP TABLE IF EXISTS events_staging').catch(ignore);
    }
  }
}
