/** SQLite adapter of the operational store: better-sqlite3 behind Kysely, WAL, foreign keys on. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrateToLatest } from './migrate.ts';
import type { OperationalStore } from './port.ts';
import type { OperationalDatabase } from './schema.ts';

export interface SqliteOptions {
  /** A file path, or ':memory:' for tests. */
  readonly path: string;
}

export async function openSqliteOperationalStore({
  path,
}: SqliteOptions): Promise<OperationalStore> {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const database = new Database(path);
  // WAL: readers never block the writer, and a commit is durable once in the log.
  database.pragma('journal_mode = WAL');
  // NORMAL is durable across process crashes (SIGKILL) in WAL mode; only an OS
  // crash or power loss can drop the last transactions.
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  // The CLI may write while the server runs: wait for the lock instead of failing.
  database.pragma('busy_timeout = 5000');

  const db = new Kysely<OperationalDatabase>({ dialect: new SqliteDialect({ database }) });
  try {
    await migrateToLatest(db as Kysely<unknown>);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  let closed = false;
  return {
    engine: 'sqlite',
    db,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
}
