/**
 * The per-customer details of the DuckDB customer queries that need the customers' events:
 * merged traits, channels by use, first/last seen, event count and revenue. Computed for a
 * few customers at a time (a list page, a profile) from the events carrying their identities.
 */
import { type DuckDBConnection, DuckDBTimestampTZValue } from '@duckdb/node-api';
import { parseJsonField } from './contract.ts';
import { mergeTraits, rankChannels } from './customer-contract.ts';
import { type CustomerRevenue, ORDER_COMPLETED_EVENT } from './customer-port.ts';
import {
  Params,
  readRows,
  resolvedEvents,
  toNumber,
  valuesByKind,
} from './customers-duckdb-sql.ts';
import { text } from './identity-duckdb-sql.ts';
import type { IdentityRef } from './identity-port.ts';

export interface CustomerDetails {
  readonly traits: Record<string, unknown>;
  readonly channels: string[];
  readonly firstSeen: Date | null;
  readonly lastSeen: Date | null;
  readonly eventCount: number;
  readonly revenue: CustomerRevenue;
}

const NO_REVENUE: CustomerRevenue = { total: 0, orders: 0, currency: null };

export const emptyDetails = (): CustomerDetails => ({
  traits: {},
  channels: [],
  firstSeen: null,
  lastSeen: null,
  eventCount: 0,
  revenue: NO_REVENUE,
});

/**
 * One statement, three kinds of rows per customer: `s` its totals (first, last, count,
 * revenue), `c` one per channel with its count, `t` one per identify call with its traits, in
 * time order.
 */
function detailsSql(p: Params, workspaceId: string, identities: IdentityRef[], ids: string[]) {
  const order = p.bind(ORDER_COMPLETED_EVENT);
  const customers = p.strings(ids);
  const cte = resolvedEvents(
    p,
    workspaceId,
    valuesByKind(identities),
    `user_id, anonymous_id, type, event, channel, ts, seq,
      CASE WHEN type = 'identify' THEN traits END AS traits,
      CASE WHEN type = 'track' AND event = ${order} THEN properties END AS order_properties`,
  );
  return `WITH ${cte},
    mine AS (SELECT * FROM resolved WHERE customer_id IN (SELECT unnest(${customers})))
    SELECT customer_id, 's' AS part, NULL AS v, count(*) AS n, min(ts) AS t1, max(ts) AS t2,
      round(sum(TRY_CAST(json_extract(order_properties, '$.revenue') AS DOUBLE)), 2) AS revenue,
      count(order_properties) AS orders,
      mode(json_extract_string(order_properties, '$.currency')) AS currency, NULL AS seq
    FROM mine GROUP BY customer_id
    UNION ALL
    SELECT customer_id, 'c', channel, count(*), NULL, NULL, NULL, NULL, NULL, NULL
    FROM mine WHERE channel IS NOT NULL GROUP BY customer_id, channel
    UNION ALL
    SELECT customer_id, 't', traits::VARCHAR, NULL, ts, NULL, NULL, NULL, NULL, seq
    FROM mine WHERE traits IS NOT NULL
    ORDER BY customer_id, part, t1, seq`;
}

const dateOrNull = (value: unknown): Date | null =>
  value instanceof DuckDBTimestampTZValue ? new Date(Number(value.micros / 1000n)) : null;

interface Accumulator {
  traits: Record<string, unknown>[];
  channels: Map<string, number>;
  details: CustomerDetails;
}

/** The details of each customer (given with its identities); customers without events get none. */
export async function detailsOf(
  c: DuckDBConnection,
  workspaceId: string,
  identities: ReadonlyMap<string, IdentityRef[]>,
): Promise<Map<string, CustomerDetails>> {
  const ids = [...identities.keys()];
  const all = [...identities.values()].flat();
  const result = new Map<string, CustomerDetails>();
  if (all.length === 0) return result;
  const p = new Params();
  const rows = await readRows(c, detailsSql(p, workspaceId, all, ids), p);
  const byCustomer = new Map<string, Accumulator>();
  const of = (customerId: string): Accumulator => {
    let found = byCustomer.get(customerId);
    if (found === undefined) {
      found = { traits: [], channels: new Map(), details: emptyDetails() };
      byCustomer.set(customerId, found);
    }
    return found;
  };
  for (const [customerId, part, value, n, first, last, revenue, orders, currency] of rows) {
    const acc = of(text(customerId));
    if (part === 's') {
      acc.details = {
        ...acc.details,
        eventCount: toNumber(n),
        firstSeen: dateOrNull(first),
        lastSeen: dateOrNull(last),
        revenue: {
          total: toNumber(revenue),
          orders: toNumber(orders),
          currency: currency === null || currency === undefined ? null : text(currency),
        },
      };
    } else if (part === 'c') acc.channels.set(text(value), toNumber(n));
    else acc.traits.push(parseJsonField(text(value)));
  }
  for (const [customerId, acc] of byCustomer) {
    const traits = mergeTraits(acc.traits);
    result.set(customerId, { ...acc.details, traits, channels: rankChannels(acc.channels) });
  }
  return result;
}
