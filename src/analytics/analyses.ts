/**
 * The journey analyses, each one pass over the per-customer traces the event store streams
 * (src/storage/events/analytics-port.ts), fed to the pure accumulators of this folder. No SQL
 * and no HTTP here: the store gives traces, this module gives figures.
 */
import type {
  AnalyticsQueries,
  TraceChunk,
  TraceQuery,
  TraceTotals,
} from '../storage/events/analytics-port.ts';
import { ConformanceAccumulator, type ConformanceSummary } from './conformance.ts';
import { type FunnelDefinition, type FunnelMode, funnelLevel } from './funnel.ts';
import { FunnelAccumulator, type FunnelFigures } from './funnel-report.ts';
import type { JourneyFrame } from './journey-frame.ts';
import { type DirectlyFollowsGraph, PathAccumulator, type Variant } from './paths.ts';
import { type Edge, edgesOf, filterByPathShare } from './paths-filter.ts';
import { RuptureAccumulator, type SwitchOutcome } from './ruptures.ts';
import { type TouchpointMeasure, TouchpointMeasures } from './touchpoint-measures.ts';

/** The trace query of an analysis, without the items (the frame gives them). */
export type TraceScope = Omit<TraceQuery, 'touchpointIds'>;

type Visit = (items: Int32Array, times: Float64Array, breakdown: string | undefined) => void;

/** Runs `visit` on every customer's trace. */
async function eachCustomer(
  queries: AnalyticsQueries,
  scope: TraceScope,
  frame: JourneyFrame,
  visit: Visit,
): Promise<TraceTotals> {
  return queries.forEachTrace(
    { ...scope, touchpointIds: frame.touchpointIds },
    (chunk: TraceChunk) => {
      for (let c = 0; c < chunk.customerIds.length; c++) {
        const start = chunk.starts[c] ?? 0;
        const end = chunk.starts[c + 1] ?? start;
        visit(
          chunk.items.subarray(start, end),
          chunk.times.subarray(start, end),
          chunk.breakdown?.[c],
        );
      }
    },
  );
}

export type FunnelStep =
  | { readonly kind: 'stage'; readonly stageId: string }
  | { readonly kind: 'touchpoints'; readonly touchpointIds: readonly string[] };

export interface FunnelSpec {
  readonly steps: readonly FunnelStep[];
  readonly mode: FunnelMode;
  readonly windowMs: number;
  /** Touchpoints that end a chain in progress (exclusions). */
  readonly excludedTouchpointIds?: readonly string[];
}

export interface FunnelResult {
  readonly figures: FunnelFigures;
  readonly breakdown: { readonly value: string; readonly figures: FunnelFigures }[];
}

/** The steps each item matches, from the spec's stages and touchpoints. */
function stepsByItem(frame: JourneyFrame, steps: readonly FunnelStep[]): number[][] {
  return frame.touchpointIds.map((touchpointId, item) =>
    steps.flatMap((step, index) => {
      if (step.kind === 'touchpoints')
        return step.touchpointIds.includes(touchpointId) ? [index] : [];
      const stage = frame.stages[frame.placementOf(item).stage];
      return stage?.id === step.stageId ? [index] : [];
    }),
  );
}

export async function funnelAnalysis(
  queries: AnalyticsQueries,
  scope: TraceScope,
  frame: JourneyFrame,
  spec: FunnelSpec,
): Promise<FunnelResult> {
  const byItem = stepsByItem(frame, spec.steps);
  const excluded = new Set(
    (spec.excludedTouchpointIds ?? []).map((id) => frame.touchpointIds.indexOf(id)),
  );
  const definition: FunnelDefinition = {
    stepCount: spec.steps.length,
    stepsOf: (item) => byItem[item] ?? [],
    windowMs: spec.windowMs,
    mode: spec.mode,
    excluded: (item) => excluded.has(item),
  };
  const funnel = new FunnelAccumulator(spec.steps.length);
  await eachCustomer(queries, scope, frame, (items, times, breakdown) => {
    funnel.add(funnelLevel({ items, times }, definition), breakdown);
  });
  return { figures: funnel.figures(), breakdown: funnel.breakdown() };
}

export type PathLevel = 'touchpoint' | 'stage' | 'channel';

export interface PathResult {
  readonly level: PathLevel;
  readonly graph: DirectlyFollowsGraph;
  /** Edges kept at the requested share (START = −1, END = −2), most frequent first. */
  readonly edges: readonly Edge[];
  readonly variants: { readonly distinct: number; readonly top: Variant[] };
}

/**
 * The directly-follows graph and variants at the touchpoint, stage or channel level. At the
 * stage and channel levels consecutive events in the same stage (channel) are one step, so the
 * graph shows moves between stages (channels), not activity within one.
 */
export async function pathAnalysis(
  queries: AnalyticsQueries,
  scope: TraceScope,
  frame: JourneyFrame,
  options: { readonly level: PathLevel; readonly share: number; readonly topVariants: number },
): Promise<PathResult> {
  const paths = new PathAccumulator();
  const project = (item: number) =>
    options.level === 'stage'
      ? frame.placementOf(item).stage
      : options.level === 'channel'
        ? frame.placementOf(item).channel
        : item;
  await eachCustomer(queries, scope, frame, (items, times) => {
    if (options.level === 'touchpoint') return paths.add(items, times);
    const projected: number[] = [];
    const at: number[] = [];
    items.forEach((item, index) => {
      const value = project(item);
      if (projected.at(-1) === value) return;
      projected.push(value);
      at.push(times[index] ?? 0);
    });
    paths.add(projected, at);
  });
  const graph = paths.graph();
  return {
    level: options.level,
    graph,
    edges: filterByPathShare(edgesOf(graph), options.share),
    variants: paths.variants(options.topVariants),
  };
}

export interface ConformanceResult {
  readonly summary: ConformanceSummary;
  readonly switches: SwitchOutcome[];
}

export async function conformanceAnalysis(
  queries: AnalyticsQueries,
  scope: TraceScope,
  frame: JourneyFrame,
): Promise<ConformanceResult> {
  const { placementOf } = frame;
  const conformance = new ConformanceAccumulator(
    placementOf,
    frame.stages.length,
    frame.channels.length,
  );
  const ruptures = new RuptureAccumulator(placementOf, frame.stages.length);
  await eachCustomer(queries, scope, frame, (items, times) => {
    conformance.add(items, times);
    ruptures.add(items);
  });
  return { summary: conformance.summary(), switches: ruptures.outcomes() };
}

export interface MeasuredMap {
  readonly customers: number;
  readonly touchpoints: readonly (TouchpointMeasure & { readonly touchpointId: string })[];
}

export async function measuredMap(
  queries: AnalyticsQueries,
  scope: TraceScope,
  frame: JourneyFrame,
): Promise<MeasuredMap> {
  const measures = new TouchpointMeasures(frame.placementOf, frame.stages.length);
  await eachCustomer(queries, scope, frame, (items, times) => measures.add(items, times));
  return {
    customers: measures.customers,
    touchpoints: measures.measures().map((measure) => ({
      ...measure,
      touchpointId: frame.touchpointIds[measure.item] ?? '',
    })),
  };
}
