/**
 * The right to erasure and the right of access, across every store that holds data about
 * customers. Each such store is an `ErasureTarget`; `erasureTargets` is the one list of them,
 * so that a store added later (the survey-answers store, for one) takes part in every erasure
 * and export by adding itself there — nothing else changes.
 *
 * Today everything about a customer is in the event store: its events, identities, identity
 * conflicts and merge log. Survey answers are `Survey Answered` track events for now, so they
 * are erased and exported with the events.
 */
import type { CustomerRecords } from '../storage/events/customer-port.ts';
import type { IdentityRef } from '../storage/events/identity-port.ts';
import type { EventStore } from '../storage/events/port.ts';

/** Whom an erasure or export is about: resolved before any store is touched. */
export interface ErasureSubject {
  readonly customerId: string;
  /** Its identities at the start, for stores that key their data by userId or anonymousId. */
  readonly identities: readonly IdentityRef[];
}

/** What one store holds about a customer, as parts of the export document. */
export interface TargetExport {
  /** Whether the store holds anything about the customer. */
  readonly held: boolean;
  /** Top-level parts of the export document; their names must not clash across targets. */
  readonly parts: Readonly<Record<string, unknown>>;
}

/** A store holding data about customers. */
export interface ErasureTarget {
  /** Name of the store, for logs and errors. */
  readonly name: string;
  exportCustomer(workspaceId: string, subject: ErasureSubject): Promise<TargetExport>;
  /**
   * Deletes everything the store holds about the customer, atomically within the store;
   * answers the rows deleted per kind (names must not clash across targets). Erasing what is
   * already gone deletes nothing and succeeds.
   */
  eraseCustomer(workspaceId: string, subject: ErasureSubject): Promise<Record<string, number>>;
}

/** The event store's share: events (survey answers included), identity graph, merge log. */
export function eventStoreTarget(events: EventStore): ErasureTarget {
  return {
    name: 'events',
    async exportCustomer(workspaceId, { customerId }) {
      const records: CustomerRecords = await events.customers.export(workspaceId, customerId);
      const held =
        records.profile !== null ||
        records.events.length > 0 ||
        records.conflicts.length > 0 ||
        records.merges.length > 0;
      return { held, parts: { ...records } };
    },
    async eraseCustomer(workspaceId, { customerId }) {
      return { ...(await events.customers.erase(workspaceId, customerId)) };
    },
  };
}

export interface CustomerStores {
  readonly events: EventStore;
}

/**
 * Every store taking part in erasure and export, in erasure order. The event store comes last:
 * it holds the identity graph through which the others find the customer, so an erasure that
 * fails half-way can simply be run again.
 */
export function erasureTargets(stores: CustomerStores): readonly ErasureTarget[] {
  return [eventStoreTarget(stores.events)];
}

/** The subject of an erasure or export, from the identity graph. */
export async function subjectOf(
  events: EventStore,
  workspaceId: string,
  customerId: string,
): Promise<ErasureSubject> {
  return { customerId, identities: await events.customerIdentities(workspaceId, customerId) };
}

/** Everything held about the customer, store by store; `held` when any store holds something. */
export async function collectExport(
  targets: readonly ErasureTarget[],
  workspaceId: string,
  subject: ErasureSubject,
): Promise<TargetExport> {
  let held = false;
  const parts: Record<string, unknown> = {};
  for (const target of targets) {
    const part = await target.exportCustomer(workspaceId, subject);
    held ||= part.held;
    Object.assign(parts, part.parts);
  }
  return { held, parts };
}

/** Erases the customer from every target in order; answers the deleted rows per kind. */
export async function eraseEverywhere(
  targets: readonly ErasureTarget[],
  workspaceId: string,
  subject: ErasureSubject,
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const target of targets) {
    Object.assign(counts, await target.eraseCustomer(workspaceId, subject));
  }
  return counts;
}
