/**
 * 3,000 random and mutated requests thrown at the tracking API: the server must answer every
 * one with a 2xx or a 4xx problem (never a 5xx, never a crash), store exactly what it
 * acknowledged, and still accept a valid call afterwards. Seeded: a failure replays.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTrackingServer, type TestWorkspace, type TrackingServer } from './testing.ts';

const SEED = 20_251_123;
const REQUESTS = 3_000;
const CONCURRENCY = 32;

/** mulberry32: small, fast, good enough to pick cases. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const TYPES = ['track', 'identify', 'page', 'screen', 'group', 'alias'];
const ODD_TEXT = [
  '',
  ' ',
  'a',
  'Ünïcödé 日本語 😀',
  '\u202eRTL\u202c',
  'NUL\u0000byte',
  'lone \ud800 high',
  'lone \udfff low',
  '😀'.slice(0, 1),
  '\\ud800 escaped text',
  '\u0007\u001b[31m',
  '"quoted" \\ back',
  '<script>alert(1)</script>',
  "'; DROP TABLE events; --",
];
const ODD_DATES = [
  '2025-06-01T12:00:00Z',
  '2025-06-01T12:00:00.123456+02:00',
  '2025-13-45T99:99:99Z',
  '2025-02-29T00:00:00Z',
  '1999-12-31T23:59:59Z',
  '3000-01-01T00:00:00Z',
  '2025-06-01',
  'yesterday',
  '2016-12-31T23:59:60Z',
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
];
const CONTENT_TYPES = [
  'application/xml',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'text/plain; charset=latin1',
  'application/json; charset=utf-16',
  'a/b/c',
  ';;;',
  'application/octet-stream',
];

interface FuzzRequest {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly payload: string | Buffer;
}

class Fuzzer {
  readonly #random: () => number;
  #serial = 0;

  constructor(
    seed: number,
    private readonly writeKey: string,
  ) {
    this.#random = prng(seed);
  }

  int = (below: number): number => Math.floor(this.#random() * below);
  chance = (p: number): boolean => this.#random() < p;
  pick = <T>(items: readonly T[]): T => items[this.int(items.length)] as T;

  text(): string {
    if (this.chance(0.05)) return 'x'.repeat(this.int(40_000));
    if (this.chance(0.5)) return this.pick(ODD_TEXT);
    return Array.from({ length: this.int(12) }, () =>
      String.fromCharCode(this.int(this.chance(0.2) ? 0xffff : 128)),
    ).join('');
  }

  json(depth = 0): unknown {
    const kind = this.int(depth > 3 ? 5 : 7);
    if (kind === 0) return null;
    if (kind === 1) return this.chance(0.5);
    if (kind === 2) return this.pick([0, -1, 1.5, 1e308, -1e-308, 2 ** 53 + 1, this.int(1e9)]);
    if (kind === 3 || kind === 4) return this.text();
    if (kind === 5) return Array.from({ length: this.int(4) }, () => this.json(depth + 1));
    const entries = Array.from({ length: this.int(5) }, () => [this.text(), this.json(depth + 1)]);
    return Object.fromEntries(entries);
  }

  validCall(): Record<string, unknown> {
    const type = this.pick(TYPES);
    const call: Record<string, unknown> = {
      type,
      messageId: `fuzz-${++this.#serial}-${this.int(1e9)}`,
      userId: `user-${this.int(50)}`,
      anonymousId: this.chance(0.5) ? `anon-${this.int(50)}` : null,
      timestamp: new Date(Date.now() - this.int(1e9)).toISOString(),
      context: { library: { name: 'fuzz', version: '1' }, channel: 'web' },
      properties: { sku: `SKU-${this.int(100)}`, price: this.int(10_000) / 100 },
      traits: { plan: 'pro' },
    };
    if (type === 'track') call.event = 'Product Viewed';
    if (type === 'page' || type === 'screen') call.name = 'Home';
    if (type === 'group') call.groupId = `g-${this.int(10)}`;
    if (type === 'alias') call.previousId = `anon-${this.int(50)}`;
    return call;
  }

  mutated(): unknown {
    const call = this.validCall();
    const fields = Object.keys(call);
    for (let n = this.int(4); n > 0; n--) {
      const field = this.chance(0.15) ? this.text() : this.pick(fields);
      const mutation = this.int(7);
      if (mutation === 0) delete call[field];
      else if (mutation === 1) call[field] = this.json();
      else if (mutation === 2) call[field] = 'y'.repeat(this.pick([100, 1_001, 33_000]));
      else if (mutation === 3) call[field] = this.nested(this.pick([10, 63, 65, 500]));
      else if (mutation === 4) call[field] = this.pick(ODD_DATES);
      else if (mutation === 5) call[field] = this.text();
      else call.sentAt = this.pick(ODD_DATES);
    }
    return this.chance(0.05) ? this.json() : call;
  }

  nested(depth: number): unknown {
    let value: unknown = this.text();
    for (let i = 0; i < depth; i++) value = this.chance(0.5) ? [value] : { k: value };
    return value;
  }

  calls(): unknown[] {
    return Array.from({ length: 1 + this.int(15) }, () =>
      this.chance(0.6) ? this.validCall() : this.mutated(),
    );
  }

  /** Which key the request carries, and how. */
  auth(body: Record<string, unknown>): Record<string, string> {
    const roll = this.int(20);
    if (roll === 0) return {};
    if (roll === 1)
      return { authorization: this.pick(['Basic', 'Bearer ', 'Basic !!!', 'Digest x']) };
    if (roll === 2) body.writeKey = this.writeKey;
    if (roll === 2) return {};
    return { authorization: `Basic ${Buffer.from(`${this.writeKey}:`).toString('base64')}` };
  }

  request(): FuzzRequest {
    const batch = this.chance(0.7);
    const url = batch ? this.pick(['/v1/batch', '/v1/import', '/v1/b']) : `/v1/${this.pick(TYPES)}`;
    const body: Record<string, unknown> = batch
      ? { batch: this.calls(), sentAt: new Date().toISOString() }
      : (this.mutated() as Record<string, unknown>);
    if (batch && this.chance(0.1)) body[this.pick(['batch', 'sentAt', 'context'])] = this.json();
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      ...(typeof body === 'object' && body !== null ? this.auth(body) : {}),
    };
    let text = JSON.stringify(body) ?? 'null';
    const shape = this.int(20);
    if (shape === 0) text = text.slice(0, this.int(text.length));
    if (shape === 1) text = JSON.stringify(this.json());
    if (shape === 2) text = `{"batch":[${'['.repeat(this.int(200_000))}]}`;
    if (shape === 3) headers['content-type'] = this.pick(CONTENT_TYPES);
    if (shape === 4) headers['content-type'] = 'text/plain';
    if (shape === 5) delete headers['content-type'];
    if (shape === 6) {
      headers['content-encoding'] = 'gzip';
      const zipped = gzipSync(text);
      return { url, headers, payload: this.chance(0.5) ? zipped : zipped.subarray(0, 10) };
    }
    if (shape === 7) {
      const bytes = Buffer.from(Array.from({ length: this.int(2_000) }, () => this.int(256)));
      return { url, headers, payload: bytes };
    }
    return { url, headers, payload: text };
  }
}

