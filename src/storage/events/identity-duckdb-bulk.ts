/**
 * Identity graph changes written with appenders into temporary tables, then applied with
 * three set-based statements: for a bulk import, which may attach millions of identities at
 * once, where literal SQL (./identity-duckdb-literal.ts) or list parameters would be slow.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import { toTimestampTz } from './identity-duckdb-sql.ts';
import { type GraphChanges, parseIdentityKey } from './identity-rules.ts';

const CREATE_CHANGES = `CREATE OR REPLACE TEMP TABLE identity_changes (
  kind VARCHAR NOT NULL, value VARCHAR NOT NULL, customer_id VARCHAR NOT NULL, moved BOOLEAN NOT NULL)`;
const CREATE_CONFLICTS = `CREATE OR REPLACE TEMP TABLE identity_conflict_changes (
  kind VARCHAR NOT NULL, value VARCHAR NOT NULL, customer_id VARCHAR NOT NULL,
  other_customer_id VARCHAR NOT NULL, message_id VARCHAR NOT NULL, occurred_at TIMESTAMPTZ NOT NULL)`;
const INSERT_NEW = `INSERT INTO identities (workspace_id, kind, value, customer_id, linked_at)
  SELECT $1, kind, value, customer_id, $2 FROM identity_changes WHERE NOT moved`;
const MOVE = `UPDATE identities SET customer_id = m.customer_id, linked_at = $2
  FROM identity_changes m WHERE m.moved AND identities.workspace_id = $1
    AND identities.kind = m.kind AND identities.value = m.value`;
const INSERT_CONFLICTS = `INSERT INTO identity_conflicts
  (workspace_id, kind, value, customer_id, other_customer_id, message_id, occurred_at)
  SELECT $1, * FROM identity_conflict_changes ON CONFLICT DO NOTHING`;

export async function writeChangesInBulk(
  c: DuckDBConnection,
  workspaceId: string,
  { attached, moved, conflicts }: GraphChanges,
): Promise<void> {
  const now = toTimestampTz(new Date());
  if (attached.size > 0) {
    await c.run(CREATE_CHANGES);
    const appender = await c.createAppender('identity_changes');
    for (const [key, customerId] of attached) {
      const { kind, value } = parseIdentityKey(key);
      appender.appendVarchar(kind);
      appender.appendVarchar(value);
      appender.appendVarchar(customerId);
      appender.appendBoolean(moved.has(key));
      appender.endRow();
    }
    appender.closeSync();
    await c.run(INSERT_NEW, [workspaceId, now]);
    if (moved.size > 0) await c.run(MOVE, [workspaceId, now]);
    await c.run('DROP TABLE identity_changes');
  }
  if (conflicts.length > 0) {
    await c.run(CREATE_CONFLICTS);
    const appender = await c.createAppender('identity_conflict_changes');
    for (const conflict of conflicts) {
      appender.appendVarchar(conflict.identity.kind);
      appender.appendVarchar(conflict.identity.value);
      appender.appendVarchar(conflict.customerId);
      appender.appendVarchar(conflict.otherCustomerId);
      appender.appendVarchar(conflict.messageId);
      appender.appendTimestampTZ(toTimestampTz(conflict.at));
      appender.endRow();
    }
    appender.closeSync();
    await c.run(INSERT_CONFLICTS, [workspaceId]);
    await c.run('DROP TABLE identity_conflict_changes');
  }
}
