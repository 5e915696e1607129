/**
 * The identity graph changes of a group of links as SQL text with literal values, so that a
 * linked append (./duckdb-commit.ts) runs them in the same database call as its insert and
 * its COMMIT: a parameterised statement costs the writer three round trips to DuckDB, each
 * waiting for the Node event loop, which is busy with requests under load.
 *
 * Literals are quoted the SQL way (a quote is doubled; DuckDB gives backslashes no meaning in
 * '…' strings). Text that a query string cannot carry (a NUL character, an unpaired UTF-16
 * surrogate) makes `changesSql` return null: the caller then binds the values as parameters.
 */
import type { GraphChanges } from './identity-rules.ts';
import { parseIdentityKey } from './identity-rules.ts';

// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what is refused.
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

class Unsafe extends Error {}

function literal(text: string): string {
  if (UNSAFE.test(text)) throw new Unsafe();
  return `'${text.replaceAll("'", "''")}'`;
}

function instant(date: Date): string {
  const text = date.toISOString();
  if (text.length !== 24) throw new Unsafe(); // a year before 0 or after 9999
  return `'${text}'::TIMESTAMPTZ`;
}

/** SQL statements (each ending with `;`) storing `changes`, or null if a value cannot be inlined. */
export function changesSql(workspaceId: string, changes: GraphChanges, now: Date): string | null {
  try {
    return statements(workspaceId, changes, now).join('\n');
  } catch (error) {
    if (error instanceof Unsafe) return null;
    throw error;
  }
}

function statements(ws: string, { attached, moved, conflicts }: GraphChanges, now: Date) {
  const workspace = literal(ws);
  const at = instant(now);
  const sql: string[] = [];
  const added: string[] = [];
  const moves: string[] = [];
  for (const [key, customerId] of attached) {
    const { kind, value } = parseIdentityKey(key);
    const row = `(${literal(kind)}, ${literal(value)}, ${literal(customerId)})`;
    (moved.has(key) ? moves : added).push(row);
  }
  if (added.length > 0) {
    sql.push(`INSERT INTO identities (workspace_id, kind, value, customer_id, linked_at)
      SELECT ${workspace}, kind, value, customer_id, ${at}
      FROM (VALUES ${added.join(', ')}) v(kind, value, customer_id);`);
  }
  if (moves.length > 0) {
    sql.push(`UPDATE identities SET customer_id = m.customer_id, linked_at = ${at}
      FROM (VALUES ${moves.join(', ')}) m(kind, value, customer_id)
      WHERE identities.workspace_id = ${workspace} AND identities.kind = m.kind
        AND identities.value = m.value;`);
  }
  if (conflicts.length > 0) {
    const rows = conflicts.map(
      (c) =>
        `(${literal(c.identity.kind)}, ${literal(c.identity.value)}, ${literal(c.customerId)}, ${literal(c.otherCustomerId)}, ${literal(c.messageId)}, ${instant(c.at)})`,
    );
    sql.push(`INSERT INTO identity_conflicts
      (workspace_id, kind, value, customer_id, other_customer_id, message_id, occurred_at)
      SELECT ${workspace}, * FROM (VALUES ${rows.join(', ')})
      ON CONFLICT DO NOTHING;`);
  }
  return sql;
}
