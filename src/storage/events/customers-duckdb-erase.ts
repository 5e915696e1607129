/**
 * Right to erasure in the DuckDB event store: one writer transaction deletes the customer's
 * events, identities, the conflicts and the merge-log rows naming it (./customer-port.ts says
 * exactly which rows). Runs on the single writer, so no link or append interleaves with it.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { ErasureCounts } from './customer-port.ts';
import { identitiesOf, Params, valuesByKind } from './customers-duckdb-sql.ts';
import { text } from './identity-duckdb-sql.ts';
import type { IdentityRef } from './identity-port.ts';

const refKey = (ref: IdentityRef): string => `${ref.kind}:${ref.value}`;

async function deleteRows(c: DuckDBConnection, sql: string, p: Params): Promise<number> {
  return Number((await c.run(sql, p.values, p.types)).rowsChanged);
}

function deleteEvents(c: DuckDBConnection, ws: string, refs: readonly IdentityRef[]) {
  const { users, anons } = valuesByKind(refs);
  const p = new Params();
  const sql = `DELETE FROM events WHERE workspace_id = ${p.bind(ws)} AND (
    user_id IN (SELECT unnest(${p.strings(users)}))
    OR anonymous_id IN (SELECT unnest(${p.strings(anons)}))
    OR previous_id IN (SELECT unnest(${p.strings([...users, ...anons])})))`;
  return deleteRows(c, sql, p);
}

function deleteIdentities(c: DuckDBConnection, ws: string, customerId: string) {
  const p = new Params();
  const sql = `DELETE FROM identities WHERE workspace_id = ${p.bind(ws)}
    AND customer_id = ${p.bind(customerId)}`;
  return deleteRows(c, sql, p);
}

function deleteConflicts(c: DuckDBConnection, ws: string, id: string, keys: readonly string[]) {
  const p = new Params();
  const customer = p.bind(id);
  const sql = `DELETE FROM identity_conflicts WHERE workspace_id = ${p.bind(ws)} AND (
    customer_id = ${customer} OR other_customer_id = ${customer}
    OR kind || ':' || value IN (SELECT unnest(${p.strings(keys)})))`;
  return deleteRows(c, sql, p);
}

/** Merge rows naming the customer, or moving one of its identities (decided on the JSON). */
async function deleteMerges(c: DuckDBConnection, ws: string, id: string, keys: readonly string[]) {
  const wanted = new Set(keys);
  const p = new Params();
  const sql = `SELECT merge_id, into_customer_id, from_customer_id, moved FROM customer_merges
    WHERE workspace_id = ${p.bind(ws)}`;
  const rows = (await c.runAndReadAll(sql, p.values, p.types)).getRows();
  const doomed = rows
    .filter(([, into, from, moved]) => {
      if (text(into) === id || text(from) === id) return true;
      const refs: unknown = JSON.parse(text(moved));
      return Array.isArray(refs) && (refs as IdentityRef[]).some((ref) => wanted.has(refKey(ref)));
    })
    .map(([mergeId]) => text(mergeId));
  if (doomed.length === 0) return 0;
  const d = new Params();
  const remove = `DELETE FROM customer_merges WHERE workspace_id = ${d.bind(ws)}
    AND merge_id IN (SELECT unnest(${d.strings(doomed)}))`;
  return deleteRows(c, remove, d);
}

/** Deletes everything about the customer in one transaction; call it on the writer. */
export async function eraseCustomer(
  c: DuckDBConnection,
  workspaceId: string,
  customerId: string,
): Promise<ErasureCounts> {
  await c.run('BEGIN TRANSACTION');
  try {
    const refs = (await identitiesOf(c, workspaceId, [customerId])).get(customerId) ?? [];
    const keys = refs.map(refKey);
    const counts: ErasureCounts = {
      events: refs.length === 0 ? 0 : await deleteEvents(c, workspaceId, refs),
      identities: await deleteIdentities(c, workspaceId, customerId),
      conflicts: await deleteConflicts(c, workspaceId, customerId, keys),
      merges: await deleteMerges(c, workspaceId, customerId, keys),
    };
    await c.run('COMMIT');
    return counts;
  } catch (error) {
    await c.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
