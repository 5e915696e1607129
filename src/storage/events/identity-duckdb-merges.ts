/**
 * Explicit customer merges of the DuckDB identity graph: the only way two customers with user
 * identities become one. Each merge is logged in `customer_merges` with the identities it moved,
 * so that `undoMerge` moves exactly those back. Writes run on the store's single writer.
 */
import {
  type DuckDBConnection,
  type DuckDBValue,
  LIST,
  listValue,
  VARCHAR,
} from '@duckdb/node-api';
import { assertWorkspaceId } from './contract.ts';
import type { DuckDbWriter } from './duckdb-writer.ts';
import type { ReadOn } from './identity-duckdb.ts';
import { assertId, newId, text, toDate, toTimestampTz } from './identity-duckdb-sql.ts';
import type { IdentityRef, MergeRecord, MergeRequest } from './identity-port.ts';
import { InvalidEventQueryError } from './port.ts';

const MERGE_COLUMNS = `merge_id, into_customer_id, from_customer_id, moved, merged_by, reason, merged_at,
  undone_at`;
const MOVE = `UPDATE identities SET customer_id = $3 WHERE workspace_id = $1 AND customer_id = $2
  AND kind || ':' || value IN (SELECT unnest($4))`;

const refKey = (ref: IdentityRef): string => `${ref.kind}:${ref.value}`;

function decodeMerge(row: readonly DuckDBValue[]): MergeRecord {
  const [id, into, from, moved, by, reason, at, undoneAt] = row;
  const refs: unknown = JSON.parse(text(moved));
  return {
    id: text(id),
    into: text(into),
    from: text(from),
    moved: Array.isArray(refs) ? (refs as IdentityRef[]) : [],
    by: text(by),
    reason: text(reason),
    at: toDate(at),
    undoneAt: undoneAt === null || undoneAt === undefined ? null : toDate(undoneAt),
  };
}

async function inTransaction<T>(c: DuckDBConnection, task: () => Promise<T>): Promise<T> {
  await c.run('BEGIN TRANSACTION');
  try {
    const result = await task();
    await c.run('COMMIT');
    return result;
  } catch (error) {
    await c.run('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function assertCustomer(c: DuckDBConnection, ws: string, field: string, id: string) {
  const sql = 'SELECT 1 FROM identities WHERE workspace_id = $1 AND customer_id = $2 LIMIT 1';
  const rows = (await c.runAndReadAll(sql, [ws, id])).getRows();
  if (rows.length === 0)
    throw new InvalidEventQueryError(field, 'is not a customer with identities');
}

async function readMerge(c: DuckDBConnection, ws: string, mergeId: string): Promise<MergeRecord> {
  const sql = `SELECT ${MERGE_COLUMNS} FROM customer_merges WHERE workspace_id = $1 AND merge_id = $2`;
  const row = (await c.runAndReadAll(sql, [ws, mergeId])).getRows()[0];
  if (row === undefined) throw new InvalidEventQueryError('mergeId', 'is not a known merge');
  return decodeMerge(row);
}

export class DuckDbCustomerMerges {
  constructor(
    private readonly writer: DuckDbWriter,
    private readonly read: ReadOn,
    /** Called (on the writer) when a workspace's graph changed outside the link rules. */
    private readonly changed: (workspaceId: string) => void,
  ) {}

  async mergeCustomers(workspaceId: string, request: MergeRequest): Promise<MergeRecord> {
    assertWorkspaceId(workspaceId);
    const { into, from, by, reason } = request;
    assertId('into', into);
    assertId('from', from);
    assertId('by', by);
    if (typeof reason !== 'string') throw new InvalidEventQueryError('reason', 'must be a string');
    if (into === from) throw new InvalidEventQueryError('from', 'must differ from into');
    return this.writer.run((c) => {
      this.changed(workspaceId);
      return inTransaction(c, async () => {
        await assertCustomer(c, workspaceId, 'into', into);
        await assertCustomer(c, workspaceId, 'from', from);
        const sql = `SELECT kind, value FROM identities WHERE workspace_id = $1 AND customer_id = $2
          ORDER BY kind, value`;
        const rows = (await c.runAndReadAll(sql, [workspaceId, from])).getRows();
        const moved = rows.map(
          ([kind, value]): IdentityRef => ({
            kind: kind === 'user' ? 'user' : 'anonymous',
            value: text(value),
          }),
        );
        await c.run(
          MOVE,
          [workspaceId, from, into, listValue(moved.map(refKey))],
          [VARCHAR, VARCHAR, VARCHAR, LIST(VARCHAR)],
        );
        const id = newId('mrg');
        const at = new Date();
        await c.run(
          `INSERT INTO customer_merges (workspace_id, ${MERGE_COLUMNS})
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL)`,
          [workspaceId, id, into, from, JSON.stringify(moved), by, reason, toTimestampTz(at)],
        );
        return { id, into, from, moved, by, reason, at, undoneAt: null };
      });
    });
  }

  async undoMerge(workspaceId: string, mergeId: string): Promise<MergeRecord> {
    assertWorkspaceId(workspaceId);
    assertId('mergeId', mergeId);
    return this.writer.run((c) => {
      this.changed(workspaceId);
      return inTransaction(c, async () => {
        const merge = await readMerge(c, workspaceId, mergeId);
        if (merge.undoneAt !== null)
          throw new InvalidEventQueryError('mergeId', 'is already undone');
        const keys = listValue(merge.moved.map(refKey));
        await c.run(
          MOVE,
          [workspaceId, merge.into, merge.from, keys],
          [VARCHAR, VARCHAR, VARCHAR, LIST(VARCHAR)],
        );
        const undoneAt = new Date();
        await c.run(
          'UPDATE customer_merges SET undone_at = $3 WHERE workspace_id = $1 AND merge_id = $2',
          [workspaceId, mergeId, toTimestampTz(undoneAt)],
        );
        return { ...merge, undoneAt };
      });
    });
  }

  async listMerges(workspaceId: string): Promise<MergeRecord[]> {
    assertWorkspaceId(workspaceId);
    const rows = await this.read(async (c) => {
      const sql = `SELECT ${MERGE_COLUMNS} FROM customer_merges WHERE workspace_id = $1
        ORDER BY merged_at, merge_id`;
      return (await c.runAndReadAll(sql, [workspaceId])).getRows();
    });
    return rows.map(decodeMerge);
  }
}
