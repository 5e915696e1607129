/**
 * DuckDB implementation of the customer queries (./customer-port.ts), exposed by the event
 * store (./duckdb.ts) as `customers`. Reads use the store's reader pool; erasure runs on its
 * single writer. SQL lives in the ./customers-duckdb-*.ts files beside this one.
 */
import { BIGINT, type DuckDBConnection, TIMESTAMPTZ } from '@duckdb/node-api';
import type { EventRecord } from '../../ingest/event.ts';
import { assertWorkspaceId, encodeCursor, normaliseQuery } from './contract.ts';
import { assertCustomerId, normaliseCustomerQuery } from './customer-contract.ts';
import type {
  CustomerEventQuery,
  CustomerListPage,
  CustomerListQuery,
  CustomerProfile,
  CustomerQueries,
  CustomerRecords,
  ErasureCounts,
} from './customer-port.ts';
import { detailsOf, emptyDetails } from './customers-duckdb-details.ts';
import { eraseCustomer } from './customers-duckdb-erase.ts';
import { listCustomers } from './customers-duckdb-list.ts';
import {
  identitiesOf,
  Params,
  readRows,
  resolvedEvents,
  valuesByKind,
} from './customers-duckdb-sql.ts';
import { decodeRow, SELECT_COLUMNS } from './duckdb-rows.ts';
import type { DuckDbWriter } from './duckdb-writer.ts';
import type { ReadOn } from './identity-duckdb.ts';
import { text, toDate, toTimestampTz } from './identity-duckdb-sql.ts';
import type { IdentityConflict, MergeRecord } from './identity-port.ts';
import { parseIdentityKey } from './identity-rules.ts';
import { type EventPage, MAX_LIST_LIMIT } from './port.ts';

export interface DuckDbCustomersOptions {
  readonly writer: DuckDbWriter;
  readonly read: ReadOn;
  /** Every merge of the workspace (the identity graph's `listMerges`). */
  readonly listMerges: (workspaceId: string) => Promise<MergeRecord[]>;
  /** Called on the writer before the graph of a workspace changes outside the link rules. */
  readonly changed: (workspaceId: string) => void;
  /** Throws `EventStoreClosedError` once the store is closing. */
  readonly assertOpen: () => void;
}

export class DuckDbCustomers implements CustomerQueries {
  constructor(private readonly options: DuckDbCustomersOptions) {}

  async list(workspaceId: string, query: CustomerListQuery = {}): Promise<CustomerListPage> {
    const q = normaliseCustomerQuery(workspaceId, query);
    return this.options.read((c) => listCustomers(c, workspaceId, q));
  }

  async profile(workspaceId: string, customerId: string): Promise<CustomerProfile | null> {
    assertWorkspaceId(workspaceId);
    assertCustomerId(customerId);
    return this.options.read(async (c) => {
      const identities = await identitiesOf(c, workspaceId, [customerId]);
      const refs = identities.get(customerId);
      if (refs === undefined) return null;
      const details = (await detailsOf(c, workspaceId, identities)).get(customerId);
      return {
        customerId,
        identities: refs,
        identityCount: refs.length,
        ...(details ?? emptyDetails()),
      };
    });
  }

  async events(
    workspaceId: string,
    customerId: string,
    query: CustomerEventQuery = {},
  ): Promise<EventPage> {
    assertCustomerId(customerId);
    const q = normaliseQuery(workspaceId, query);
    return this.options.read(async (c) => {
      const refs = (await identitiesOf(c, workspaceId, [customerId])).get(customerId) ?? [];
      if (refs.length === 0) return { events: [], nextCursor: null };
      const p = new Params();
      const cte = resolvedEvents(p, workspaceId, valuesByKind(refs), SELECT_COLUMNS);
      let after = '';
      if (q.after !== null) {
        const ts = p.bind(toTimestampTz(new Date(q.after.timestampMs)), TIMESTAMPTZ);
        const seq = p.bind(q.after.seq, BIGINT);
        after = `AND (ts > ${ts} OR (ts = ${ts} AND seq > ${seq}))`;
      }
      const sql = `WITH ${cte} SELECT ${SELECT_COLUMNS} FROM resolved
        WHERE customer_id = ${p.bind(customerId)} ${after}
        ORDER BY ts, seq LIMIT ${p.bind(BigInt(q.limit + 1), BIGINT)}`;
      const rows = await readRows(c, sql, p);
      const decoded = rows.slice(0, q.limit).map(decodeRow);
      const last = decoded.at(-1);
      return {
        events: decoded.map((row) => row.event),
        nextCursor:
          rows.length > q.limit && last !== undefined ? encodeCursor(last.position) : null,
      };
    });
  }

  async conflicts(workspaceId: string, customerId: string): Promise<IdentityConflict[]> {
    assertWorkspaceId(workspaceId);
    assertCustomerId(customerId);
    const rows = await this.options.read(async (c) => {
      const p = new Params();
      const customer = p.bind(customerId);
      const sql = `SELECT kind, value, customer_id, other_customer_id, message_id, occurred_at
        FROM identity_conflicts WHERE workspace_id = ${p.bind(workspaceId)}
          AND (customer_id = ${customer} OR other_customer_id = ${customer})
        ORDER BY occurred_at, kind, value`;
      return readRows(c, sql, p);
    });
    return rows.map(([kind, value, owner, other, messageId, at]) => ({
      identity: parseIdentityKey(`${text(kind)}:${text(value)}`),
      customerId: text(owner),
      otherCustomerId: text(other),
      messageId: text(messageId),
      at: toDate(at),
    }));
  }

  async merges(workspaceId: string, customerId: string): Promise<MergeRecord[]> {
    assertCustomerId(customerId);
    // Merges are explicit, manual operations: few enough to filter here.
    const all = await this.options.listMerges(workspaceId);
    return all.filter((merge) => merge.into === customerId || merge.from === customerId);
  }

  async erase(workspaceId: string, customerId: string): Promise<ErasureCounts> {
    assertWorkspaceId(workspaceId);
    assertCustomerId(customerId);
    this.options.assertOpen();
    return this.options.writer.run((c: DuckDBConnection) => {
      // The identity graph's cached copy of the workspace would resurrect what is erased.
      this.options.changed(workspaceId);
      return eraseCustomer(c, workspaceId, customerId);
    });
  }

  async export(workspaceId: string, customerId: string): Promise<CustomerRecords> {
    const profile = await this.profile(workspaceId, customerId);
    const events: EventRecord[] = [];
    let after: string | undefined;
    do {
      const query =
        after === undefined ? { limit: MAX_LIST_LIMIT } : { limit: MAX_LIST_LIMIT, after };
      const page = await this.events(workspaceId, customerId, query);
      events.push(...page.events);
      after = page.nextCursor ?? undefined;
    } while (after !== undefined);
    return {
      profile,
      identities: profile?.identities ?? [],
      events,
      conflicts: await this.conflicts(workspaceId, customerId),
      merges: await this.merges(workspaceId, customerId),
    };
  }
}
