import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { trackingHarness } from './test-harness.ts';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const h = trackingHarness(NOW);
const { send, byMessageId, track, problem } = h;

describe('tracking API: bodies', () => {
  it('accepts a gzip body, and text/plain with the write key in the body (/v1/b)', async () => {
    const call = track({ messageId: 'gzipped' });
    const gz = await send({
      url: '/v1/batch',
      payload: gzipSync(JSON.stringify({ batch: [call] })),
      headers: { 'content-encoding': 'gzip', 'content-type': 'application/json' },
    });
    expect(gz.json()).toMatchObject({ accepted: 1 });
    const browser = await send({
      url: '/v1/b',
      key: null,
      payload: JSON.stringify({
        writeKey: h.acme().writeKey,
        batch: [track({ messageId: 'beacon' })],
      }),
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
    });
    expect(browser.json()).toMatchObject({ accepted: 1 });
    expect([...(await byMessageId('gzipped')), ...(await byMessageId('beacon'))]).toHaveLength(2);
  });

  it('answers 413 naming the limit for a 600 KB batch and a 40 KB call, storing nothing', async () => {
    const filler = 'x'.repeat(2_000);
    const batch = Array.from({ length: 300 }, () =>
      track({ messageId: 'too-big', properties: { filler } }),
    );
    const body = problem(await send({ url: '/v1/batch', payload: { batch } }), 413);
    expect(body.detail).toBe('request body is larger than the limit of 512000 bytes');
    const one = track({ messageId: 'too-big', properties: { filler: filler.repeat(20) } });
    expect(problem(await send({ url: '/v1/track', payload: one }), 413).detail).toMatch(/32768/);
    // Small once compressed, too large once inflated: refused all the same.
    const zipped = gzipSync(JSON.stringify({ batch }));
    expect(zipped.length).toBeLessThan(20_000);
    const inflated = await send({
      url: '/v1/batch',
      payload: zipped,
      headers: { 'content-encoding': 'gzip', 'content-type': 'application/json' },
    });
    expect(problem(inflated, 413).detail).toMatch(/512000 bytes/);
    expect(await byMessageId('too-big')).toEqual([]);
  });

  it('stops a gzip bomb at the limit: 413 without inflating it', async () => {
    // 400 gzip members of 1 MiB of zeros: 420 KB on the wire, 400 MiB once inflated.
    const member = gzipSync(Buffer.alloc(1 << 20));
    const bomb = Buffer.concat(Array.from({ length: 400 }, () => member));
    expect(bomb.length).toBeLessThan(512_000);
    const before = process.memoryUsage().rss;
    const started = performance.now();
    const response = await send({
      url: '/v1/batch',
      payload: bomb,
      headers: { 'content-encoding': 'gzip', 'content-type': 'application/json' },
    });
    problem(response, 413);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses other media types and encodings, corrupt gzip and bad JSON with 4xx', async () => {
    const cases: [Record<string, string>, string | Buffer, number][] = [
      [{ 'content-type': 'application/xml' }, '<batch/>', 415],
      [{ 'content-type': 'application/json', 'content-encoding': 'compress' }, '{}', 415],
      [{ 'content-type': 'application/json', 'content-encoding': 'gzip' }, 'not gzip', 400],
      [{ 'content-type': 'application/json' }, '{"batch": [', 400],
      [{ 'content-type': 'application/json' }, '', 400],
    ];
    for (const [headers, payload, status] of cases) {
      problem(await send({ url: '/v1/batch', payload, headers }), status);
    }
  });
});

describe('tracking API: browsers and documentation', () => {
  it('answers CORS preflights and lets any origin read the answers', async () => {
    const preflight = await h.server().app.inject({
      method: 'OPTIONS',
      url: '/v1/batch',
      headers: { origin: 'https://shop.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers).toMatchObject({
      'access-control-allow-origin': '*',
      'access-control-allow-headers': 'authorization, content-type, content-encoding',
    });
    const ok = await send({ url: '/v1/track', payload: track() });
    const refused = await send({ url: '/v1/track', payload: track(), key: 'pk_wrong' });
    expect([ok.headers['access-control-allow-origin'], refused.statusCode]).toEqual(['*', 401]);
    expect(refused.headers['access-control-allow-origin']).toBe('*');
  });

  it('documents every route under the tracking tag', async () => {
    const doc = (await h.server().app.inject({ method: 'GET', url: '/api/docs/json' })).json<{
      paths: Record<string, { post?: { tags?: string[]; requestBody?: unknown } }>;
    }>();
    const routes = [
      'track',
      'identify',
      'page',
      'screen',
      'group',
      'alias',
      'batch',
      'import',
      'b',
    ];
    for (const route of routes) {
      const post = doc.paths[`/v1/${route}`]?.post;
      expect(post?.tags, route).toEqual(['tracking']);
      expect(post?.requestBody, route).toBeDefined();
    }
  });
});
