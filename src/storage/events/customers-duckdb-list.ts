/**
 * The customer list of the DuckDB adapter, in two steps:
 * 1. one statement picks the page: it resolves the workspace's events to customers for the
 *    sort keys (first/last seen, event count), filters (search, customer id), counts the
 *    matches and cuts the page with a keyset condition on (sort key, customer id);
 * 2. the page's identities, traits and channels are read for its customers only
 *    (./customers-duckdb-details.ts), which avoids aggregating them for the whole workspace.
 * Measured on 50,000 customers / 300k events: see src/customers/README.md.
 */
import { BIGINT, type DuckDBConnection } from '@duckdb/node-api';
import {
  type CustomerPosition,
  encodeCustomerCursor,
  MISSING_SORT_KEY,
  type NormalisedCustomerQuery,
} from './customer-contract.ts';
import type { CustomerListPage, CustomerSort } from './customer-port.ts';
import { MAX_LISTED_IDENTITIES } from './customer-port.ts';
import { detailsOf, emptyDetails } from './customers-duckdb-details.ts';
import { identitiesOf, Params, readRows, toBigInt, toNumber } from './customers-duckdb-sql.ts';
import { text, toDate } from './identity-duckdb-sql.ts';

const MISSING = `CAST(${MISSING_SORT_KEY} AS BIGINT)`;

const SORT_KEYS: Readonly<Record<CustomerSort, string>> = {
  lastSeen: `coalesce(epoch_ms(s.last_seen), ${MISSING})`,
  firstSeen: `coalesce(epoch_ms(s.first_seen), ${MISSING})`,
  eventCount: 'coalesce(s.n, 0)',
};

/**
 * Text a search may match: the customer id, its identity values, and the values of the traits
 * of its identify calls (top-level values; a nested object matches by its JSON text).
 */
function matchedCte(p: Params, q: NormalisedCustomerQuery): string {
  const byId = q.customerId === null ? '' : `WHERE customer_id = ${p.bind(q.customerId)}`;
  if (q.search === null) return `matched AS (SELECT DISTINCT customer_id FROM ids ${byId})`;
  return `hay AS (
      SELECT customer_id, value AS t FROM ids
      UNION ALL SELECT DISTINCT customer_id, customer_id FROM ids
      UNION ALL SELECT coalesce(u.customer_id, a.customer_id),
        array_to_string(json_extract_string(e.traits, '$.*'), ' ')
      FROM events e
      LEFT JOIN ids u ON u.kind = 'user' AND u.value = e.user_id
      LEFT JOIN ids a ON a.kind = 'anonymous' AND a.value = e.anonymous_id
      WHERE e.workspace_id = $1 AND e.type = 'identify'),
    matched AS (SELECT DISTINCT customer_id FROM hay
      WHERE contains(strip_accents(lower(t)), ${p.bind(q.search)}) ${byId.replace('WHERE', 'AND')})`;
}

function pageSql(p: Params, workspaceId: string, q: NormalisedCustomerQuery): string {
  p.bind(workspaceId); // $1
  const matched = matchedCte(p, q);
  const descending = q.order === 'desc';
  let after = '';
  if (q.after !== null) {
    const key = p.bind(q.after.key, BIGINT);
    const id = p.bind(q.after.customerId);
    after = `WHERE sort_key ${descending ? '<' : '>'} ${key}
      OR (sort_key = ${key} AND customer_id > ${id})`;
  }
  return `WITH ids AS (SELECT kind, value, customer_id FROM identities WHERE workspace_id = $1),
    stats AS (SELECT coalesce(u.customer_id, a.customer_id) AS customer_id,
        min(e.ts) AS first_seen, max(e.ts) AS last_seen, count(*) AS n
      FROM events e
      LEFT JOIN ids u ON u.kind = 'user' AND u.value = e.user_id
      LEFT JOIN ids a ON a.kind = 'anonymous' AND a.value = e.anonymous_id
      WHERE e.workspace_id = $1 GROUP BY 1),
    ${matched},
    filtered AS MATERIALIZED (SELECT m.customer_id, ${SORT_KEYS[q.sort]} AS sort_key,
        s.first_seen, s.last_seen, coalesce(s.n, 0) AS n
      FROM matched m LEFT JOIN stats s USING (customer_id))
    SELECT customer_id, sort_key, first_seen, last_seen, n, (SELECT count(*) FROM filtered)
    FROM filtered ${after}
    ORDER BY sort_key ${descending ? 'DESC' : 'ASC'}, customer_id
    LIMIT ${p.bind(BigInt(q.limit + 1), BIGINT)}`;
}

interface PageRow {
  readonly customerId: string;
  readonly position: CustomerPosition;
  readonly firstSeen: Date | null;
  readonly lastSeen: Date | null;
  readonly eventCount: number;
}

export async function listCustomers(
  c: DuckDBConnection,
  workspaceId: string,
  q: NormalisedCustomerQuery,
): Promise<CustomerListPage> {
  const p = new Params();
  const rows = await readRows(c, pageSql(p, workspaceId, q), p);
  const total = toNumber(rows[0]?.[5]);
  const page: PageRow[] = rows.slice(0, q.limit).map(([id, key, first, last, n]) => ({
    customerId: text(id),
    position: { key: toBigInt(key), customerId: text(id) },
    firstSeen: first === null ? null : toDate(first),
    lastSeen: last === null ? null : toDate(last),
    eventCount: toNumber(n),
  }));
  const identities = await identitiesOf(
    c,
    workspaceId,
    page.map((row) => row.customerId),
  );
  const details = await detailsOf(c, workspaceId, identities);
  const last = page.at(-1);
  return {
    customers: page.map(({ customerId, firstSeen, lastSeen, eventCount }) => {
      const refs = identities.get(customerId) ?? [];
      const { traits, channels } = details.get(customerId) ?? emptyDetails();
      return {
        customerId,
        traits,
        identities: refs.slice(0, MAX_LISTED_IDENTITIES),
        identityCount: refs.length,
        firstSeen,
        lastSeen,
        eventCount,
        channels,
      };
    }),
    // A page without rows after an empty workspace's last page has no total to read.
    total: rows.length === 0 && q.after !== null ? await countMatching(c, workspaceId, q) : total,
    nextCursor:
      rows.length > q.limit && last !== undefined
        ? encodeCustomerCursor(q.sort, q.order, last.position)
        : null,
  };
}

/** The total when the page is empty (the count rides on the page's rows otherwise). */
async function countMatching(
  c: DuckDBConnection,
  workspaceId: string,
  q: NormalisedCustomerQuery,
): Promise<number> {
  const p = new Params();
  const rows = await readRows(c, pageSql(p, workspaceId, { ...q, after: null, limit: 1 }), p);
  return toNumber(rows[0]?.[5]);
}
