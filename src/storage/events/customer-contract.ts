/**
 * Adapter-agnostic rules of the customer queries (./customer-port.ts): argument validation,
 * the customer-list cursor, search normalisation and the traits merge. No SQL here, so every
 * adapter accepts, refuses and merges exactly alike.
 */
import { assertWorkspaceId } from './contract.ts';
import {
  CUSTOMER_SORTS,
  type CustomerListQuery,
  type CustomerSort,
  DEFAULT_CUSTOMER_LIMIT,
  MAX_CUSTOMER_LIMIT,
  MAX_SEARCH_LENGTH,
  type SortOrder,
} from './customer-port.ts';
import { InvalidEventQueryError } from './port.ts';

/**
 * Sort key of a customer without events: below every real key (a Date is within ±8.64e15 ms),
 * so such customers come last when descending.
 */
export const MISSING_SORT_KEY = -(2n ** 53n - 1n);

/** A position in the customer order: the sort key, then the customer id. */
export interface CustomerPosition {
  readonly key: bigint;
  readonly customerId: string;
}

export interface NormalisedCustomerQuery {
  /** Lower-cased, accents stripped (see `foldText`); null when there is no search. */
  readonly search: string | null;
  readonly customerId: string | null;
  readonly sort: CustomerSort;
  readonly order: SortOrder;
  readonly limit: number;
  readonly after: CustomerPosition | null;
}

/** Text folded for matching: lower case, without accents ("Léa" → "lea"). */
export const foldText = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Refuses an id argument that is not a non-empty string. */
export function assertCustomerId(customerId: unknown): asserts customerId is string {
  if (typeof customerId !== 'string' || customerId === '') {
    throw new InvalidEventQueryError('customerId', 'must be a non-empty string');
  }
}

const CURSOR_PATTERN = /^k1:(lastSeen|firstSeen|eventCount):(asc|desc):(-?\d{1,19}):(.+)$/s;

export function encodeCustomerCursor(
  sort: CustomerSort,
  order: SortOrder,
  position: CustomerPosition,
): string {
  const text = `k1:${sort}:${order}:${position.key}:${position.customerId}`;
  return Buffer.from(text, 'utf8').toString('base64url');
}

function decodeCustomerCursor(cursor: unknown, sort: CustomerSort, order: SortOrder) {
  const invalid = () => new InvalidEventQueryError('after', 'is not a cursor returned by list');
  if (typeof cursor !== 'string' || !/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) throw invalid();
  const match = CURSOR_PATTERN.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const [, cursorSort, cursorOrder, key, customerId] = match ?? [];
  if (key === undefined || customerId === undefined) throw invalid();
  if (cursorSort !== sort || cursorOrder !== order) {
    throw new InvalidEventQueryError('after', 'was issued for another sort order');
  }
  return { key: BigInt(key), customerId };
}

const isSort = (value: unknown): value is CustomerSort =>
  (CUSTOMER_SORTS as readonly unknown[]).includes(value);

export function normaliseCustomerQuery(
  workspaceId: string,
  query: CustomerListQuery,
): NormalisedCustomerQuery {
  assertWorkspaceId(workspaceId);
  const sort = query.sort ?? 'lastSeen';
  if (!isSort(sort)) {
    throw new InvalidEventQueryError('sort', `must be one of ${CUSTOMER_SORTS.join(', ')}`);
  }
  const order = query.order ?? 'desc';
  if (order !== 'asc' && order !== 'desc') {
    throw new InvalidEventQueryError('order', 'must be asc or desc');
  }
  const limit = query.limit ?? DEFAULT_CUSTOMER_LIMIT;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_CUSTOMER_LIMIT) {
    throw new InvalidEventQueryError(
      'limit',
      `must be a whole number from 1 to ${MAX_CUSTOMER_LIMIT}`,
    );
  }
  const search = query.search ?? '';
  if (typeof search !== 'string' || search.length > MAX_SEARCH_LENGTH) {
    throw new InvalidEventQueryError(
      'search',
      `must be text of at most ${MAX_SEARCH_LENGTH} characters`,
    );
  }
  if (query.customerId !== undefined) assertCustomerId(query.customerId);
  const folded = foldText(search.trim());
  return {
    search: folded === '' ? null : folded,
    customerId: query.customerId ?? null,
    sort,
    order,
    limit,
    after: query.after === undefined ? null : decodeCustomerCursor(query.after, sort, order),
  };
}

/** Merges identify traits given oldest first: the latest value of each trait wins. */
export function mergeTraits(
  traitsOldestFirst: readonly Record<string, unknown>[],
): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const traits of traitsOldestFirst) {
    for (const [name, value] of Object.entries(traits)) {
      // A plain assignment would let a "__proto__" trait change the object's prototype.
      Object.defineProperty(merged, name, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return merged;
}

/** Channels ordered by use, most used first, ties by name. */
export function rankChannels(counts: ReadonlyMap<string, number>): string[] {
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .map(([channel]) => channel);
}
