/**
 * Load generator of bench/intake-http.ts, run in a process of its own so that building and
 * sending requests does not take CPU from the server measured: autocannon posting
 * `POST /v1/batch` requests of BATCH track calls, each with messageIds unique to it.
 *
 * Argument: one JSON object (`LoadRequest`). Prints one JSON line (`LoadOutcome`).
 */
import { createRequire } from 'node:module';

export interface LoadRequest {
  readonly url: string;
  readonly writeKey: string;
  readonly connections: number;
  /** Prefix of the messageIds: a run never repeats another run's ids. */
  readonly run: string;
  readonly batch: number;
  /** Either a duration in seconds, or a number of requests (bodies built before sending). */
  readonly duration?: number;
  readonly amount?: number;
  /** Cycle through this many pre-built bodies (for a baseline that stores nothing). */
  readonly cycle?: number;
  /** How userIds and anonymousIds pair up (see `identities`). */
  readonly identities: 'devices' | 'random';
}

export interface LoadOutcome {
  readonly seconds: number;
  readonly requests: number;
  readonly acknowledged: number;
  readonly failed: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/** The part of autocannon's API used here (it ships no types). */
interface Run {
  readonly url: string;
  readonly connections: number;
  readonly duration?: number;
  readonly amount?: number;
  readonly requests: readonly {
    readonly method: 'POST';
    readonly path: string;
    readonly headers: Record<string, string>;
    readonly setupRequest: (request: object) => object;
    readonly onResponse?: (status: number, body: string) => void;
  }[];
}
interface Outcome {
  readonly requests: { readonly total: number };
  readonly latency: { readonly p50: number; readonly p99: number };
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
}
const autocannon = createRequire(import.meta.url)('autocannon') as (run: Run) => Promise<Outcome>;

const NAMES = ['Product Viewed', 'Product Added', 'Checkout Started', 'Order Completed'];

/**
 * The ids of call `k`. `devices`: 19,997 visitors (anonymousIds), each the device of at most
 * one of 9,973 users (about two devices a user, a quarter of the visitors never signed in),
 * the userId sent on three calls out of four: no call ever contradicts another. `random`: the
 * pairing of earlier versions of this benchmark, where every anonymousId is seen with about 50
 * different userIds, so that nearly every call records an identity conflict.
 */
function identities(k: number, pairing: LoadRequest['identities']) {
  const visitor = k % 19_997;
  const anonymousId = `anon-${visitor}`;
  if (pairing === 'random')
    return { userId: k % 4 === 0 ? null : `user-${k % 9_973}`, anonymousId };
  const signedIn = visitor % 4 !== 0 && k % 4 !== 0;
  return { userId: signedIn ? `user-${visitor % 9_973}` : null, anonymousId };
}

/** Body of request `n` of a run: realistic track calls with messageIds unique to it. */
function batchBody(load: LoadRequest, n: number): Buffer {
  const now = Date.now();
  const size = load.batch;
  const batch = Array.from({ length: size }, (_, i) => {
    const k = n * size + i;
    return {
      type: 'track',
      messageId: `${load.run}-${n}-${i}`,
      ...identities(k, load.identities),
      event: NAMES[k % NAMES.length],
      properties: { sku: `SKU-${k % 499}`, price: (k % 10_000) / 100, quantity: 1 + (k % 3) },
      context: {
        library: { name: '@segment/analytics-node', version: '3.1.0' },
        ip: '203.0.113.7',
        channel: k % 3 === 0 ? 'store' : 'web',
      },
      timestamp: new Date(now - (k % 3_600) * 1_000).toISOString(),
      _metadata: { jsRuntime: 'node' },
    };
  });
  return Buffer.from(JSON.stringify({ batch, sentAt: new Date(now).toISOString() }));
}

async function drive(load: LoadRequest): Promise<LoadOutcome> {
  const count = load.cycle ?? load.amount ?? 0;
  const prebuilt = Array.from({ length: count }, (_, n) => batchBody(load, n));
  const body = (n: number) =>
    load.cycle === undefined
      ? // Past the pre-built bodies (autocannon may ask for a few more): still unique.
        (prebuilt[n] ?? batchBody(load, n))
      : (prebuilt[n % load.cycle] ?? batchBody(load, n));
  let next = 0;
  let acknowledged = 0;
  const started = performance.now();
  const outcome = await autocannon({
    url: load.url,
    connections: load.connections,
    ...(load.duration === undefined ? {} : { duration: load.duration }),
    ...(load.amount === undefined ? {} : { amount: load.amount }),
    requests: [
      {
        method: 'POST',
        path: '/v1/batch',
        headers: {
          'content-type': 'application/json',
          authorization: `Basic ${Buffer.from(`${load.writeKey}:`).toString('base64')}`,
        },
        setupRequest: (request) => ({ ...request, body: body(next++) }),
        onResponse: (status, text) => {
          if (status === 200) acknowledged += (JSON.parse(text) as { accepted: number }).accepted;
        },
      },
    ],
  });
  return {
    seconds: (performance.now() - started) / 1000,
    requests: outcome.requests.total,
    acknowledged,
    failed: outcome.non2xx + outcome.errors + outcome.timeouts,
    p50Ms: outcome.latency.p50,
    p99Ms: outcome.latency.p99,
  };
}

const request = JSON.parse(process.argv[2] ?? '{}') as LoadRequest;
process.stdout.write(`${JSON.stringify(await drive(request))}\n`);
