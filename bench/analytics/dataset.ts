/**
 * The analytics benchmarks' data: simulated customers of the e-commerce template, with lower
 * abandonment so that 1,000,000 customers make about 10,000,000 events, fed through the
 * intake (`ingest`, identity links included) into a DuckDB file. Built once and reused while
 * the file says it holds the same dataset (size and seed), since building it takes minutes.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/intake.ts';
import type { WorkspaceModel } from '../../src/model/schema.ts';
import { buildTemplate } from '../../src/model/templates/index.ts';
import { simulate } from '../../src/simulate/generate.ts';
import { buildPlan } from '../../src/simulate/plan.ts';
import type { SegmentPayload } from '../../src/simulate/segment.ts';
import { openDuckDbEventStore } from '../../src/storage/events/duckdb.ts';
import type { EventStore } from '../../src/storage/events/port.ts';

export const WORKSPACE = 'bench-analytics';
const SEED = 2026;
const BATCH = 50_000;
const RANGE = { start: new Date('2025-01-01T00:00:00Z'), end: new Date('2026-01-01T00:00:00Z') };

export interface Dataset {
  readonly model: WorkspaceModel;
  readonly store: EventStore;
  readonly customers: number;
  readonly events: number;
  readonly buildSeconds: number | null;
}

/** The model is rebuilt identically every time: ids come from a counter. */
export function benchModel(): WorkspaceModel {
  let next = 0;
  return buildTemplate('ecommerce', 'en', () => `id-${++next}`);
}

export async function openDataset(customers: number): Promise<Dataset> {
  const dir = join(tmpdir(), 'parcours-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `analytics-${customers}-${SEED}.duckdb`);
  const marker = `${file}.done`;
  const model = benchModel();
  if (existsSync(marker)) {
    const store = await openDuckDbEventStore({ path: file });
    const { events } = JSON.parse(readFileSync(marker, 'utf8')) as { events: number };
    return { model, store, customers, events, buildSeconds: null };
  }
  rmSync(file, { force: true });
  rmSync(`${file}.wal`, { force: true });
  const started = performance.now();
  const store = await openDuckDbEventStore({ path: file });
  const plan = buildPlan(model, {
    abandonment: { enchantment: 0.04, neutral: 0.08, irritant: 0.16 },
  });
  const ctx = { events: store, now: () => RANGE.end };
  let batch: SegmentPayload[] = [];
  let events = 0;
  let done = 0;
  for (const customer of simulate(model, { seed: SEED, customers, ...RANGE, plan })) {
    batch.push(...customer.events);
    done++;
    if (batch.length >= BATCH) {
      events += (await ingest(ctx, WORKSPACE, batch)).accepted;
      batch = [];
      process.stderr.write(
        `\rbuilding the dataset: ${done.toLocaleString('en')} customers, ${events.toLocaleString('en')} events`,
      );
    }
  }
  if (batch.length > 0) events += (await ingest(ctx, WORKSPACE, batch)).accepted;
  process.stderr.write('\n');
  writeFileSync(marker, JSON.stringify({ events, customers }));
  return { model, store, customers, events, buildSeconds: (performance.now() - started) / 1000 };
}
