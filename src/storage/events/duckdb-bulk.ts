/**
 * The DuckDB side of a bulk import (./bulk-import.ts): one transaction on the writer
 * connection, the importer's SQL run as given, identity links applied by the identity graph
 * and written with appenders (a bulk import may attach millions of identities).
 *
 * Scratch tables are made before the transaction opens: DuckDB scans a table that a still
 * open transaction created on one thread only (2× slower for the insert that follows).
 */
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { BulkSession } from './bulk-import.ts';
import { messageKeySql } from './duckdb-schema.ts';
import type { DuckDbIdentityGraph } from './identity-duckdb.ts';
import { writeChangesInBulk } from './identity-duckdb-bulk.ts';

const ignore = (): void => undefined;

/**
 * DuckDB's memory during a bulk import (by default it may take 80% of the machine): its joins,
 * windows and tables spill to disk past it.
 */
const BULK_MEMORY_LIMIT = '2GB';

export async function runBulkImport<T>(
  c: DuckDBConnection,
  graph: DuckDbIdentityGraph,
  workspaceId: string,
  task: (session: BulkSession) => Promise<T | null>,
): Promise<T | null> {
  const scratch: string[] = [];
  let open = false;
  /** The import's transaction, opened by the first statement that is not scratch work. */
  const inTransaction = async (): Promise<DuckDBConnection> => {
    if (!open) {
      await c.run('BEGIN TRANSACTION');
      open = true;
    }
    return c;
  };
  const session: BulkSession = {
    messageKey: messageKeySql,
    scratchTable: async (name, select, creates = []) => {
      if (open) throw new Error('scratch tables come before the import transaction');
      const tables = [name, ...creates];
      scratch.push(...tables);
      await c.run(tables.map((table) => `DROP TABLE IF EXISTS ${table};`).join(' '));
      await c.run(`CREATE TEMP TABLE ${name} AS ${select}`);
    },
    all: async (sql) => (await (await inTransaction()).runAndReadAll(sql)).getRows(),
    each: async (sql, onRows) => {
      const result = await (await inTransaction()).stream(sql);
      for (
        let chunk = await result.fetchChunk();
        chunk !== null && chunk.rowCount > 0;
        chunk = await result.fetchChunk()
      ) {
        onRows(chunk.getRows() as DuckDBValue[][]);
      }
    },
    run: async (sql) => Number((await (await inTransaction()).run(sql)).rowsChanged),
    recordLinks: async (links) => {
      if (links.length === 0) return;
      const connection = await inTransaction();
      const changes = await graph.applyToGraph(connection, workspaceId, links);
      await writeChangesInBulk(connection, workspaceId, changes);
    },
  };
  const setting = await c.runAndReadAll("SELECT current_setting('memory_limit')");
  const limit = String(setting.getRows()[0]?.[0] ?? '80%');
  await c.run(`SET memory_limit = '${BULK_MEMORY_LIMIT}'`);
  try {
    const result = await task(session);
    if (open) await c.run(result === null ? 'ROLLBACK' : 'COMMIT');
    if (result === null) graph.forget(workspaceId);
    return result;
  } catch (error) {
    graph.forget(workspaceId);
    if (open) await c.run('ROLLBACK').catch(ignore); // the transaction may already be gone
    throw error;
  } finally {
    const drops = scratch.map((name) => `DROP TABLE IF EXISTS ${name};`).join(' ');
    await c
      .run(`${drops} SET memory_limit = '${limit}'; RESET preserve_insertion_order`)
      .catch(ignore);
  }
}
