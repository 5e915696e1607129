/**
 * Shared scaffolding of the tracking API tests: one in-process server with a
 * workspace "Acme", and helpers to send calls and read what was stored.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect } from 'vitest';
import type { EventRecord } from './event.ts';
import { startTrackingServer, type TestWorkspace, type TrackingServer } from './testing.ts';

export interface Sent {
  readonly url: string;
  readonly payload: unknown;
  readonly key?: string | null;
  readonly headers?: Record<string, string>;
}

export interface TrackingHarness {
  readonly server: () => TrackingServer;
  readonly acme: () => TestWorkspace;
  send(sent: Sent): Promise<LightMyRequestResponse>;
  stored(workspaceId?: string): Promise<EventRecord[]>;
  byMessageId(messageId: string): Promise<EventRecord[]>;
  track(extra?: object): Record<string, unknown>;
  problem(
    response: LightMyRequestResponse,
    status: number,
  ): { detail: string; errors?: { field: string; message: string }[] };
}

/** Registers the suite's hooks; call it at the top of a test file. */
export function trackingHarness(now: Date): TrackingHarness {
  let server: TrackingServer | undefined;
  let acme: TestWorkspace | undefined;
  beforeAll(async () => {
    server = await startTrackingServer({ now: () => now });
    acme = await server.newWorkspace('Acme');
  });
  afterAll(() => server?.close());
  const need = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the tracking server is not started');
    return value;
  };
  let sequence = 0;
  const harness: TrackingHarness = {
    server: () => need(server),
    acme: () => need(acme),
    send: ({ url, payload, key = need(acme).writeKey, headers = {} }) =>
      need(server).app.inject({
        method: 'POST',
        url,
        headers: { ...(key !== null && { authorization: need(server).basic(key) }), ...headers },
        payload: payload as string,
      }),
    stored: async (workspaceId = need(acme).workspaceId) =>
      (await need(server).events.list(workspaceId, { limit: 10_000 })).events,
    byMessageId: async (messageId) =>
      (await harness.stored()).filter((event) => event.messageId === messageId),
    track: (extra = {}) => ({
      type: 'track',
      messageId: `m-${++sequence}`,
      userId: 'u-1',
      event: 'Product Viewed',
      timestamp: new Date(now.getTime() - 3_600_000).toISOString(),
      ...extra,
    }),
    problem: (response, status) => {
      expect(response.statusCode, response.body).toBe(status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      return response.json<{ detail: string; errors?: { field: string; message: string }[] }>();
    },
  };
  return harness;
}
