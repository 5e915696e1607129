/**
 * DuckDB implementation of the identity graph (./identity-port.ts), used by ./duckdb.ts.
 *
 * Links are recorded on the store's single writer: a linked append's in its own transaction
 * (`changesSql`, ./duckdb-commit.ts), a bulk import's in bulk (`applyToGraph`), and
 * `recordIdentityLinks` calls with group commit (those queued while the writer is busy, in one
 * transaction). Per workspace it costs two reads (the touched identities, then which of their
 * customers have a user identity), the rules in memory (./identity-rules.ts) and a few bulk
 * writes — never one query per event. The writer keeps each workspace's graph (up to
 * MAX_CACHED_IDENTITIES) in memory once loaded, which saves the two reads: it is the only writer
 * of the graph, and forgets a workspace on a merge or a failed commit. Reads use the reader pool.
 */
import { type DuckDBConnection, LIST, listValue, TIMESTAMPTZ, VARCHAR } from '@duckdb/node-api';
import { assertWorkspaceId } from './contract.ts';
import type { DuckDbWriter, LinkRecorder } from './duckdb-writer.ts';
import { changesSql } from './identity-duckdb-literal.ts';
import {
  assertId,
  assertLinks,
  newId,
  text,
  toDate,
  toTimestampTz,
} from './identity-duckdb-sql.ts';
import type { IdentityConflict, IdentityLink, IdentityRef } from './identity-port.ts';
import {
  applyLinks,
  conflictKey,
  type GraphChanges,
  type GraphSlice,
  parseIdentityKey,
  touchedValues,
} from './identity-rules.ts';

export type ReadOn = <T>(task: (connection: DuckDBConnection) => Promise<T>) => Promise<T>;

interface LinkJob {
  readonly workspaceId: string;
  readonly links: readonly IdentityLink[];
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

const LOAD_IDENTITIES = `SELECT kind, value, customer_id FROM identities WHERE workspace_id = $1
  AND ((kind = 'anonymous' AND value IN (SELECT unnest($2)))
    OR (kind = 'user' AND value IN (SELECT unnest($3))))`;
const LOAD_WITH_USER = `SELECT DISTINCT customer_id FROM identities WHERE workspace_id = $1
  AND kind = 'user' AND customer_id IN (SELECT unnest($2))`;
const INSERT_IDENTITIES = `INSERT INTO identities (workspace_id, kind, value, customer_id, linked_at)
  SELECT $1, unnest($2), unnest($3), unnest($4), $5`;
const MOVE_IDENTITIES = `UPDATE identities SET customer_id = m.customer_id, linked_at = $5
  FROM (SELECT unnest($2) AS kind, unnest($3) AS value, unnest($4) AS customer_id) m
  WHERE identities.workspace_id = $1 AND identities.kind = m.kind AND identities.value = m.value`;
const LOAD_WORKSPACE =
  'SELECT kind, value, customer_id FROM identities WHERE workspace_id = $1 LIMIT $2';
const LOAD_CONFLICTS = `SELECT kind, value, customer_id, other_customer_id FROM identity_conflicts
  WHERE workspace_id = $1`;
/** Largest workspace graph kept in memory by the writer (about 100 bytes an identity). */
const MAX_CACHED_IDENTITIES = 1_000_000;
const INSERT_CONFLICTS = `INSERT INTO identity_conflicts
  (workspace_id, kind, value, customer_id, other_customer_id, message_id, occurred_at)
  SELECT $1, unnest($2), unnest($3), unnest($4), unnest($5), unnest($6), unnest($7)
  ON CONFLICT DO NOTHING`;

const LIST_VARCHAR = LIST(VARCHAR);
const strings = (values: readonly string[]) => listValue([...values]);

export class DuckDbIdentityGraph implements LinkRecorder {
  #pending: LinkJob[] = [];
  /** Whole workspace graphs, owned by writer tasks (see the header). */
  readonly #cache = new Map<string, GraphSlice>();

  constructor(
    private readonly writer: DuckDbWriter,
    private readonly read: ReadOn,
  ) {
    // Linked appends record their links through this graph, in their own transaction.
    writer.recordLinksWith(this);
  }

