/**
 * An optional capability of an event store: a bulk import that the database does itself
 * (src/ingest/import/csv-native.ts), inside one writer transaction of the store. The importer
 * issues its own SQL through the session; the store owns the transaction, the sequence of
 * `seq` values and the identity graph the links are recorded in.
 */
import type { DuckDBValue } from '@duckdb/node-api';
import type { IdentityLink } from './identity-port.ts';

export interface BulkSession {
  /** SQL of the 128-bit message key of (workspace, messageId) text expressions. */
  messageKey(workspace: string, messageId: string): string;
  /**
   * Creates a temporary table from a query, outside the import's transaction (so only before
   * any other call); it is dropped when the import ends, whatever the outcome, and so are the
   * tables the query itself `creates` (such as `read_csv`'s rejects tables).
   */
  scratchTable(name: string, select: string, creates?: readonly string[]): Promise<void>;
  /** Every row of a query. */
  all(sql: string): Promise<DuckDBValue[][]>;
  /** The rows of a query, chunk by chunk (a large result is never held whole). */
  each(sql: string, onRows: (rows: DuckDBValue[][]) => void): Promise<void>;
  /** Runs statements; resolves with the rows changed by the last one. */
  run(sql: string): Promise<number>;
  /** Applies identity links, in order, in the session's transaction. */
  recordLinks(links: readonly IdentityLink[]): Promise<void>;
}

export interface BulkImport {
  /**
   * Runs `task` alone on the store's writer, in one transaction (scratch tables apart): committed when the task
   * resolves with a value, rolled back when it resolves with null (the caller then imports
   * another way) or fails.
   */
  bulkImport<T>(
    workspaceId: string,
    task: (session: BulkSession) => Promise<T | null>,
  ): Promise<T | null>;
}

export const canBulkImport = <T extends object>(store: T): store is T & BulkImport =>
  typeof (store as Partial<BulkImport>).bulkImport === 'function';
