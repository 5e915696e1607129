/**
 * Conformance suite of the event store port: every adapter must pass it unchanged.
 *
 * Usage, in an adapter's test file:
 *   describeEventStoreConformance('duckdb (memory)', () => openDuckDbEventStore({ path: ':memory:' }));
 *
 * `open` is called before every test and the store closed after it. The tests work against
 * real stores (no mocks) and every test uses fresh random workspace ids, so `open` may
 * return a store over a shared, non-empty database (e.g. one ClickHouse server).
 */
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe } from 'vitest';
import { describeAnalyticsTests } from './conformance-analytics.ts';
import { describeCustomerTests } from './conformance-customers.ts';
import { describeIdentityTests } from './conformance-identity.ts';
import { describeLoadTests } from './conformance-load.ts';
import { describeMappingTests } from './conformance-mapping.ts';
import { describeQueryTests } from './conformance-queries.ts';
import { describeRecordTests } from './conformance-records.ts';
import type { EventStore } from './port.ts';

export function describeEventStoreConformance(
  adapterName: string,
  open: () => Promise<EventStore>,
): void {
  describe(`EventStore conformance: ${adapterName}`, () => {
    let current: EventStore | undefined;
    const context = {
      store: (): EventStore => {
        if (current === undefined) throw new Error('no store is open outside a test');
        return current;
      },
      newWorkspace: (): string => `ws-${randomUUID()}`,
    };

    beforeEach(async () => {
      current = await open();
    });
    afterEach(async () => {
      await current?.close();
      current = undefined;
    });

    describeRecordTests(context);
    describeQueryTests(context);
    describeLoadTests(context);
    describeIdentityTests(context);
    describeMappingTests(context);
    describeCustomerTests(context);
    describeAnalyticsTests(context);
  });
}