  /** Applies links in a linked append's open transaction; returns the SQL storing the changes. */
  async changesSql(
    connection: DuckDBConnection,
    workspaceId: string,
    links: readonly IdentityLink[],
  ): Promise<string> {
    assertLinks(workspaceId, links);
    if (links.length === 0) return '';
    const changes = await this.#changes(connection, workspaceId, links);
    const sql = changesSql(workspaceId, changes, new Date());
    if (sql !== null) return sql;
    await writeChanges(connection, workspaceId, changes); // text SQL cannot carry: bound
    return '';
  }

  recordIdentityLinks(workspaceId: string, links: readonly IdentityLink[]): Promise<void> {
    assertLinks(workspaceId, links);
    if (links.length === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.#pending.push({ workspaceId, links, resolve, reject });
      // One writer task drains every job queued before it starts.
      if (this.#pending.length === 1) void this.writer.run((c) => this.#commitPending(c));
    });
  }

  async resolveCustomer(
    workspaceId: string,
    ids: { readonly userId?: string; readonly anonymousId?: string },
  ): Promise<string | null> {
    assertWorkspaceId(workspaceId);
    const wanted: [string, string][] = [];
    if (ids.userId !== undefined) wanted.push(['user', ids.userId]);
    if (ids.anonymousId !== undefined) wanted.push(['anonymous', ids.anonymousId]);
    for (const [kind, value] of wanted) {
      assertId(kind === 'user' ? 'userId' : 'anonymousId', value);
      const rows = await this.read(async (c) => {
        const sql = `SELECT customer_id FROM identities
          WHERE workspace_id = $1 AND kind = $2 AND value = $3`;
        return (await c.runAndReadAll(sql, [workspaceId, kind, value])).getRows();
      });
      const found = rows[0]?.[0];
      if (found !== undefined) return text(found);
    }
    return null;
  }

  async customerIdentities(workspaceId: string, customerId: string): Promise<IdentityRef[]> {
    assertWorkspaceId(workspaceId);
    assertId('customerId', customerId);
    const rows = await this.read(async (c) => {
      const sql = `SELECT kind, value FROM identities WHERE workspace_id = $1 AND customer_id = $2
        ORDER BY kind, value`;
      return (await c.runAndReadAll(sql, [workspaceId, customerId])).getRows();
    });
    return rows.map(([kind, value]) => parseIdentityKey(`${text(kind)}:${text(value)}`));
  }

  async listConflicts(workspaceId: string): Promise<IdentityConflict[]> {
    assertWorkspaceId(workspaceId);
    const rows = await this.read(async (c) => {
      const sql = `SELECT kind, value, customer_id, other_customer_id, message_id, occurred_at
        FROM identity_conflicts WHERE workspace_id = $1 ORDER BY occurred_at, kind, value`;
      return (await c.runAndReadAll(sql, [workspaceId])).getRows();
    });
    return rows.map(([kind, value, customerId, otherCustomerId, messageId, at]) => ({
      identity: parseIdentityKey(`${text(kind)}:${text(value)}`),
      customerId: text(customerId),
      otherCustomerId: text(otherCustomerId),
      messageId: text(messageId),
      at: toDate(at),
    }));
  }

  /** Applies every pending job in one transaction, settling each. Never rejects. */
  async #commitPending(connection: DuckDBConnection): Promise<void> {
    const jobs = this.#pending;
    this.#pending = [];
    const byWorkspace = new Map<string, IdentityLink[]>();
    for (const { workspaceId, links } of jobs) {
      const group = byWorkspace.get(workspaceId) ?? [];
      group.push(...links);
      byWorkspace.set(workspaceId, group);
    }
    try {
      await connection.run('BEGIN TRANSACTION');
      try {
        for (const [workspaceId, links] of byWorkspace) {
          const changes = await this.#changes(connection, workspaceId, links);
          await writeChanges(connection, workspaceId, changes);
        }
        await connection.run('COMMIT');
      } catch (error) {
        // The cached graphs were updated by the rules before the failure.
        for (const workspaceId of byWorkspace.keys()) this.#cache.delete(workspaceId);
        await connection.run('ROLLBACK').catch(() => undefined);
        throw error;
      }
      for (const job of jobs) job.resolve();
    } catch (error) {
      for (const job of jobs) job.reject(error);
    }
  }

  /** Applies links to the graph (on the writer, in its open transaction); returns the changes. */
  applyToGraph(
    c: DuckDBConnection,
    workspaceId: string,
    links: readonly IdentityLink[],
  ): Promise<GraphChanges> {
    assertLinks(workspaceId, links);
    return this.#changes(c, workspaceId, links);
  }

