import { describe, expect, it } from 'vitest';
import { trackingHarness } from './test-harness.ts';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const h = trackingHarness(NOW);
const { send, stored, byMessageId, track, problem } = h;

describe('tracking API: the six calls', () => {
  it('stores every call type with its Segment fields, from its own path', async () => {
    const calls = {
      track: { event: 'Order Completed', properties: { total: 10, channel: 'Web' } },
      identify: { traits: { email: 'ada@example.com' } },
      page: { name: 'Home', properties: { path: '/' } },
      screen: { name: 'Cart' },
      group: { groupId: 'g-1', traits: { plan: 'pro' } },
      alias: { previousId: 'anon-9' },
    };
    for (const [type, fields] of Object.entries(calls)) {
      const response = await send({
        url: `/v1/${type}`,
        payload: { messageId: `six-${type}`, userId: 'u-six', ...fields },
      });
      expect(response.json(), type).toEqual({
        success: true,
        accepted: 1,
        duplicates: 0,
        rejected: [],
      });
    }
    const six = (await stored()).filter((event) => event.messageId.startsWith('six-'));
    const summary = Object.fromEntries(
      six.map((e) => [e.type, [e.event, e.channel, e.groupId, e.previousId, e.traits]]),
    );
    expect(summary).toEqual({
      track: ['Order Completed', 'web', null, null, {}],
      identify: [null, null, null, null, { email: 'ada@example.com' }],
      page: ['Home', null, null, null, {}],
      screen: ['Cart', null, null, null, {}],
      group: [null, null, 'g-1', null, { plan: 'pro' }],
      alias: [null, null, null, 'anon-9', {}],
    });
    expect(six.every((e) => e.userId === 'u-six' && e.receivedAt.getTime() === NOW.getTime())).toBe(
      true,
    );
  });

  it('takes the browser library short paths (/v1/t, /v1/p, …) with the key in the body', async () => {
    for (const [path, fields] of [
      ['t', { event: 'Short Track' }],
      ['p', { name: 'Short Page' }],
      ['i', { traits: { plan: 'pro' } }],
    ] as const) {
      const response = await send({
        url: `/v1/${path}`,
        key: null,
        headers: { 'content-type': 'text/plain' },
        payload: JSON.stringify({
          writeKey: h.acme().writeKey,
          messageId: `short-${path}`,
          userId: 'u-short',
          ...fields,
        }),
      });
      expect(response.statusCode, path).toBe(200);
    }
    const short = (await stored()).filter((event) => event.messageId.startsWith('short-'));
    expect(short.map((event) => event.type).sort()).toEqual(['identify', 'page', 'track']);
  });

  it('records the sender address as context.ip unless the call names one', async () => {
    await send({ url: '/v1/track', payload: track({ messageId: 'ip-server' }) });
    await send({
      url: '/v1/batch',
      payload: { batch: [track({ messageId: 'ip-given', context: { ip: '203.0.113.9' } })] },
    });
    const [server] = await byMessageId('ip-server');
    const [given] = await byMessageId('ip-given');
    expect(server?.context.ip).toBe('127.0.0.1');
    expect(given?.context.ip).toBe('203.0.113.9');
  });

  it('stores a resent messageId once and says so', async () => {
    const call = track({ messageId: 'resent-1' });
    expect((await send({ url: '/v1/batch', payload: { batch: [call] } })).json()).toMatchObject({
      accepted: 1,
      duplicates: 0,
    });
    const again = await send({ url: '/v1/track', payload: { ...call, event: 'Changed' } });
    expect(again.json()).toEqual({ success: true, accepted: 0, duplicates: 1, rejected: [] });
    expect(await byMessageId('resent-1')).toHaveLength(1);
  });

  it('keeps the 8 good calls of a batch and names the 2 bad ones with their paths', async () => {
    const batch: Record<string, unknown>[] = Array.from({ length: 10 }, () => track());
    batch[3] = track({ timestamp: 'last tuesday' });
    batch[7] = { ...track(), userId: undefined, event: 42 };
    const response = await send({ url: '/v1/batch', payload: { batch } });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ success: true, accepted: 8, duplicates: 0 });
    expect(body.rejected).toEqual([
      {
        index: 3,
        messageId: batch[3]?.messageId,
        errors: [
          {
            field: '/batch/3/timestamp',
            message:
              'must be an ISO 8601 date-time with a time zone, e.g. 2025-01-15T10:00:00.000Z',
          },
        ],
      },
      {
        index: 7,
        messageId: batch[7]?.messageId,
        errors: [
          { field: '/batch/7/event', message: 'must be text' },
          { field: '/batch/7/userId', message: 'userId or anonymousId is required' },
        ],
      },
    ]);
    expect(await byMessageId(String(batch[3]?.messageId))).toEqual([]);
    expect(await byMessageId(String(batch[9]?.messageId))).toHaveLength(1);
  });

  it('answers 400 with every error when every call is refused', async () => {
    const batch = [{ type: 'track', userId: 'u' }, { type: 'nope' }];
    const body = problem(await send({ url: '/v1/batch', payload: { batch } }), 400);
    expect(body.detail).toMatch(/^all 2 calls were refused: /);
    expect(body.errors?.map((e) => e.field)).toEqual(['/batch/0/event', '/batch/1/type']);
    const single = problem(await send({ url: '/v1/identify', payload: { traits: {} } }), 400);
    expect(single.errors).toEqual([
      { field: '/userId', message: 'userId or anonymousId is required' },
    ]);
    for (const payload of [{ batch: [] }, { batch: {} }, { events: [] }, [track()]]) {
      const envelope = problem(await send({ url: '/v1/batch', payload }), 400);
      expect(envelope.errors?.[0]?.field, JSON.stringify(payload)).toMatch(/^\/(batch)?$/);
    }
  });

  it('corrects clock skew: a client clock 1 h ahead is shifted back 1 h', async () => {
    const ahead = (iso: string) => new Date(new Date(iso).getTime() + 3_600_000).toISOString();
    const happened = '2025-06-01T11:59:00.000Z'; // a minute before the server received it
    const call = track({ messageId: 'skewed', timestamp: ahead(happened) });
    await send({ url: '/v1/batch', payload: { batch: [call], sentAt: ahead(NOW.toISOString()) } });
    const [event] = await byMessageId('skewed');
    expect(event?.timestamp.toISOString()).toBe(happened);
    expect(event?.sentAt?.toISOString()).toBe(ahead(NOW.toISOString()));
  });
});

