import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDuckDbEventStore } from '../storage/events/duckdb.ts';
import type { EventStore } from '../storage/events/port.ts';
import type { EventRecord } from './event.ts';
import { ingest } from './intake.ts';

const NOW = new Date('2025-06-01T12:00:00.000Z');

let store: EventStore;
let appends: (readonly EventRecord[])[];
/** The real store, with its append calls recorded. */
let events: EventStore;

beforeEach(async () => {
  store = await openDuckDbEventStore({ path: ':memory:' });
  appends = [];
  events = {
    append: (batch) => {
      appends.push(batch);
      return store.append(batch);
    },
    list: (workspaceId, query) => store.list(workspaceId, query),
    count: (workspaceId) => store.count(workspaceId),
    deleteByIdentity: (workspaceId, ids) => store.deleteByIdentity(workspaceId, ids),
    close: () => store.close(),
    recordIdentityLinks: (workspaceId, links) => store.recordIdentityLinks(workspaceId, links),
    resolveCustomer: (workspaceId, ids) => store.resolveCustomer(workspaceId, ids),
    customerIdentities: (workspaceId, id) => store.customerIdentities(workspaceId, id),
    listConflicts: (workspaceId) => store.listConflicts(workspaceId),
    mergeCustomers: (workspaceId, request) => store.mergeCustomers(workspaceId, request),
    undoMerge: (workspaceId, mergeId) => store.undoMerge(workspaceId, mergeId),
    listMerges: (workspaceId) => store.listMerges(workspaceId),
    customers: store.customers,
    mapping: store.mapping,
    feedback: store.feedback,
    analytics: store.analytics,
  };
});
afterEach(() => store.close());

const ctx = () => ({ events, now: () => NOW });
const call = (messageId: string, extra: object = {}) => ({
  type: 'track',
  messageId,
  userId: 'u',
  event: 'Signed Up',
  ...extra,
});

describe('ingest', () => {
  it('stores the good calls in one append and names the bad ones', async () => {
    const payloads = [call('a'), call('b', { event: '' }), call('c'), 'nonsense', call('a')];
    const result = await ingest(ctx(), 'ws', payloads, { context: { source: 'import' } });
    expect(result).toEqual({
      accepted: 2,
      duplicates: 1,
      rejected: [
        {
          index: 1,
          messageId: 'b',
          errors: [{ field: '/batch/1/event', message: 'must not be empty' }],
        },
        {
          index: 3,
          messageId: null,
          errors: [{ field: '/batch/3', message: 'must be a JSON object (a Segment call)' }],
        },
      ],
    });
    expect(appends).toHaveLength(1);
    const stored = (await store.list('ws')).events;
    expect(stored.map((e) => [e.messageId, e.receivedAt, e.context])).toEqual([
      ['a', NOW, { source: 'import' }],
      ['c', NOW, { source: 'import' }],
    ]);
  });

  it('does not touch the store when every call is refused, and points where told', async () => {
    const result = await ingest(ctx(), 'ws', [{ type: 'track' }], {
      pointer: (index) => `/lines/${index + 1}`,
    });
    expect(result.accepted + result.duplicates).toBe(0);
    expect(result.rejected[0]?.errors.map((e) => e.field)).toEqual([
      '/lines/1/event',
      '/lines/1/userId',
    ]);
    expect(appends).toEqual([]);
  });
});
