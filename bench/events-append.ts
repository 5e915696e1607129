/**
 * Benchmark of the DuckDB event store's `append`: 1,000,000 synthetic events in batches of
 * 10,000 into an in-memory store, against a baseline of DuckDB's raw appender writing the
 * same rows into a plain table with the same columns (no staging, no idempotency check, no
 * transaction). Only the append calls are timed; building the batches is not.
 *
 * Run: node --import tsx bench/events-append.ts [events] [batchSize]
 * Prints one JSON line; asserts nothing.
 */
import { type DuckDBAppender, DuckDBInstance, DuckDBTimestampTZValue } from '@duckdb/node-api';
import type { EventRecord } from '../src/ingest/event.ts';
import { openDuckDbEventStore } from '../src/storage/events/duckdb.ts';
import { syntheticBatch } from '../src/storage/events/fixtures.ts';

const TOTAL = Number(process.argv[2] ?? 1_000_000);
const BATCH = Number(process.argv[3] ?? 10_000);
const WORKSPACE = 'bench';

interface Measure {
  readonly seconds: number;
  readonly eventsPerSecond: number;
}

async function measure(appendBatch: (events: EventRecord[]) => Promise<void>): Promise<Measure> {
  let elapsed = 0;
  for (let batch = 0; batch * BATCH < TOTAL; batch++) {
    const events = syntheticBatch(WORKSPACE, batch, Math.min(BATCH, TOTAL - batch * BATCH));
    const start = performance.now();
    await appendBatch(events);
    elapsed += performance.now() - start;
  }
  const seconds = elapsed / 1000;
  return { seconds: round(seconds), eventsPerSecond: Math.round(TOTAL / seconds) };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
const tz = (date: Date): DuckDBTimestampTZValue =>
  new DuckDBTimestampTZValue(BigInt(date.getTime()) * 1000n);

function appendRaw(appender: DuckDBAppender, seq: number, event: EventRecord): void {
  const nullable = (value: string | null): void =>
    value === null ? appender.appendNull() : appender.appendVarchar(value);
  appender.appendBigInt(BigInt(seq));
  appender.appendVarchar(event.workspaceId);
  appender.appendVarchar(event.messageId);
  appender.appendVarchar(event.type);
  nullable(event.event);
  nullable(event.userId);
  nullable(event.anonymousId);
  nullable(event.groupId);
  nullable(event.previousId);
  nullable(event.channel);
  appender.appendTimestampTZ(tz(event.timestamp));
  if (event.sentAt === null) appender.appendNull();
  else appender.appendTimestampTZ(tz(event.sentAt));
  appender.appendTimestampTZ(tz(event.receivedAt));
  appender.appendVarchar(JSON.stringify(event.properties));
  appender.appendVarchar(JSON.stringify(event.traits));
  appender.appendVarchar(JSON.stringify(event.context));
  appender.endRow();
}

async function baseline(): Promise<Measure> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE events_plain (
    seq BIGINT, workspace_id VARCHAR, message_id VARCHAR, type VARCHAR, event VARCHAR,
    user_id VARCHAR, anonymous_id VARCHAR, group_id VARCHAR, previous_id VARCHAR,
    channel VARCHAR, ts TIMESTAMPTZ, sent_at TIMESTAMPTZ, received_at TIMESTAMPTZ,
    properties JSON, traits JSON, context JSON)`);
  let seq = 0;
  const result = await measure(async (events) => {
    const appender = await connection.createAppender('events_plain');
    for (const event of events) appendRaw(appender, ++seq, event);
    appender.closeSync();
  });
  connection.closeSync();
  instance.closeSync();
  return result;
}

async function store(): Promise<Measure> {
  const events = await openDuckDbEventStore({ path: ':memory:' });
  let inserted = 0;
  const result = await measure(async (batch) => {
    inserted += (await events.append(batch)).inserted;
  });
  const stored = await events.count(WORKSPACE);
  await events.close();
  if (inserted !== TOTAL || stored !== TOTAL) {
    throw new Error(`expected ${TOTAL} events, inserted ${inserted}, stored ${stored}`);
  }
  return result;
}

const raw = await baseline();
const measured = await store();
process.stdout.write(
  `${JSON.stringify({
    name: 'events.append',
    events: TOTAL,
    batchSize: BATCH,
    ...measured,
    baseline: { name: 'duckdb.appender.plainTable', ...raw },
    overhead: round(measured.seconds / raw.seconds),
  })}\n`,
);
