/**
 * DuckDB adapter of the event store port (./port.ts), embedded in the Parcours process.
 *
 * Writes (append, deleteByIdentity) go through the single writer (./duckdb-writer.ts): one
 * connection, one queue, never interleaved. Reads use a small pool of other connections and
 * see the last committed state. All values are bound as parameters, never spliced into SQL.
 */
import { resolve } from 'node:path';
import {
  BIGINT,
  type DuckDBConnection,
  DuckDBInstance,
  DuckDBTimestampTZValue,
  type DuckDBType,
  type DuckDBValue,
  LIST,
  listValue,
  TIMESTAMPTZ,
  VARCHAR,
} from '@duckdb/node-api';
import type { EventRecord } from '../../ingest/event.ts';
import type { BulkSession } from './bulk-import.ts';
import {
  assertWorkspaceId,
  encodeCursor,
  normaliseIdentities,
  normaliseQuery,
} from './contract.ts';
import type { CustomerQueries } from './customer-port.ts';
import { DuckDbCustomers } from './customers-duckdb.ts';
import { runBulkImport } from './duckdb-bulk.ts';
import { decodeRow, SELECT_COLUMNS } from './duckdb-rows.ts';
import { migrate } from './duckdb-schema.ts';
import { DuckDbWriter } from './duckdb-writer.ts';
import { DuckDbFeedbackQueries } from './feedback-duckdb.ts';
import type { FeedbackQueries } from './feedback-port.ts';
import { DuckDbIdentityGraph } from './identity-duckdb.ts';
import { DuckDbCustomerMerges } from './identity-duckdb-merges.ts';
import type {
  IdentityConflict,
  IdentityLink,
  IdentityRef,
  MergeRecord,
  MergeRequest,
} from './identity-port.ts';
import { DuckDbMappingQueries } from './mapping-duckdb.ts';
import type { MappingQueries } from './mapping-port.ts';
import {
  type AppendResult,
  type EventPage,
  type EventQuery,
  type EventStore,
  EventStoreClosedError,
  type IdentitySet,
} from './port.ts';
import { DuckDbAnalyticsQueries } from './traces-duckdb.ts';

export interface DuckDbEventStoreOptions {
  /** Path of the `.duckdb` file (created if missing), or `:memory:`. */
  readonly path: string;
}

const DELETE_BY_IDENTITY = `DELETE FROM events WHERE workspace_id = $1 AND (
  user_id IN (SELECT unnest($2)) OR anonymous_id IN (SELECT unnest($3))
  OR previous_id IN (SELECT unnest($4)))`;

/** Files opened by this process: a second instance on the same file would corrupt it. */
const openFiles = new Set<string>();

const ignore = (): void => undefined;

const timestampTz = (ms: number): DuckDBTimestampTZValue =>
  new DuckDBTimestampTZValue(BigInt(ms) * 1000n);

/** Opens (creating and migrating if needed) a DuckDB event store. */
export async function openDuckDbEventStore({ path }: DuckDbEventStoreOptions): Promise<EventStore> {
  const file = path === ':memory:' ? null : resolve(path);
  if (file !== null) {
    if (openFiles.has(file)) throw new Error(`event store ${file} is already open in this process`);
    openFiles.add(file);
  }
  const release = (): void => {
    if (file !== null) openFiles.delete(file);
  };
  let instance: DuckDBInstance | undefined;
  try {
    instance = await DuckDBInstance.create(path);
    const writer = await instance.connect();
    await migrate(writer);
    return new DuckDbEventStore(instance, writer, file !== null, release);
  } catch (error) {
    instance?.closeSync();
    release();
    throw error;
  }
}

class DuckDbEventStore implements EventStore {
  readonly #writer: DuckDbWriter;
  readonly #identities: DuckDbIdentityGraph;
  readonly #merges: DuckDbCustomerMerges;
  readonly customers: CustomerQueries;
  readonly mapping: MappingQueries;
  readonly feedback: FeedbackQueries;
  readonly analytics: DuckDbAnalyticsQueries;
  readonly #idleReaders: DuckDBConnection[] = [];
  readonly #reads = new Set<Promise<unknown>>();
  #closed: Promise<void> | null = null;

