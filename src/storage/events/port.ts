/**
 * The event store port: what the rest of Parcours may ask of the store that keeps
 * customer events. Adapters (DuckDB now, ClickHouse later) implement it; nothing
 * outside an adapter knows which database is behind it, and every adapter must pass
 * `describeEventStoreConformance` (./conformance.ts) unchanged.
 *
 * Contract shared by all methods:
 * - every method takes the workspace and touches only that workspace's events;
 * - invalid input is refused with `InvalidEventError` / `InvalidEventQueryError`
 *   before anything is written;
 * - after `close()` has been called every method rejects with `EventStoreClosedError`.
 */
import type { EventRecord, EventType } from '../../ingest/event.ts';
import type { AnalyticsQueries } from './analytics-port.ts';
import type { CustomerQueries } from './customer-port.ts';
import type { FeedbackQueries } from './feedback-port.ts';
import type { IdentityStore } from './identity-port.ts';
import type { MappingQueries } from './mapping-port.ts';

/** Outcome of one `append` call; `inserted + duplicates` equals the batch length. */
export interface AppendResult {
  /** Events newly stored. */
  readonly inserted: number;
  /**
   * Events not stored because their `(workspaceId, messageId)` was already stored, or
   * appeared earlier in the same batch. The first stored version always wins.
   */
  readonly duplicates: number;
}

/** Filters of `list`; all optional and combined with AND. */
export interface EventQuery {
  /** Only events with `timestamp >= from` (inclusive). */
  readonly from?: Date;
  /** Only events with `timestamp < to` (exclusive). */
  readonly to?: Date;
  readonly userId?: string;
  readonly anonymousId?: string;
  readonly type?: EventType;
  /** Page size, 1 to `MAX_LIST_LIMIT`; `DEFAULT_LIST_LIMIT` when absent. */
  readonly limit?: number;
  /** `nextCursor` of the previous page: the page starts strictly after it. */
  readonly after?: string;
}

/** One page of events, ascending by (timestamp, order of storage). */
export interface EventPage {
  readonly events: EventRecord[];
  /** Opaque cursor to pass as `after` for the next page; null when this page is the last. */
  readonly nextCursor: string | null;
}

/** Identifiers of one person, for erasure. */
export interface IdentitySet {
  readonly userIds: readonly string[];
  readonly anonymousIds: readonly string[];
}

export const DEFAULT_LIST_LIMIT = 100;
export const MAX_LIST_LIMIT = 10_000;

/** Events, and the identity graph that resolves them to customers (./identity-port.ts). */
export interface EventStore extends IdentityStore {
  /** Customers: list, profile, events, erasure and export (./customer-port.ts). */
  readonly customers: CustomerQueries;

  /** Event → touchpoint mapping: rule previews (./mapping-port.ts). */
  readonly mapping: MappingQueries;

  /** Survey answers: measures, verbatims, targeting facts (./feedback-port.ts). */
  readonly feedback: FeedbackQueries;

  /** Journey analytics: per-customer traces of mapped events (./analytics-port.ts). */
  readonly analytics: AnalyticsQueries;

  /**
   * Stores a batch of events, atomically: the promise resolves once every new event is
   * durable (committed), and on failure nothing of the batch is stored. Idempotent on
   * `(workspaceId, messageId)`. Concurrent calls are serialised by the adapter. A batch
   * may hold events of several workspaces.
   */
  append(events: readonly EventRecord[]): Promise<AppendResult>;

  /**
   * A page of the workspace's events matching `query`, ordered by timestamp then by order
   * of storage (events with equal timestamps come back in the order they were appended).
   * Pagination is stable: following `nextCursor` visits every matching event exactly once.
   * A cursor is a position in that order, not a snapshot: events appended after it was
   * issued are visited if they sort after it, and skipped if their timestamp is earlier
   * (late arrivals), so incremental readers should allow for late events.
   */
  list(workspaceId: string, query?: EventQuery): Promise<EventPage>;

  /** Number of events stored for the workspace. */
  count(workspaceId: string): Promise<number>;

  /**
   * Deletes the workspace's events of one person (right to erasure): events whose
   * `userId` is one of `ids.userIds`, whose `anonymousId` is one of `ids.anonymousIds`,
   * or whose `previousId` (alias calls) is any of them. Resolves with the number deleted.
   */
  deleteByIdentity(workspaceId: string, ids: IdentitySet): Promise<number>;

  /** Waits for pending writes, makes them durable and releases the store. Safe to call twice. */
  close(): Promise<void>;
}

/** An event of an `append` batch is malformed; nothing of the batch was stored. */
export class InvalidEventError extends Error {
  override readonly name = 'InvalidEventError';
  constructor(
    /** Position of the offending event in the batch. */
    readonly index: number,
    /** Offending field of `EventRecord`. */
    readonly field: string,
    message: string,
  ) {
    super(`event #${index}: ${field} ${message}`);
  }
}

/** A query argument (workspace, filter, limit, cursor, identities) is malformed. */
export class InvalidEventQueryError extends Error {
  override readonly name = 'InvalidEventQueryError';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** The store was used after `close()`. */
export class EventStoreClosedError extends Error {
  override readonly name = 'EventStoreClosedError';
  constructor() {
    super('the event store is closed');
  }
}
