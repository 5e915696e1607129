/**
 * The official Segment Node library, pointed at a listening Parcours, must work unchanged:
 * every call it makes is stored exactly once, in the workspace of its write key.
 */
import { Analytics, type Context } from '@segment/analytics-node';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTrackingServer, type TestWorkspace, type TrackingServer } from './testing.ts';

let server: TrackingServer;
let acme: TestWorkspace;
let other: TestWorkspace;
let host: string;

beforeAll(async () => {
  server = await startTrackingServer();
  acme = await server.newWorkspace('Acme');
  other = await server.newWorkspace('Other');
  host = await server.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(() => server.close());

it('stores every call of @segment/analytics-node exactly once, in its workspace', async () => {
  const analytics = new Analytics({ writeKey: acme.writeKey, host, flushAt: 20 });
  const failures: unknown[] = [];
  analytics.on('error', (error) => failures.push(error));
  const sent: { messageId: string; type: string }[] = [];
  const record = (error: unknown, ctx?: Context) => {
    if (error) failures.push(error);
    if (ctx?.event.messageId) sent.push({ messageId: ctx.event.messageId, type: ctx.event.type });
  };
  const userId = 'user-42';
  analytics.identify({ userId, traits: { email: 'ada@example.com', plan: 'pro' } }, record);
  for (let i = 0; i < 100; i++) {
    analytics.track(
      { userId, event: 'Product Viewed', properties: { sku: `SKU-${i}`, channel: 'Web' } },
      record,
    );
  }
  analytics.page({ userId, name: 'Home', properties: { path: '/' } }, record);
  analytics.screen({ userId, name: 'Cart' }, record);
  analytics.group({ userId, groupId: 'company-1', traits: { name: 'Acme' } }, record);
  analytics.alias({ userId, previousId: 'anon-1' }, record);
  await analytics.closeAndFlush({ timeout: 20_000 });

  expect(failures).toEqual([]);
  expect(sent).toHaveLength(105);
  const events = (await server.events.list(acme.workspaceId, { limit: 1_000 })).events;
  const storedIds = events.map((event) => event.messageId).sort();
  expect(storedIds).toEqual(sent.map((call) => call.messageId).sort());
  expect(new Set(storedIds).size).toBe(105);
  const types = events.reduce<Record<string, number>>((count, event) => {
    count[event.type] = (count[event.type] ?? 0) + 1;
    return count;
  }, {});
  expect(types).toEqual({ identify: 1, track: 100, page: 1, screen: 1, group: 1, alias: 1 });
  const [first] = events.filter((event) => event.type === 'track');
  expect(first).toMatchObject({ userId, channel: 'web', event: 'Product Viewed' });
  expect(first?.context).toMatchObject({ library: { name: '@segment/analytics-node' } });
  expect(await server.events.count(other.workspaceId)).toBe(0);
});
