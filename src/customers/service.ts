/**
 * The customers' read use cases: the list (with lookup by userId / anonymousId), a profile
 * with its conflicts and merges, and a customer's events mapped to the map's touchpoints.
 * Events are mapped at query time with the workspace's mapping rules (src/mapping), so a
 * change of rules shows at once in every timeline.
 */
import type { AccessContext } from '../access/context.ts';
import { compileMatcher } from '../mapping/match.ts';
import { readMappingRules } from '../mapping/service.ts';
import { fail, notFound, ok, type Result } from '../shared/result.ts';
import type { CustomerSort, SortOrder } from '../storage/events/customer-port.ts';
import type { EventStore } from '../storage/events/port.ts';
import type { ErasureTarget } from './erasure.ts';
import { storeFailure } from './failures.ts';
import {
  type ConflictView,
  type CustomerView,
  conflictView,
  customerView,
  eventView,
  type MergeView,
  mergeView,
  type ProfileView,
  profileView,
  type TimelineEventView,
} from './views.ts';

/** What the customer use cases need, built once by the server or the CLI. */
export interface CustomersContext {
  readonly access: AccessContext;
  readonly events: EventStore;
  /** Every store holding customer data, in erasure order (./erasure.ts). */
  readonly targets: readonly ErasureTarget[];
}

export interface ListInput {
  readonly search?: string;
  readonly userId?: string;
  readonly anonymousId?: string;
  readonly sort?: CustomerSort;
  readonly order?: SortOrder;
  readonly limit?: number;
  readonly cursor?: string;
}

export interface CustomerList {
  readonly customers: CustomerView[];
  readonly total: number;
  readonly nextCursor: string | null;
}

export interface CustomerDetail {
  readonly customer: ProfileView;
  /** Conflicts naming the customer, oldest first. */
  readonly conflicts: ConflictView[];
  /** Merges into or from the customer, oldest first. */
  readonly merges: MergeView[];
}

export interface TimelinePage {
  readonly events: TimelineEventView[];
  readonly nextCursor: string | null;
}

const EMPTY: CustomerList = { customers: [], total: 0, nextCursor: null };

export const customerNotFound = (customerId: string) =>
  notFound(`customer ${customerId} not found in this workspace (unknown, erased or merged away)`);

/** The list; `userId` / `anonymousId` look one customer up (a page of 0 or 1). */
export async function listCustomers(
  c: CustomersContext,
  workspaceId: string,
  input: ListInput,
): Promise<Result<CustomerList>> {
  const { userId, anonymousId, cursor, ...rest } = input;
  let customerId: string | undefined;
  if (userId !== undefined || anonymousId !== undefined) {
    const ids = {
      ...(userId === undefined ? {} : { userId }),
      ...(anonymousId === undefined ? {} : { anonymousId }),
    };
    const found = await c.events.resolveCustomer(workspaceId, ids);
    if (found === null) return ok(EMPTY);
    customerId = found;
  }
  try {
    const page = await c.events.customers.list(workspaceId, {
      ...rest,
      ...(cursor === undefined ? {} : { after: cursor }),
      ...(customerId === undefined ? {} : { customerId }),
    });
    return ok({ ...page, customers: page.customers.map(customerView) });
  } catch (error) {
    return storeFailure(error);
  }
}

export async function readCustomer(
  c: CustomersContext,
  workspaceId: string,
  customerId: string,
): Promise<Result<CustomerDetail>> {
  const profile = await c.events.customers.profile(workspaceId, customerId);
  if (profile === null) return fail(customerNotFound(customerId));
  const [conflicts, merges] = await Promise.all([
    c.events.customers.conflicts(workspaceId, customerId),
    c.events.customers.merges(workspaceId, customerId),
  ]);
  return ok({
    customer: profileView(profile),
    conflicts: conflicts.map(conflictView),
    merges: merges.map(mergeView),
  });
}

/** A page of the customer's events in time order, each with its touchpoint (or null). */
export async function readCustomerEvents(
  c: CustomersContext,
  workspaceId: string,
  customerId: string,
  page: { readonly limit?: number; readonly cursor?: string },
): Promise<Result<TimelinePage>> {
  const identities = await c.events.customerIdentities(workspaceId, customerId);
  if (identities.length === 0) return fail(customerNotFound(customerId));
  try {
    const query = {
      ...(page.limit === undefined ? {} : { limit: page.limit }),
      ...(page.cursor === undefined ? {} : { after: page.cursor }),
    };
    const found = await c.events.customers.events(workspaceId, customerId, query);
    const { rules } = await readMappingRules(c.access, workspaceId);
    const match = compileMatcher(rules);
    return ok({
      events: found.events.map((event) => ({
        ...eventView(event),
        touchpointId: match(event)?.touchpointId ?? null,
      })),
      nextCursor: found.nextCursor,
    });
  } catch (error) {
    return storeFailure(error);
  }
}
