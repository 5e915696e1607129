/**
 * The identity graph, kept in the event store so that analytics queries in the same database
 * can join events to resolved customers. `EventStore` (./port.ts) extends `IdentityStore`.
 *
 * Model:
 * - a **customer** is a node with a stable id (`cus_` + random);
 * - an **identity** is a (workspaceId, kind: 'anonymous' | 'user', value) pair attached to
 *   exactly one customer. Events are never rewritten: they are resolved through the identities.
 *
 * Rules, applied to each link in order (the intake sends a batch's links in timestamp order):
 * - anonymousId only: the anonymous identity gets a new customer if it has none;
 * - userId only: the user identity gets a new customer if it has none;
 * - userId + anonymousId: if the anonymous identity is unknown or belongs to an anonymous-only
 *   customer (one without any user identity), it moves to the userId's customer, so the earlier
 *   anonymous events now resolve to that customer. When the userId is new and the anonymous
 *   identity already has an anonymous-only customer, the userId joins that customer (no new
 *   node). When the anonymous identity belongs to a customer with a different userId, nothing is
 *   merged: an `IdentityConflict` is recorded and the two customers stay apart;
 * - alias (previousId → userId): as above with previousId as the anonymous identity, unless
 *   previousId is a known userId: then a new userId joins its customer, and two known userIds
 *   of different customers are a conflict (never merged silently);
 * - `mergeCustomers` is the only way to join two customers with user identities; it is logged
 *   (`listMerges`) and `undoMerge` moves the identities back.
 * Recording the same links again changes nothing (conflicts are unique per identity and pair).
 *
 * Analytics (DuckDB): `identities(workspace_id, kind, value, customer_id)` is the table to join;
 * the view `event_customers(workspace_id, message_id, customer_id)` resolves each event, by its
 * userId first, else by its anonymousId (customer_id is null for an event not yet resolved);
 * the view `customers(workspace_id, customer_id, first_linked_at)` lists the customers that have
 * identities. Conflicts are in `identity_conflicts`, merges in `customer_merges`.
 */

export type IdentityKind = 'anonymous' | 'user';

export interface IdentityRef {
  readonly kind: IdentityKind;
  readonly value: string;
}

/** What one event says about identities (see `identityLinks` in src/ingest/identity.ts). */
export interface IdentityLink {
  readonly userId: string | null;
  /** For an alias, the previousId. At least one of userId / anonymousId is set. */
  readonly anonymousId: string | null;
  /** An alias call: `anonymousId` may name a known userId. */
  readonly alias: boolean;
  readonly messageId: string;
  readonly at: Date;
}

/** Two customers that the links would have merged; they were kept apart. */
export interface IdentityConflict {
  /** The contested identity (an anonymousId, or an aliased userId). */
  readonly identity: IdentityRef;
  /** The customer the identity belongs to (and still does). */
  readonly customerId: string;
  /** The customer the link would have attached it to. */
  readonly otherCustomerId: string;
  readonly messageId: string;
  readonly at: Date;
}

export interface MergeRequest {
  /** Customer that receives the identities. */
  readonly into: string;
  /** Customer whose identities move. */
  readonly from: string;
  /** Who asked for the merge (user id or name), for the log. */
  readonly by: string;
  readonly reason: string;
}

export interface MergeRecord {
  readonly id: string;
  readonly into: string;
  readonly from: string;
  /** The identities moved from `from` to `into`. */
  readonly moved: readonly IdentityRef[];
  readonly by: string;
  readonly reason: string;
  readonly at: Date;
  readonly undoneAt: Date | null;
}

export interface IdentityStore {
  /** Applies the links in order; resolves once the resulting graph is durable. Idempotent. */
  recordIdentityLinks(workspaceId: string, links: readonly IdentityLink[]): Promise<void>;

  /** The customer of the userId if known, else of the anonymousId; null if neither is known. */
  resolveCustomer(
    workspaceId: string,
    ids: { readonly userId?: string; readonly anonymousId?: string },
  ): Promise<string | null>;

  /** The identities attached to the customer, ordered by kind then value. */
  customerIdentities(workspaceId: string, customerId: string): Promise<IdentityRef[]>;

  /** Every conflict recorded, oldest first. */
  listConflicts(workspaceId: string): Promise<IdentityConflict[]>;

  /**
   * Moves every identity of `from` to `into` and logs it. Refused with
   * `InvalidEventQueryError` when a customer has no identity (unknown, or merged away) or
   * `into === from`.
   */
  mergeCustomers(workspaceId: string, request: MergeRequest): Promise<MergeRecord>;

  /**
   * Moves the identities of a merge back (those still attached to `into`) and marks it undone.
   * Refused with `InvalidEventQueryError` when the merge is unknown or already undone.
   */
  undoMerge(workspaceId: string, mergeId: string): Promise<MergeRecord>;

  /** Every merge, oldest first, undone ones included. */
  listMerges(workspaceId: string): Promise<MergeRecord[]>;
}
