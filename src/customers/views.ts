/**
 * The JSON shapes of customers as the API and the CLI show them, mapped from the event store's
 * types (dates become ISO-8601 strings). Pure: no HTTP or database code.
 */
import type { EventRecord } from '../ingest/event.ts';
import type {
  CustomerProfile,
  CustomerRevenue,
  CustomerSummary,
} from '../storage/events/customer-port.ts';
import type {
  IdentityConflict,
  IdentityRef,
  MergeRecord,
} from '../storage/events/identity-port.ts';

export interface CustomerView {
  readonly customerId: string;
  readonly traits: Record<string, unknown>;
  readonly identities: IdentityRef[];
  readonly identityCount: number;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  readonly eventCount: number;
  readonly channels: string[];
}

export interface ProfileView extends CustomerView {
  readonly revenue: CustomerRevenue;
}

export interface EventView {
  readonly messageId: string;
  readonly type: EventRecord['type'];
  readonly event: string | null;
  readonly userId: string | null;
  readonly anonymousId: string | null;
  readonly groupId: string | null;
  readonly previousId: string | null;
  readonly channel: string | null;
  readonly timestamp: string;
  readonly sentAt: string | null;
  readonly receivedAt: string;
  readonly properties: Record<string, unknown>;
  readonly traits: Record<string, unknown>;
  readonly context: Record<string, unknown>;
}

/** An event of a customer's timeline, with the touchpoint the mapping rules give it. */
export interface TimelineEventView extends EventView {
  readonly touchpointId: string | null;
}

export interface ConflictView {
  readonly identity: IdentityRef;
  readonly customerId: string;
  readonly otherCustomerId: string;
  readonly messageId: string;
  readonly at: string;
}

export interface MergeView {
  readonly id: string;
  readonly into: string;
  readonly from: string;
  readonly moved: IdentityRef[];
  readonly by: string;
  readonly reason: string;
  readonly at: string;
  readonly undoneAt: string | null;
}

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

export const customerView = (c: CustomerSummary): CustomerView => ({
  customerId: c.customerId,
  traits: c.traits,
  identities: c.identities.map(({ kind, value }) => ({ kind, value })),
  identityCount: c.identityCount,
  firstSeen: iso(c.firstSeen),
  lastSeen: iso(c.lastSeen),
  eventCount: c.eventCount,
  channels: c.channels,
});

export const profileView = (p: CustomerProfile): ProfileView => ({
  ...customerView(p),
  revenue: p.revenue,
});

export const eventView = (e: EventRecord): EventView => ({
  messageId: e.messageId,
  type: e.type,
  event: e.event,
  userId: e.userId,
  anonymousId: e.anonymousId,
  groupId: e.groupId,
  previousId: e.previousId,
  channel: e.channel,
  timestamp: e.timestamp.toISOString(),
  sentAt: iso(e.sentAt),
  receivedAt: e.receivedAt.toISOString(),
  properties: e.properties,
  traits: e.traits,
  context: e.context,
});

export const conflictView = (c: IdentityConflict): ConflictView => ({
  identity: { kind: c.identity.kind, value: c.identity.value },
  customerId: c.customerId,
  otherCustomerId: c.otherCustomerId,
  messageId: c.messageId,
  at: c.at.toISOString(),
});

export const mergeView = (m: MergeRecord): MergeView => ({
  id: m.id,
  into: m.into,
  from: m.from,
  moved: m.moved.map(({ kind, value }) => ({ kind, value })),
  by: m.by,
  reason: m.reason,
  at: m.at.toISOString(),
  undoneAt: iso(m.undoneAt),
});

/** A customer's name for lists: `name`, else first and last name, else the email; or null. */
export function displayName(traits: Record<string, unknown>): string | null {
  const text = (key: string): string | null => {
    const value = traits[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
  };
  const full = [text('firstName'), text('lastName')].filter((part) => part !== null).join(' ');
  return text('name') ?? (full === '' ? null : full) ?? text('email');
}

/** Without a name in the traits, a known user id still says who the customer is. */
export const displayNameOrUserId = (customer: {
  readonly traits: Record<string, unknown>;
  readonly identities: readonly { readonly kind: string; readonly value: string }[];
}): string | null =>
  displayName(customer.traits) ??
  customer.identities.find((identity) => identity.kind === 'user')?.value ??
  null;
