/**
 * SQL pieces shared by the DuckDB customer queries (./customers-duckdb*.ts): parameter binding,
 * the identities of a set of customers, and the events they resolve to.
 *
 * Resolving every event of a workspace costs a join of all its events with the identity graph
 * (~30 ms for 300k events); the queries about a few customers avoid it: they first read the
 * customers' identities, keep the events carrying one of them (`candidates`), and only then
 * resolve those, as the `event_customers` view does (userId first, else anonymousId).
 */
import {
  type DuckDBConnection,
  type DuckDBType,
  type DuckDBValue,
  LIST,
  listValue,
  VARCHAR,
} from '@duckdb/node-api';
import { text } from './identity-duckdb-sql.ts';
import type { IdentityRef } from './identity-port.ts';

const LIST_VARCHAR = LIST(VARCHAR);

/** Collects bound values; `bind` answers the placeholder to write in the SQL. */
export class Params {
  readonly values: DuckDBValue[] = [];
  readonly types: DuckDBType[] = [];

  bind(value: DuckDBValue, type: DuckDBType = VARCHAR): string {
    this.values.push(value);
    this.types.push(type);
    return `$${this.values.length}`;
  }

  strings(values: readonly string[]): string {
    return this.bind(listValue([...values]), LIST_VARCHAR);
  }
}

export async function readRows(
  c: DuckDBConnection,
  sql: string,
  params: Params,
): Promise<DuckDBValue[][]> {
  return (await c.runAndReadAll(sql, params.values, params.types)).getRows();
}

/** The identities of each customer, ordered by kind then value. */
export async function identitiesOf(
  c: DuckDBConnection,
  workspaceId: string,
  customerIds: readonly string[],
): Promise<Map<string, IdentityRef[]>> {
  const p = new Params();
  const sql = `SELECT customer_id, kind, value FROM identities
    WHERE workspace_id = ${p.bind(workspaceId)} AND customer_id IN (SELECT unnest(${p.strings(customerIds)}))
    ORDER BY customer_id, kind, value`;
  const found = new Map<string, IdentityRef[]>();
  for (const [customerId, kind, value] of await readRows(c, sql, p)) {
    const refs = found.get(text(customerId)) ?? [];
    refs.push({ kind: kind === 'user' ? 'user' : 'anonymous', value: text(value) });
    found.set(text(customerId), refs);
  }
  return found;
}

/** The user and anonymous identity values among `refs`. */
export function valuesByKind(refs: Iterable<IdentityRef>): { users: string[]; anons: string[] } {
  const users: string[] = [];
  const anons: string[] = [];
  for (const ref of refs) (ref.kind === 'user' ? users : anons).push(ref.value);
  return { users, anons };
}

/**
 * CTEs `candidates` (the workspace's events carrying one of the identity values, with
 * `columns`, which must include user_id and anonymous_id) and `resolved` (the same rows with
 * the `customer_id` each resolves to). Filter `resolved` by customer_id to get the events of
 * the customers whose identities were given.
 */
export function resolvedEvents(
  p: Params,
  workspaceId: string,
  ids: { users: readonly string[]; anons: readonly string[] },
  columns: string,
): string {
  const ws = p.bind(workspaceId);
  return `candidates AS MATERIALIZED (SELECT ${columns} FROM events WHERE workspace_id = ${ws}
      AND (user_id IN (SELECT unnest(${p.strings(ids.users)}))
        OR anonymous_id IN (SELECT unnest(${p.strings(ids.anons)})))),
    resolved AS (SELECT coalesce(u.customer_id, a.customer_id) AS customer_id, c.*
      FROM candidates c
      LEFT JOIN identities u ON u.workspace_id = ${ws} AND u.kind = 'user' AND u.value = c.user_id
      LEFT JOIN identities a ON a.workspace_id = ${ws} AND a.kind = 'anonymous'
        AND a.value = c.anonymous_id)`;
}

export const toBigInt = (value: DuckDBValue | undefined): bigint =>
  typeof value === 'bigint' ? value : BigInt(Number(value ?? 0));

export const toNumber = (value: DuckDBValue | undefined): number =>
  value === null || value === undefined ? 0 : Number(value);
