/**
 * Schema of the DuckDB event store, as numbered migrations recorded in `schema_migrations`.
 * A migration runs once, in its own transaction, in version order; applied migrations are
 * never edited, a change is a new migration appended to `MIGRATIONS`.
 *
 * Table `events`, one row per stored event:
 * - `seq` — monotonically increasing per store (never reused, gaps allowed), breaks ties
 *   between equal timestamps so that ordering and pagination are stable;
 * - Segment fields in snake_case; `ts` is the event's `timestamp`;
 * - timestamps are TIMESTAMPTZ (UTC instants, millisecond values);
 * - `properties`, `traits`, `context` are JSON objects.
 * `(workspace_id, message_id)` is unique; it is enforced by the adapter's single writer
 * (anti-join on append) rather than by an index, which made bulk loads 15× slower when measured
 * (an ART index on a 128-bit key too: 5 µs an insert). The anti-join compares `message_key`, a
 * 128-bit hash of the pair (`messageKeySql`): two different pairs share a key with probability
 * 2^-128 (no accidental collision in any realistic store), and the key is 16 bytes to read.
 */
import type { DuckDBConnection } from '@duckdb/node-api';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly statements: readonly string[];
}

/**
 * SQL of the 128-bit key of a (workspace, messageId) pair: two independent 64-bit hashes, of
 * the pair and of the reversed concatenation. DuckDB's `hash` is fast but not promised stable
 * across DuckDB versions: `refreshMessageKeys` recomputes the stored keys when it changes.
 */
export const messageKeySql = (workspace: string, messageId: string): string =>
  `(hash(${workspace}, ${messageId})::UHUGEINT << 64 | hash(${messageId} || chr(0) || ${workspace})::UHUGEINT)`;

/** Key of a fixed pair, stored with the keys: when it changes, DuckDB's hash has changed. */
const KEY_PROBE = messageKeySql("'parcours'", "'message-key-probe'");

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'create events',
    statements: [
      `CREATE TABLE events (
        seq BIGINT NOT NULL,
        workspace_id VARCHAR NOT NULL,
        message_id VARCHAR NOT NULL,
        type VARCHAR NOT NULL
          CHECK (type IN ('track', 'identify', 'page', 'screen', 'group', 'alias')),
        event VARCHAR,
        user_id VARCHAR,
        anonymous_id VARCHAR,
        group_id VARCHAR,
        previous_id VARCHAR,
        channel VARCHAR,
        ts TIMESTAMPTZ NOT NULL,
        sent_at TIMESTAMPTZ,
        received_at TIMESTAMPTZ NOT NULL,
        properties JSON NOT NULL,
        traits JSON NOT NULL,
        context JSON NOT NULL
      )`,
      // Last `seq` handed out; a single row, updated in the append transaction.
      'CREATE TABLE event_sequence (last_seq BIGINT NOT NULL)',
      'INSERT INTO event_sequence VALUES (0)',
    ],
  },
  {
    version: 2,
    name: 'create identity graph',
    // The model and the analytics joins are described in ./identity-port.ts.
    statements: [
      `CREATE TABLE identities (
        workspace_id VARCHAR NOT NULL,
        kind VARCHAR NOT NULL CHECK (kind IN ('anonymous', 'user')),
        value VARCHAR NOT NULL,
        customer_id VARCHAR NOT NULL,
        linked_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (workspace_id, kind, value)
      )`,
      `CREATE TABLE identity_conflicts (
        workspace_id VARCHAR NOT NULL,
        kind VARCHAR NOT NULL,
        value VARCHAR NOT NULL,
        customer_id VARCHAR NOT NULL,
        other_customer_id VARCHAR NOT NULL,
        message_id VARCHAR NOT NULL,
        occurred_at TIMESTAMPTZ NOT NULL,
        PRIMARY KEY (workspace_id, kind, value, customer_id, other_customer_id)
      )`,
      `CREATE TABLE customer_merges (
        workspace_id VARCHAR NOT NULL,
        merge_id VARCHAR NOT NULL,
        into_customer_id VARCHAR NOT NULL,
        from_customer_id VARCHAR NOT NULL,
        moved JSON NOT NULL,
        merged_by VARCHAR NOT NULL,
        reason VARCHAR NOT NULL,
        merged_at TIMESTAMPTZ NOT NULL,
        undone_at TIMESTAMPTZ,
        PRIMARY KEY (workspace_id, merge_id)
      )`,
      `CREATE VIEW event_customers AS
        SELECT e.workspace_id, e.message_id, coalesce(u.customer_id, a.customer_id) AS customer_id
        FROM events e
        LEFT JOIN identities u ON u.workspace_id = e.workspace_id AND u.kind = 'user'
          AND u.value = e.user_id
        LEFT JOIN identities a ON a.workspace_id = e.workspace_id AND a.kind = 'anonymous'
          AND a.value = e.anonymous_id`,
      // A customer exists while it has identities (a merged-away one has none until undone).
      `CREATE VIEW customers AS
        SELECT workspace_id, customer_id, min(linked_at) AS first_linked_at
        FROM identities GROUP BY workspace_id, customer_id`,
    ],
  },
  {
    version: 3,
    name: 'message keys',
    statements: [
      'ALTER TABLE events ADD COLUMN message_key UHUGEINT',
      `UPDATE events SET message_key = ${messageKeySql('workspace_id', 'message_id')}`,
      'CREATE TABLE message_key_probe (key UHUGEINT NOT NULL)',
      `INSERT INTO message_key_probe VALUES (${KEY_PROBE})`,
    ],
  },
];