  constructor(
    private readonly instance: DuckDBInstance,
    private readonly writer: DuckDBConnection,
    private readonly onDisk: boolean,
    private readonly release: () => void,
  ) {
    this.#writer = new DuckDbWriter(writer);
    const read = <T>(task: (connection: DuckDBConnection) => Promise<T>) => this.#read(task);
    this.#identities = new DuckDbIdentityGraph(this.#writer, read);
    const identities = this.#identities;
    this.#merges = new DuckDbCustomerMerges(this.#writer, read, (ws) => identities.forget(ws));
    this.mapping = new DuckDbMappingQueries(read);
    this.feedback = new DuckDbFeedbackQueries(read);
    this.analytics = new DuckDbAnalyticsQueries(read, (ws) => this.#writer.generation(ws));
    this.customers = new DuckDbCustomers({
      writer: this.#writer,
      read,
      listMerges: (ws) => this.#merges.listMerges(ws),
      changed: (ws) => identities.forget(ws),
      assertOpen: () => {
        if (this.#closed !== null) throw new EventStoreClosedError();
      },
    });
  }

  async append(events: readonly EventRecord[]): Promise<AppendResult> {
    if (!Array.isArray(events)) throw new TypeError('append expects an array of events');
    if (this.#closed !== null) throw new EventStoreClosedError();
    if (events.length === 0) return { inserted: 0, duplicates: 0 };
    return this.#writer.append([...events]);
  }

  /** ./linked-append.ts: the append and the links of its new events in one transaction. */
  async appendWithIdentityLinks(
    workspaceId: string,
    events: readonly EventRecord[],
    linksOf: (inserted: readonly EventRecord[]) => readonly IdentityLink[],
  ): Promise<AppendResult> {
    assertWorkspaceId(workspaceId);
    if (!Array.isArray(events)) throw new TypeError('append expects an array of events');
    if (this.#closed !== null) throw new EventStoreClosedError();
    if (events.length === 0) return { inserted: 0, duplicates: 0 };
    return this.#writer.append([...events], { workspaceId, of: linksOf });
  }

  /** ./bulk-import.ts: a bulk import in one writer transaction (./duckdb-bulk.ts). */
  async bulkImport<T>(
    workspaceId: string,
    task: (session: BulkSession) => Promise<T | null>,
  ): Promise<T | null> {
    assertWorkspaceId(workspaceId);
    if (this.#closed !== null) throw new EventStoreClosedError();
    return this.#writer.run((c) => runBulkImport(c, this.#identities, workspaceId, task));
  }

  async list(workspaceId: string, query: EventQuery = {}): Promise<EventPage> {
    const q = normaliseQuery(workspaceId, query);
    const values: DuckDBValue[] = [];
    const types: DuckDBType[] = [];
    const bind = (value: DuckDBValue, type: DuckDBType): string => {
      values.push(value);
      types.push(type);
      return `$${values.length}`;
    };
    const where = [`workspace_id = ${bind(workspaceId, VARCHAR)}`];
    if (q.from !== null) where.push(`ts >= ${bind(timestampTz(q.from.getTime()), TIMESTAMPTZ)}`);
    if (q.to !== null) where.push(`ts < ${bind(timestampTz(q.to.getTime()), TIMESTAMPTZ)}`);
    if (q.userId !== null) where.push(`user_id = ${bind(q.userId, VARCHAR)}`);
    if (q.anonymousId !== null) where.push(`anonymous_id = ${bind(q.anonymousId, VARCHAR)}`);
    if (q.type !== null) where.push(`type = ${bind(q.type, VARCHAR)}`);
    if (q.after !== null) {
      const ts = bind(timestampTz(q.after.timestampMs), TIMESTAMPTZ);
      const seq = bind(q.after.seq, BIGINT);
      where.push(`(ts > ${ts} OR (ts = ${ts} AND seq > ${seq}))`);
    }
    const sql = `SELECT ${SELECT_COLUMNS} FROM events WHERE ${where.join(' AND ')}
      ORDER BY ts, seq LIMIT ${bind(BigInt(q.limit + 1), BIGINT)}`;
    const rows = await this.#read(async (c) =>
      (await c.runAndReadAll(sql, values, types)).getRows(),
    );
    const decoded = rows.slice(0, q.limit).map(decodeRow);
    const last = decoded.at(-1);
    return {
      events: decoded.map((row) => row.event),
      nextCursor: rows.length > q.limit && last !== undefined ? encodeCursor(last.position) : null,
    };
  }

  async count(workspaceId: string): Promise<number> {
    assertWorkspaceId(workspaceId);
    const rows = await this.#read(async (c) => {
      const sql = 'SELECT count(*) FROM events WHERE workspace_id = $1';
      return (await c.runAndReadAll(sql, [workspaceId], [VARCHAR])).getRows();
    });
    return Number(rows[0]?.[0] ?? 0);
  }

  async deleteByIdentity(workspaceId: string, ids: IdentitySet): Promise<number> {
    const { userIds, anonymousIds } = normaliseIdentities(workspaceId, ids);
    if (this.#closed !== null) throw new EventStoreClosedError();
    if (userIds.length === 0 && anonymousIds.length === 0) return 0;
    const either = [...new Set([...userIds, ...anonymousIds])];
    return this.#writer.run(async (connection) => {
      const result = await connection.run(
        DELETE_BY_IDENTITY,
        [workspaceId, listValue(userIds), listValue(anonymousIds), listValue(either)],
        [VARCHAR, LIST(VARCHAR), LIST(VARCHAR), LIST(VARCHAR)],
      );
      return result.rowsChanged;
    });
  }

  async recordIdentityLinks(workspaceId: string, links: readonly IdentityLink[]): Promise<void> {
    if (this.#closed !== null) throw new EventStoreClosedError();
    return this.#identities.recordIdentityLinks(workspaceId, links);
  }

  resolveCustomer(
    workspaceId: string,
    ids: { readonly userId?: string; readonly anonymousId?: string },
  ): Promise<string | null> {
    return this.#identities.resolveCustomer(workspaceId, ids);
  }

  customerIdentities(workspaceId: string, customerId: string): Promise<IdentityRef[]> {
    return this.#identities.customerIdentities(workspaceId, customerId);
  }

  listConflicts(workspaceId: string): Promise<IdentityConflict[]> {
    return this.#identities.listConflicts(workspaceId);
  }

  async mergeCustomers(workspaceId: string, request: MergeRequest): Promise<MergeRecord> {
    if (this.#closed !== null) throw new EventStoreClosedError();
    return this.#merges.mergeCustomers(workspaceId, request);
  }

  async undoMerge(workspaceId: string, mergeId: string): Promise<MergeRecord> {
    if (this.#closed !== null) throw new EventStoreClosedError();
    return this.#merges.undoMerge(workspaceId, mergeId);
  }

  listMerges(workspaceId: string): Promise<MergeRecord[]> {
    return this.#merges.listMerges(workspaceId);
  }

  close(): Promise<void> {
    this.#closed ??= this.#shutdown();
    return this.#closed;
  }

  /** Runs `task` on a pooled reader connection. */
  #read<T>(task: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    if (this.#closed !== null) return Promise.reject(new EventStoreClosedError());
    const run = async (): Promise<T> => {
      const connection = this.#idleReaders.pop() ?? (await this.instance.connect());
      try {
        return await task(connection);
      } finally {
        this.#idleReaders.push(connection);
      }
    };
    const result = run();
    const tracked = result.then(ignore, ignore);
    this.#reads.add(tracked);
    void tracked.then(() => this.#reads.delete(tracked));
    return result;
  }

  async #shutdown(): Promise<void> {
    // Queued after every write accepted before close(), so it runs once they are done.
    const flushed = this.#writer.run(async (connection) => {
      if (this.onDisk) await connection.run('CHECKPOINT');
    });
    await Promise.all([...this.#reads]);
    try {
      await flushed;
    } finally {
      for (const connection of this.#idleReaders.splice(0)) connection.closeSync();
      this.analytics.clear();
      this.writer.closeSync();
      this.instance.closeSync();
      this.release();
    }
  }
}
