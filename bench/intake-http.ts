/**
 * Benchmark of the tracking API over HTTP: the real Parcours app in this process, listening on
 * 127.0.0.1 with a fresh data directory (SQLite and DuckDB files: every acknowledged event is
 * committed), driven by autocannon with `POST /v1/batch` requests of 100 track calls each.
 * Every request carries a different pre-built body with unique messageIds, so nothing is
 * deduplicated. Baseline, same run and same bodies: a bare Fastify route that parses the batch
 * and discards it.
 *
 * A 3-second warm-up sizes the measured run, which sends a fixed number of requests (about
 * DURATION seconds' worth) so that every request is answered before the store is counted:
 * `storedEqualsAcknowledged` compares the events stored with the sum of `accepted` answered.
 *
 * Run: node --import tsx bench/intake-http.ts [seconds] [connections]
 * Prints one JSON line; asserts nothing.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { startTrackingServer } from '../src/ingest/testing.ts';

const DURATION_S = Number(process.argv[2] ?? 10);
const CONNECTIONS = Number(process.argv[3] ?? 16);
const BATCH = 100;
const WARM_UP_S = 3;
const HOST = '127.0.0.1';

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

/** Body of request `n` of a run: 100 realistic track calls with messageIds unique to it. */
function batchBody(run: string, n: number): Buffer {
  const now = Date.now();
  const batch = Array.from({ length: BATCH }, (_, i) => {
    const k = n * BATCH + i;
    return {
      type: 'track',
      messageId: `${run}-${n}-${i}`,
      userId: k % 4 === 0 ? null : `user-${k % 9_973}`,
      anonymousId: `anon-${k % 19_997}`,
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

interface Measured {
  readonly seconds: number;
  readonly requests: number;
  readonly acknowledged: number;
  readonly failed: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

async function drive(
  port: number,
  writeKey: string,
  body: (n: number) => Buffer,
  length: { duration: number } | { amount: number },
): Promise<Measured> {
  let next = 0;
  let acknowledged = 0;
  const started = performance.now();
  const outcome = await autocannon({
    url: `http://${HOST}:${port}`,
    connections: CONNECTIONS,
    ...length,
    requests: [
      {
        method: 'POST',
        path: '/v1/batch',
        headers: {
          'content-type': 'application/json',
          authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`,
        },
        setupRequest: (request) => ({ ...request, body: body(next++) }),
        onResponse: (status, text) => {
          if (status === 200) acknowledged += (JSON.parse(text) as { accepted: number }).accepted;
        },
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  return {
    seconds,
    requests: outcome.requests.total,
    acknowledged,
    failed: outcome.non2xx + outcome.errors + outcome.timeouts,
    p50Ms: outcome.latency.p50,
    p99Ms: outcome.latency.p99,
  };
}

/** A bare Fastify route that parses the batch and discards it. */
async function startBaseline(): Promise<{ port: number; close: () => Promise<void> }> {
  const app = Fastify({ bodyLimit: 512_000 });
  app.post('/v1/batch', async (request) => {
    const { batch } = request.body as { batch: unknown[] };
    return { success: true, accepted: batch.length, duplicates: 0, rejected: [] };
  });
  await app.listen({ host: HOST, port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { port, close: () => app.close() };
}

const round = (value: number): number => Math.round(value * 10) / 10;
const perSecond = (count: number, seconds: number): number => Math.round(count / seconds);

const dataDir = await mkdtemp(join(tmpdir(), 'parcours-bench-intake-'));
try {
  const server = await startTrackingServer({ dataDir });
  await server.app.listen({ host: HOST, port: 0 });
  const address = server.app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const warm = await server.newWorkspace('Warm-up');
  const bench = await server.newWorkspace('Bench');

  const warmUp = await drive(port, warm.writeKey, (n) => batchBody('warm', n), {
    duration: WARM_UP_S,
  });
  const amount = Math.max(CONNECTIONS, Math.round((warmUp.requests / warmUp.seconds) * DURATION_S));
  const bodies = Array.from({ length: amount }, (_, n) => batchBody('bench', n));
  // Past the pre-built bodies (autocannon may ask for a few more): still unique.
  const bodyOf = (n: number) => bodies[n] ?? batchBody('bench', n);

  const baselineServer = await startBaseline();
  const baseline = await drive(baselineServer.port, bench.writeKey, (n) => bodyOf(n % amount), {
    duration: DURATION_S,
  });
  await baselineServer.close();

  const measured = await drive(port, bench.writeKey, bodyOf, { amount });
  const stored = await server.events.count(bench.workspaceId);
  await server.close();

  process.stdout.write(
    `${JSON.stringify({
      name: 'intake.http',
      eventsPerSecond: perSecond(measured.acknowledged, measured.seconds),
      requestsPerSecond: perSecond(measured.requests, measured.seconds),
      p50Ms: round(measured.p50Ms),
      p99Ms: round(measured.p99Ms),
      seconds: round(measured.seconds),
      requests: measured.requests,
      failedRequests: measured.failed,
      connections: CONNECTIONS,
      batchSize: BATCH,
      baseline: {
        name: 'fastify.discard',
        eventsPerSecond: perSecond(baseline.acknowledged, baseline.seconds),
        p50Ms: round(baseline.p50Ms),
        p99Ms: round(baseline.p99Ms),
      },
      acknowledged: measured.acknowledged,
      stored,
      storedEqualsAcknowledged: stored === measured.acknowledged,
    })}\n`,
  );
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
