/**
 * The operational store port (docs/adr/0002-stores.md). Kysely's dialect is the
 * seam between engines: capabilities write their repositories with Kysely's
 * portable query builder against `OperationalDatabase`, and an adapter supplies a
 * configured Kysely instance for its engine (SQLite now, PostgreSQL later), runs
 * the migrations, and knows how to close its connections.
 */
import type { Kysely } from 'kysely';
import type { OperationalDatabase } from './schema.ts';

export interface OperationalStore {
  readonly engine: 'sqlite' | 'postgres';
  readonly db: Kysely<OperationalDatabase>;
  /** Closes the connections; safe to call twice. */
  close(): Promise<void>;
}
