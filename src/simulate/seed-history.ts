/**
 * Feeds simulated customers of a workspace's map through the intake, batch by
 * batch — the same code path as the tracking API — and reports progress.
 */
import { type IntakeContext, ingest } from '../ingest/intake.ts';
import type { WorkspaceModel } from '../model/schema.ts';
import { simulate } from './generate.ts';
import type { SegmentPayload } from './segment.ts';

export interface SeedOptions {
  readonly seed: number;
  readonly customers: number;
  readonly start: Date;
  readonly end: Date;
  /** Called after each stored batch with the customers simulated and events stored so far. */
  readonly onProgress?: (done: { customers: number; events: number }) => void;
}

export interface SeedResult {
  readonly events: number;
  readonly duplicates: number;
  readonly rejected: number;
}

const BATCH_SIZE = 10_000;

export async function seedHistory(
  ctx: IntakeContext,
  workspaceId: string,
  model: WorkspaceModel,
  options: SeedOptions,
): Promise<SeedResult> {
  let events = 0;
  let duplicates = 0;
  let rejected = 0;
  let customers = 0;
  let batch: SegmentPayload[] = [];
  const flush = async () => {
    const result = await ingest(ctx, workspaceId, batch);
    events += result.accepted;
    duplicates += result.duplicates;
    rejected += result.rejected.length;
    batch = [];
    options.onProgress?.({ customers, events });
  };
  const { onProgress: _onProgress, ...simulation } = options;
  for (const customer of simulate(model, simulation)) {
    customers++;
    batch.push(...customer.events);
    if (batch.length >= BATCH_SIZE) await flush();
  }
  if (batch.length > 0) await flush();
  return { events, duplicates, rejected };
}