/** Recomputes every stored message key if DuckDB's hash function has changed since. */
async function refreshMessageKeys(connection: DuckDBConnection): Promise<void> {
  const reader = await connection.runAndReadAll(
    `SELECT count(*) FROM message_key_probe WHERE key = ${KEY_PROBE}`,
  );
  if (Number(reader.getRows()[0]?.[0] ?? 0) === 1) return;
  await connection.run('BEGIN TRANSACTION');
  try {
    await connection.run(
      `UPDATE events SET message_key = ${messageKeySql('workspace_id', 'message_id')}`,
    );
    await connection.run(`UPDATE message_key_probe SET key = ${KEY_PROBE}`);
    await connection.run('COMMIT');
  } catch (error) {
    await connection.run('ROLLBACK');
    throw error;
  }
}

/** Columns of `events` written by an append, in staging-table order (after `ord`). */
export const EVENT_COLUMNS = [
  'workspace_id',
  'message_id',
  'type',
  'event',
  'user_id',
  'anonymous_id',
  'group_id',
  'previous_id',
  'channel',
  'ts',
  'sent_at',
  'received_at',
  'properties',
  'traits',
  'context',
] as const;

/**
 * Writer-connection staging table the appender fills before the idempotent insert. `ord` is
 * the event's 1-based position in the group committed together and becomes the offset of its
 * `seq`. JSON is staged as text
 * and checked by the cast into `events`. It is re-created for every group: emptied with
 * DELETE instead, it keeps its old row count in the planner's estimates, which then builds
 * the duplicate-check hash table on `events` instead of on the staging (3× slower).
 */
export const CREATE_STAGING = `CREATE OR REPLACE TEMP TABLE events_staging (
  ord INTEGER NOT NULL,
  workspace_id VARCHAR NOT NULL,
  message_id VARCHAR NOT NULL,
  type VARCHAR NOT NULL,
  event VARCHAR,
  user_id VARCHAR,
  anonymous_id VARCHAR,
  group_id VARCHAR,
  previous_id VARCHAR,
  channel VARCHAR,
  ts TIMESTAMPTZ NOT NULL,
  sent_at TIMESTAMPTZ,
  received_at TIMESTAMPTZ NOT NULL,
  properties VARCHAR NOT NULL,
  traits VARCHAR NOT NULL,
  context VARCHAR NOT NULL
)`;

/** Applies the migrations not yet recorded; running it again is a no-op. */
export async function migrate(connection: DuckDBConnection): Promise<void> {
  await connection.run(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY,
    name VARCHAR NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
  )`);
  const reader = await connection.runAndReadAll('SELECT version FROM schema_migrations');
  const applied = new Set(reader.getRows().map((row) => Number(row[0])));
  for (const migration of [...MIGRATIONS].sort((a, b) => a.version - b.version)) {
    if (applied.has(migration.version)) continue;
    await connection.run('BEGIN TRANSACTION');
    try {
      for (const statement of migration.statements) await connection.run(statement);
      await connection.run('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      await connection.run('COMMIT');
    } catch (error) {
      await connection.run('ROLLBACK');
      throw error;
    }
  }
  await refreshMessageKeys(connection);
}
