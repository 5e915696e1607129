/**
 * The whole measuring chain against the simulator's ground truth: simulated customers go
 * through the intake into a real DuckDB store, are resolved by the identity graph, mapped by the
 * default rules and streamed as traces; the analyses must find exactly the paths the simulator
 * walked (same arcs, same counts, same funnel levels).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../ingest/intake.ts';
import { defaultRulesFor } from '../mapping/defaults.ts';
import { buildTemplate } from '../model/templates/index.ts';
import { type SimulatedCustomer, simulate } from '../simulate/generate.ts';
import { openDuckDbEventStore } from '../storage/events/duckdb.ts';
import type { EventStore } from '../storage/events/port.ts';
import { funnelAnalysis, measuredMap, pathAnalysis } from './analyses.ts';
import { funnelLevel } from './funnel.ts';
import { type JourneyFrame, journeyFrame } from './journey-frame.ts';
import { PathAccumulator } from './paths.ts';

let next = 0;
const model = buildTemplate('ecommerce', 'en', () => `id-${++next}`);
const range = { start: new Date('2025-01-01T00:00:00Z'), end: new Date('2025-07-01T00:00:00Z') };
const customers = [...simulate(model, { seed: 7, customers: 3_000, ...range })];
const WORKSPACE = 'ws-analyses';
const rules = defaultRulesFor(model);
let store: EventStore;

beforeAll(async () => {
  store = await openDuckDbEventStore({ path: ':memory:' });
  const ctx = { events: store, now: () => range.end };
  const payloads = customers.flatMap((customer) => customer.events);
  for (let start = 0; start < payloads.length; start += 10_000) {
    const result = await ingest(ctx, WORKSPACE, payloads.slice(start, start + 10_000));
    expect(result.rejected).toEqual([]);
  }
}, 120_000);
afterAll(() => store.close());

/** The journey walked by most simulated customers, and its customers' ground-truth paths. */
function busiestJourney(): { frame: JourneyFrame; walked: SimulatedCustomer[] } {
  const byJourney = new Map<string, SimulatedCustomer[]>();
  for (const customer of customers) {
    const journey = model.journeys.find((j) =>
      j.touchpoints.some((t) => t.id === customer.path[0]?.touchpointId),
    );
    if (journey !== undefined)
      byJourney.set(journey.id, [...(byJourney.get(journey.id) ?? []), customer]);
  }
  const [journeyId, walked] = [...byJourney].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
  const frame = journeyFrame(model, journeyId ?? '');
  if (frame === null || walked === undefined) throw new Error('no journey walked');
  return { frame, walked };
}

describe('analyses measure what the simulator walked', () => {
  const { frame, walked } = busiestJourney();
  const scope = { workspaceId: WORKSPACE, rules };
  const itemOf = (touchpointId: string) => frame.touchpointIds.indexOf(touchpointId);

  it('finds every customer and every arc of the directly-follows graph, with their counts', async () => {
    const truth = new PathAccumulator();
    for (const customer of walked) {
      truth.add(
        customer.path.map((step) => itemOf(step.touchpointId)),
        customer.path.map((step) => step.at.getTime()),
      );
    }
    const measured = await pathAnalysis(store.analytics, scope, frame, {
      level: 'touchpoint',
      share: 1,
      topVariants: 10,
    });
    const expected = truth.graph();
    expect(measured.graph.customers).toBe(expected.customers);
    expect(measured.graph.events).toBe(expected.events);
    const arcs = (graph: typeof expected) =>
      graph.arcs.map((a) => [a.from, a.to, a.frequency, a.customers]);
    expect(arcs(measured.graph)).toEqual(arcs(expected));
    expect(measured.variants).toEqual(truth.variants(10));
  });

  it('gives each customer the funnel level of their ground-truth path', async () => {
    const stages = model.stages
      .slice(0, 4)
      .map((stage) => ({ kind: 'stage' as const, stageId: stage.id }));
    const spec = { steps: stages, mode: 'ordered' as const, windowMs: 30 * 86_400_000 };
    const measured = await funnelAnalysis(store.analytics, scope, frame, spec);
    const stageOfItem = frame.touchpointIds.map((_, item) => frame.placementOf(item).stage);
    const counts = new Array<number>(stages.length).fill(0);
    for (const customer of walked) {
      const items = customer.path.map((step) => itemOf(step.touchpointId));
      const { level } = funnelLevel(
        { items, times: customer.path.map((step) => step.at.getTime()) },
        {
          stepCount: stages.length,
          stepsOf: (item) => {
            const stage = stageOfItem[item] ?? -1;
            return stage < stages.length ? [stage] : [];
          },
          windowMs: spec.windowMs,
          mode: 'ordered',
        },
      );
      for (let step = 0; step < level; step++) counts[step] = (counts[step] ?? 0) + 1;
    }
    expect(measured.figures.steps.map((step) => step.customers)).toEqual(counts);
    expect(counts[0]).toBeGreaterThan(100);
    expect(counts.at(-1)).toBeLessThan(counts[0] ?? 0);
  });

  it('measures each touchpoint’s reach on the map', async () => {
    const map = await measuredMap(store.analytics, scope, frame);
    expect(map.customers).toBe(walked.length);
    for (const measure of map.touchpoints) {
      const reach = walked.filter((customer) =>
        customer.path.some((step) => step.touchpointId === measure.touchpointId),
      ).length;
      expect(measure.reach, measure.touchpointId).toBe(reach);
    }
  });
});
