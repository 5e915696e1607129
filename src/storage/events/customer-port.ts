/**
 * Customer queries of the event store: what Parcours may ask about the resolved customers of
 * the identity graph (./identity-port.ts) — the searchable list, one customer's profile and
 * events, and the right to erasure and export. `EventStore.customers` (./port.ts) holds them.
 *
 * Contract shared by all methods (on top of the event store's, see ./port.ts):
 * - a customer exists while it has identities; its events are those the `event_customers`
 *   resolution gives it: by userId first, else by anonymousId;
 * - traits are merged from the customer's `identify` calls in time order: the latest value of
 *   each trait wins (`group` traits describe the group, not the person, and are left out);
 * - every method takes the workspace and never sees or touches another workspace's data;
 * - malformed arguments (limit, cursor, sort, ids) are refused with `InvalidEventQueryError`.
 */
import type { EventRecord } from '../../ingest/event.ts';
import type { IdentityConflict, IdentityRef, MergeRecord } from './identity-port.ts';
import type { EventPage } from './port.ts';

export const CUSTOMER_SORTS = ['lastSeen', 'firstSeen', 'eventCount'] as const;
/** What the customer list is ordered by; ties are broken by customer id. */
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

export const DEFAULT_CUSTOMER_LIMIT = 50;
export const MAX_CUSTOMER_LIMIT = 500;
/** Longest search text accepted. */
export const MAX_SEARCH_LENGTH = 200;
/** Identities listed per customer in a list page (a profile lists them all). */
export const MAX_LISTED_IDENTITIES = 10;

/** Name of the track event whose `properties.revenue` sums into a profile's revenue. */
export const ORDER_COMPLETED_EVENT = 'Order Completed';

export interface CustomerListQuery {
  /**
   * Keeps the customers whose id, one of whose identity values, or one of whose trait values
   * (email, name, …) contains this text — ignoring case and accents. Blank means no filter.
   */
  readonly search?: string;
  /** Keeps only this customer (a lookup by id, e.g. after resolving a userId). */
  readonly customerId?: string;
  /** `lastSeen` by default. Customers without events sort after all others when descending. */
  readonly sort?: CustomerSort;
  /** `desc` by default. */
  readonly order?: SortOrder;
  /** Page size, 1 to `MAX_CUSTOMER_LIMIT`; `DEFAULT_CUSTOMER_LIMIT` when absent. */
  readonly limit?: number;
  /** `nextCursor` of the previous page, issued for the same sort and order. */
  readonly after?: string;
}

export interface CustomerSummary {
  readonly customerId: string;
  /** Traits merged from the customer's identify calls (see the header). */
  readonly traits: Record<string, unknown>;
  /** Ordered by kind then value; in a list page, at most `MAX_LISTED_IDENTITIES` of them. */
  readonly identities: IdentityRef[];
  /** How many identities the customer has in all. */
  readonly identityCount: number;
  /** Time of its first and last events; null when it has none left. */
  readonly firstSeen: Date | null;
  readonly lastSeen: Date | null;
  readonly eventCount: number;
  /** Channels of its events, most used first (events without a channel are not counted). */
  readonly channels: string[];
}

/** One page of customers; following `nextCursor` visits every matching customer exactly once. */
export interface CustomerListPage {
  readonly customers: CustomerSummary[];
  /** Number of customers matching the filters (all pages). */
  readonly total: number;
  readonly nextCursor: string | null;
}

export interface CustomerRevenue {
  /** Sum of `properties.revenue` of the customer's `Order Completed` events (numeric ones). */
  readonly total: number;
  /** Number of `Order Completed` events. */
  readonly orders: number;
  /** The currency most orders give in `properties.currency`; null when none does. */
  readonly currency: string | null;
}

export interface CustomerProfile extends CustomerSummary {
  readonly revenue: CustomerRevenue;
}

export interface CustomerEventQuery {
  /** Page size, 1 to `MAX_LIST_LIMIT` of ./port.ts; `DEFAULT_LIST_LIMIT` when absent. */
  readonly limit?: number;
  /** `nextCursor` of the previous page. */
  readonly after?: string;
}

/** What an erasure deleted, table by table. */
export interface ErasureCounts {
  /** Events that carried one of the customer's identifiers (userId, anonymousId, previousId). */
  readonly events: number;
  readonly identities: number;
  /** Identity conflicts naming the customer or one of its identities. */
  readonly conflicts: number;
  /** Merge-log rows naming the customer or one of its identities. */
  readonly merges: number;
}

/** Everything the event store holds about one customer (the right of access). */
export interface CustomerRecords {
  /** Null when the customer has no identities (unknown, erased, or merged into another). */
  readonly profile: CustomerProfile | null;
  readonly identities: IdentityRef[];
  /** Its events in time order (as `events` resolves them). */
  readonly events: EventRecord[];
  readonly conflicts: IdentityConflict[];
  readonly merges: MergeRecord[];
}

export interface CustomerQueries {
  /** A page of the workspace's customers, filtered, sorted and counted (see the query). */
  list(workspaceId: string, query?: CustomerListQuery): Promise<CustomerListPage>;

  /** The customer's profile; null when it has no identities. */
  profile(workspaceId: string, customerId: string): Promise<CustomerProfile | null>;

  /**
   * A page of the customer's events, resolved through all of its identities, in the order of
   * `EventStore.list` (timestamp, then order of storage), with the same cursor rules.
   */
  events(workspaceId: string, customerId: string, query?: CustomerEventQuery): Promise<EventPage>;

  /** The identity conflicts naming the customer (on either side), oldest first. */
  conflicts(workspaceId: string, customerId: string): Promise<IdentityConflict[]>;

  /** The merges into or from the customer, oldest first, undone ones included. */
  merges(workspaceId: string, customerId: string): Promise<MergeRecord[]>;

  /**
   * Right to erasure: deletes, in one transaction, every event carrying one of the customer's
   * identifiers (as userId, anonymousId or alias previousId — also when another customer's
   * event carries it, since the identifier is this person's data), its identities, the
   * conflicts and the merge-log rows naming the customer or one of its identities. Other
   * customers keep everything else. Erasing twice deletes nothing the second time.
   */
  erase(workspaceId: string, customerId: string): Promise<ErasureCounts>;

  /** Right of access: everything held about the customer; empty parts when nothing is held. */
  export(workspaceId: string, customerId: string): Promise<CustomerRecords>;
}
