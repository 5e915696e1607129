/**
 * The single writer of a DuckDB event store: one connection, one queue of jobs run strictly
 * in arrival order, so writes never interleave. That single writer is also what makes the
 * anti-join on append a sufficient uniqueness check for `(workspace_id, message_id)`.
 *
 * Group commit: `append` calls that are queued back to back while the writer is busy are
 * committed together, in one staging pass and one transaction (./duckdb-commit.ts), so that
 * the fixed cost of a commit (the duplicate check scans the stored keys, the WAL is synced) is
 * paid once per group instead of once per call. An append may carry identity links: those of
 * the events it newly stores are recorded in the same transaction. Each call still gets its
 * own result and is all-or-nothing; a malformed batch is refused alone, before the group is
 * staged, while a database failure fails every call of the group (retrying them is safe:
 * appends are idempotent, and their links are recorded with them or not at all).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { EventRecord } from '../../ingest/event.ts';
import {
  commitGroup,
  type LinkRecorder,
  type LinkRequest,
  type StagedJob,
  type StagingState,
} from './duckdb-commit.ts';
import { prepareEvents } from './duckdb-rows.ts';
import type { AppendResult } from './port.ts';
import { InvalidEventError } from './port.ts';

export type { LinkRecorder, LinkRequest } from './duckdb-commit.ts';

/** Largest number of events committed in one group (a larger single call is taken alone). */
const MAX_GROUP_EVENTS = 200_000;

interface AppendJob {
  readonly kind: 'append';
  readonly events: readonly EventRecord[];
  readonly links: LinkRequest | undefined;
  readonly resolve: (result: AppendResult) => void;
  readonly reject: (error: unknown) => void;
}

interface TaskJob {
  readonly kind: 'task';
  /** Settles the caller's promise itself; never rejects. */
  readonly run: () => Promise<void>;
}

/** Refuses, before staging, an event of a linked append that is not of the links' workspace. */
function assertLinkWorkspace(events: readonly EventRecord[], links: LinkRequest | undefined) {
  if (links === undefined) return;
  events.forEach((event, index) => {
    if (event.workspaceId !== links.workspaceId) {
      throw new InvalidEventError(index, 'workspaceId', 'must be the workspace of the links');
    }
  });
}

export class DuckDbWriter {
  readonly #queue: (AppendJob | TaskJob)[] = [];
  #draining = false;
  #recorder: LinkRecorder | undefined;
  readonly #staging: StagingState = { ready: false };
  /** Writes of any kind (tasks); see `generation`. */
  #tasks = 0;
  /** Committed append groups per workspace; see `generation`. */
  readonly #appends = new Map<string, number>();

  constructor(private readonly connection: DuckDBConnection) {}

  /** The identity graph that records the links of linked appends (set once, by the graph). */
  recordLinksWith(recorder: LinkRecorder): void {
    this.#recorder = recorder;
  }

  /**
   * Queues a batch; resolves once it is committed. With `links`, the identity links of the
   * events it newly stores are recorded in the same transaction.
   */
  append(events: readonly EventRecord[], links?: LinkRequest): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.#enqueue({ kind: 'append', events, links, resolve, reject });
    });
  }

  /** Queues any other write (or a barrier); `task` runs alone on the writer connection. */
  run<T>(task: (connection: DuckDBConnection) => Promise<T>): Promise<T> {
    return new Promise((resolve, reject) => {
      this.#enqueue({
        kind: 'task',
        run: () =>
          task(this.connection).then(
            (value) => {
              this.#tasks++;
              resolve(value);
            },
            (error: unknown) => {
              this.#tasks++;
              reject(error);
            },
          ),
      });
    });
  }

  /**
   * A number that changes whenever data the workspace's readers may see has changed: bumped
   * after every commit, before the writer's caller hears of it, so that a reader who reads the
   * generation before a query never labels newer data with an older generation. Appends bump
   * their workspaces only; other writes (merges, erasures, imports) bump every workspace.
   */
  generation(workspaceId: string): number {
    return this.#tasks + (this.#appends.get(workspaceId) ?? 0);
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
    const accepted: { job: AppendJob; staged: StagedJob }[] = [];
    for (const job of jobs) {
      try {
        assertLinkWorkspace(job.events, job.links);
        accepted.push({ job, staged: { rows: prepareEvents(job.events), links: job.links } });
      } catch (error) {
        job.reject(error);
      }
    }
    if (accepted.length === 0) return;
    try {
      const inserted = await commitGroup(
        this.connection,
        accepted.map(({ staged }) => staged),
        this.#recorder,
        this.#staging,
      );
      this.#countAppends(accepted.map(({ job }) => job));
      for (const [index, { job }] of accepted.entries()) {
        const count = inserted[index] ?? 0;
        job.resolve({ inserted: count, duplicates: job.events.length - count });
      }
    } catch (error) {
      for (const { job } of accepted) job.reject(error);
    }
  }

  #countAppends(jobs: readonly AppendJob[]): void {
    const workspaces = new Set<string>();
    for (const job of jobs) {
      if (job.links !== undefined) workspaces.add(job.links.workspaceId);
      else for (const event of job.events) workspaces.add(event.workspaceId);
    }
    for (const workspace of workspaces) {
      this.#appends.set(workspace, (this.#appends.get(workspace) ?? 0) + 1);
    }
  }
}