  async #changes(
    c: DuckDBConnection,
    workspaceId: string,
    links: readonly IdentityLink[],
  ): Promise<GraphChanges> {
    const slice = this.#cache.get(workspaceId) ?? (await this.#load(c, workspaceId, links));
    return applyLinks(slice, links, () => newId('cus'));
  }

  /** Forgets the cached graph of a workspace; called by writer tasks that change it otherwise. */
  forget(workspaceId: string): void {
    this.#cache.delete(workspaceId);
  }

  /** The whole workspace graph (then cached), or only the touched part of a large one. */
  async #load(c: DuckDBConnection, workspaceId: string, links: readonly IdentityLink[]) {
    const limit = BigInt(MAX_CACHED_IDENTITIES + 1);
    const rows = (await c.runAndReadAll(LOAD_WORKSPACE, [workspaceId, limit])).getRows();
    if (rows.length > MAX_CACHED_IDENTITIES) return loadSlice(c, workspaceId, links);
    const slice: GraphSlice = { owners: new Map(), withUser: new Set(), conflicts: new Set() };
    const conflicts = await c.runAndReadAll(LOAD_CONFLICTS, [workspaceId]);
    for (const [kind, value, customerId, otherCustomerId] of conflicts.getRows()) {
      const key = `${text(kind)}:${text(value)}`;
      slice.conflicts.add(conflictKey(key, text(customerId), text(otherCustomerId)));
    }
    for (const [kind, value, customerId] of rows) {
      slice.owners.set(`${text(kind)}:${text(value)}`, text(customerId));
      if (kind === 'user') slice.withUser.add(text(customerId));
    }
    this.#cache.set(workspaceId, slice);
    return slice;
  }
}

async function loadSlice(
  c: DuckDBConnection,
  workspaceId: string,
  links: readonly IdentityLink[],
): Promise<GraphSlice> {
  const { anonymous, user } = touchedValues(links);
  const known = await c.runAndReadAll(
    LOAD_IDENTITIES,
    [workspaceId, strings(anonymous), strings(user)],
    [VARCHAR, LIST_VARCHAR, LIST_VARCHAR],
  );
  const owners = new Map<string, string>();
  const withUser = new Set<string>();
  const ofAnonymous = new Set<string>();
  for (const [kind, value, customerId] of known.getRows()) {
    const customer = text(customerId);
    owners.set(`${text(kind)}:${text(value)}`, customer);
    if (kind === 'user') withUser.add(customer);
    else ofAnonymous.add(customer);
  }
  const unsure = [...ofAnonymous].filter((customer) => !withUser.has(customer));
  if (unsure.length > 0) {
    const rows = await c.runAndReadAll(
      LOAD_WITH_USER,
      [workspaceId, strings(unsure)],
      [VARCHAR, LIST_VARCHAR],
    );
    for (const [customerId] of rows.getRows()) withUser.add(text(customerId));
  }
  return { owners, withUser, conflicts: new Set() };
}

async function writeChanges(
  c: DuckDBConnection,
  workspaceId: string,
  { attached, moved, conflicts }: GraphChanges,
): Promise<void> {
  const now = toTimestampTz(new Date());
  for (const moving of [false, true]) {
    const keys = [...attached.keys()].filter((key) => moved.has(key) === moving);
    if (keys.length === 0) continue;
    const refs = keys.map(parseIdentityKey);
    await c.run(
      moving ? MOVE_IDENTITIES : INSERT_IDENTITIES,
      [
        workspaceId,
        strings(refs.map((r) => r.kind)),
        strings(refs.map((r) => r.value)),
        strings(keys.map((key) => attached.get(key) ?? '')),
        now,
      ],
      [VARCHAR, LIST_VARCHAR, LIST_VARCHAR, LIST_VARCHAR, TIMESTAMPTZ],
    );
  }
  if (conflicts.length > 0) {
    await c.run(
      INSERT_CONFLICTS,
      [
        workspaceId,
        strings(conflicts.map((x) => x.identity.kind)),
        strings(conflicts.map((x) => x.identity.value)),
        strings(conflicts.map((x) => x.customerId)),
        strings(conflicts.map((x) => x.otherCustomerId)),
        strings(conflicts.map((x) => x.messageId)),
        listValue(conflicts.map((x) => toTimestampTz(x.at))),
      ],
      [VARCHAR, ...Array<typeof LIST_VARCHAR>(5).fill(LIST_VARCHAR), LIST(TIMESTAMPTZ)],
    );
  }
}