describe('tracking API: keys', () => {
  it('answers 401/403 for a missing, wrong, secret or revoked key, and stores nothing', async () => {
    const other = await h.server().newWorkspace('Keys');
    const payload = { batch: [track({ messageId: 'refused' })] };
    const attempt = (key: string | null) => send({ url: '/v1/batch', payload, key });
    expect(problem(await attempt(null), 401).detail).toMatch(/write key/);
    problem(await attempt('pk_not-a-real-key'), 401);
    problem(await attempt(other.secretKey), 403);
    await other.revokeWriteKey();
    problem(await attempt(other.writeKey), 401);
    const inBody = await send({ url: '/v1/b', key: null, payload: { ...payload, writeKey: 'x' } });
    problem(inBody, 401);
    expect(await h.server().events.count(other.workspaceId)).toBe(0);
    expect(await byMessageId('refused')).toEqual([]);
  });

  it('writes with the key of workspace A into workspace A only', async () => {
    const a = await h.server().newWorkspace('A');
    const b = await h.server().newWorkspace('B');
    const batch = [track({ messageId: 'isolated' })];
    // The Authorization header wins over a writeKey in the body.
    await send({ url: '/v1/batch', key: a.writeKey, payload: { batch, writeKey: b.writeKey } });
    await send({ url: '/v1/track', key: a.writeKey, payload: track({ messageId: 'single-a' }) });
    const inA = await stored(a.workspaceId);
    expect(inA.map((e) => [e.workspaceId, e.messageId])).toEqual([
      [a.workspaceId, 'isolated'],
      [a.workspaceId, 'single-a'],
    ]);
    expect(await h.server().events.count(b.workspaceId)).toBe(0);
  });
});