let server: TrackingServer;
let acme: TestWorkspace;

beforeAll(async () => {
  server = await startTrackingServer();
  acme = await server.newWorkspace('Fuzz');
});
afterAll(() => server.close());

it(`answers ${REQUESTS} random and mutated requests without a 5xx, storing what it acknowledged`, async () => {
  const fuzzer = new Fuzzer(SEED, acme.writeKey);
  const requests = Array.from({ length: REQUESTS }, () => fuzzer.request());
  const statuses = new Map<number, number>();
  const serverErrors: string[] = [];
  let acknowledged = 0;
  for (let start = 0; start < requests.length; start += CONCURRENCY) {
    const wave = requests.slice(start, start + CONCURRENCY);
    const responses = await Promise.all(
      wave.map((request) => server.app.inject({ method: 'POST', ...request })),
    );
    responses.forEach((response, i) => {
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      if (response.statusCode >= 500) {
        serverErrors.push(`#${start + i} ${wave[i]?.url}: ${response.body.slice(0, 300)}`);
      } else if (response.statusCode === 200) {
        acknowledged += response.json<{ accepted: number }>().accepted;
      } else {
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    });
  }
  expect(serverErrors).toEqual([]);
  // Every kind of answer was exercised, so the fuzzer did not just bounce off one check.
  expect([...statuses.keys()].sort()).toEqual(expect.arrayContaining([200, 400, 401, 413, 415]));
  expect(await server.events.count(acme.workspaceId)).toBe(acknowledged);

  const after = await server.app.inject({
    method: 'POST',
    url: '/v1/track',
    headers: { authorization: server.basic(acme.writeKey) },
    payload: { userId: 'still-alive', event: 'Fuzz Survived' },
  });
  expect(after.json()).toEqual({ success: true, accepted: 1, duplicates: 0, rejected: [] });
});
