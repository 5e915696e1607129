/**
 * Test and benchmark helpers: building `EventRecord`s with sensible defaults.
 * Not used by production code.
 */
import { randomUUID } from 'node:crypto';
import type { EventRecord } from '../../ingest/event.ts';

/** A fixed instant the fixtures count from (2025-01-15T10:00:00.000Z). */
export const BASE_TIME_MS = Date.UTC(2025, 0, 15, 10, 0, 0, 0);

/** A `track` event of `workspaceId`; any field can be overridden. */
export function makeEvent(
  workspaceId: string,
  overrides: Partial<Omit<EventRecord, 'workspaceId'>> = {},
): EventRecord {
  return {
    workspaceId,
    messageId: randomUUID(),
    type: 'track',
    event: 'Product Viewed',
    userId: 'user-1',
    anonymousId: null,
    groupId: null,
    previousId: null,
    channel: 'web',
    timestamp: new Date(BASE_TIME_MS),
    sentAt: null,
    receivedAt: new Date(BASE_TIME_MS + 1_000),
    properties: { sku: 'SKU-1', price: 19.9 },
    traits: {},
    context: { library: { name: 'analytics-node', version: '2.0.0' } },
    ...overrides,
  };
}

/**
 * A batch of `size` synthetic events, deterministic for a given `(batch, size)`: messageIds
 * `m-<batch>-<i>`, a few hundred users, timestamps one second apart.
 */
export function syntheticBatch(workspaceId: string, batch: number, size: number): EventRecord[] {
  const events: EventRecord[] = [];
  const names = ['Product Viewed', 'Product Added', 'Checkout Started', 'Order Completed'];
  for (let i = 0; i < size; i++) {
    const n = batch * size + i;
    const timestamp = new Date(BASE_TIME_MS + n * 1_000);
    events.push({
      workspaceId,
      messageId: `m-${batch}-${i}`,
      type: 'track',
      event: names[n % names.length] ?? null,
      userId: n % 5 === 0 ? null : `user-${n % 997}`,
      anonymousId: `anon-${n % 1_499}`,
      groupId: null,
      previousId: null,
      channel: n % 3 === 0 ? 'store' : 'web',
      timestamp,
      sentAt: timestamp,
      receivedAt: new Date(timestamp.getTime() + 250),
      properties: { sku: `SKU-${n % 211}`, price: (n % 10_000) / 100, quantity: 1 + (n % 3) },
      traits: {},
      context: { ip: '203.0.113.7', library: { name: 'analytics-node', version: '2.0.0' } },
    });
  }
  return events;
}
