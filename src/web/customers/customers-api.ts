/**
 * Calls of the customers API: the list, a profile, its timeline, merges and erasure. The
 * shapes are those of the server (src/customers/views.ts).
 */
import type { ErasureEntry } from '../../customers/erasure-log.ts';
import type { CustomerDetail, CustomerList, TimelinePage } from '../../customers/service.ts';
import type { MergeView } from '../../customers/views.ts';
import type { ApiClient } from '../api/client.ts';

export type {
  ConflictView,
  CustomerView,
  ProfileView,
  TimelineEventView,
} from '../../customers/views.ts';
export type { CustomerDetail, CustomerList, ErasureEntry, MergeView, TimelinePage };

export const CUSTOMER_SORTS = ['lastSeen', 'firstSeen', 'eventCount'] as const;
export type CustomerSort = (typeof CUSTOMER_SORTS)[number];

export interface ListParams {
  readonly search: string;
  readonly sort: CustomerSort;
  readonly limit: number;
  readonly cursor: string | null;
}

const API_BASE = '/api/v1';
const workspacePath = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}`;
const customerPath = (workspaceId: string, customerId: string) =>
  `${workspacePath(workspaceId)}/customers/${encodeURIComponent(customerId)}`;

export function listCustomers(
  api: ApiClient,
  workspaceId: string,
  params: ListParams,
  signal: AbortSignal,
): Promise<CustomerList> {
  const query = new URLSearchParams({ sort: params.sort, limit: String(params.limit) });
  if (params.search.trim() !== '') query.set('search', params.search.trim());
  if (params.cursor !== null) query.set('cursor', params.cursor);
  return api.get(`${workspacePath(workspaceId)}/customers?${query}`, { signal });
}

export const getCustomer = (
  api: ApiClient,
  workspaceId: string,
  customerId: string,
  signal: AbortSignal,
): Promise<CustomerDetail> => api.get(customerPath(workspaceId, customerId), { signal });

export function getTimeline(
  api: ApiClient,
  workspaceId: string,
  customerId: string,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<TimelinePage> {
  const query = new URLSearchParams({ limit: '1000' });
  if (cursor !== null) query.set('cursor', cursor);
  const path = `${customerPath(workspaceId, customerId)}/events?${query}`;
  return api.get(path, signal === undefined ? {} : { signal });
}

/** The download address of the customer's export (a JSON file). */
export const exportUrl = (workspaceId: string, customerId: string): string =>
  `${API_BASE}${customerPath(workspaceId, customerId)}/export`;

export const eraseCustomer = (
  api: ApiClient,
  workspaceId: string,
  customerId: string,
): Promise<ErasureEntry> => api.delete(customerPath(workspaceId, customerId));

export const mergeCustomers = (
  api: ApiClient,
  workspaceId: string,
  input: { into: string; from: string; reason: string },
): Promise<MergeView> => api.post(`${workspacePath(workspaceId)}/customer-merges`, input);

export const undoMerge = (
  api: ApiClient,
  workspaceId: string,
  mergeId: string,
): Promise<MergeView> =>
  api.post(`${workspacePath(workspaceId)}/customer-merges/${encodeURIComponent(mergeId)}/undo`, {});
