/**
 * Shared pieces of the event store conformance suite (./conformance.ts).
 */
import { expect } from 'vitest';
import type { EventRecord } from '../../ingest/event.ts';
import { BASE_TIME_MS } from './fixtures.ts';
import type { EventQuery, EventStore } from './port.ts';

/** What each part of the suite gets: the store under test and fresh workspace ids. */
export interface SuiteContext {
  /** The store opened for the current test. */
  readonly store: () => EventStore;
  /** A new random workspace id, so tests never see each other's events. */
  readonly newWorkspace: () => string;
}

export const at = (offsetMs: number): Date => new Date(BASE_TIME_MS + offsetMs);
export const ids = (events: readonly EventRecord[]): string[] => events.map((e) => e.messageId);

/** Reads every page of `query`, checking that pages chain properly. */
export async function listAll(
  store: EventStore,
  workspaceId: string,
  query: EventQuery = {},
): Promise<EventRecord[]> {
  const all: EventRecord[] = [];
  let after: string | undefined;
  for (let page = 0; page < 10_000; page++) {
    const result = await store.list(workspaceId, after === undefined ? query : { ...query, after });
    all.push(...result.events);
    if (result.nextCursor === null) return all;
    expect(result.events.length).toBeGreaterThan(0);
    after = result.nextCursor;
  }
  throw new Error('pagination did not end');
}

/** Events ordered as the port promises: by timestamp, then by order of appending. */
export const inStoreOrder = (appended: readonly EventRecord[]): EventRecord[] =>
  appended
    .map((event, position) => ({ event, position }))
    .sort(
      (a, b) =>
        a.event.timestamp.getTime() - b.event.timestamp.getTime() || a.position - b.position,
    )
    .map(({ event }) => event);
