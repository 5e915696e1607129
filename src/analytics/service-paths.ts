/**
 * Paths, conformance and the measured map, named in the map's words (see ./service.ts for the
 * shared preparation: journey frame, rules, filters).
 */
import { ok, type Result } from '../shared/result.ts';
import { conformanceAnalysis, measuredMap, type PathLevel, pathAnalysis } from './analyses.ts';
import type * as s from './http-schemas.ts';
import type { JourneyFrame } from './journey-frame.ts';
import { END, START } from './paths-filter.ts';
import { type AnalyticsContext, prepare } from './service.ts';

export const DEFAULT_PATH_SHARE = 0.3;
export const DEFAULT_TOP_VARIANTS = 20;

/** Id and label of an item at a level. */
function describeItem(
  frame: JourneyFrame,
  level: PathLevel,
  item: number,
): { id: string; label: string } {
  if (item === START) return { id: 'start', label: 'Start' };
  if (item === END) return { id: 'end', label: 'End' };
  if (level === 'stage') {
    const stage = frame.stages[item];
    return { id: stage?.id ?? String(item), label: stage?.name ?? String(item) };
  }
  if (level === 'channel') {
    const channel = frame.channels[item];
    return { id: channel?.id ?? String(item), label: channel?.name ?? String(item) };
  }
  const id = frame.touchpointIds[item] ?? String(item);
  const touchpoint = frame.journey.touchpoints.find((candidate) => candidate.id === id);
  const channel = frame.channels[frame.placementOf(item).channel]?.name;
  const name = touchpoint?.name ?? id;
  return { id, label: channel === undefined ? name : `${name} (${channel})` };
}

export async function runPaths(
  ctx: AnalyticsContext,
  workspaceId: string,
  body: s.PathsBody,
): Promise<Result<s.PathsResponse>> {
  const prepared = await prepare(ctx, workspaceId, body);
  if (!prepared.ok) return prepared;
  const { frame, scope } = prepared.value;
  const level = body.level ?? 'touchpoint';
  const result = await pathAnalysis(ctx.events.analytics, scope, frame, {
    level,
    share: body.share ?? DEFAULT_PATH_SHARE,
    topVariants: body.topVariants ?? DEFAULT_TOP_VARIANTS,
  });
  const { graph } = result;
  const idOf = (item: number) => describeItem(frame, level, item).id;
  const arcOf = new Map(graph.arcs.map((arc) => [`${arc.from}>${arc.to}`, arc]));
  const nodes = [...graph.activities].map(([item, count]) => ({
    ...describeItem(frame, level, item),
    count,
    starts: graph.starts.get(item) ?? 0,
    ends: graph.ends.get(item) ?? 0,
  }));
  const edges = result.edges.map((edge) => {
    const arc = arcOf.get(`${edge.from}>${edge.to}`);
    const source = edge.from === START ? graph.customers : (graph.activities.get(edge.from) ?? 1);
    return {
      from: idOf(edge.from),
      to: idOf(edge.to),
      frequency: edge.frequency,
      customers: arc?.customers ?? edge.frequency,
      share: Math.min(1, edge.frequency / Math.max(1, source)),
      medianMs: arc?.medianMs ?? null,
    };
  });
  return ok({
    journeyId: frame.journey.id,
    level,
    customers: graph.customers,
    events: graph.events,
    nodes,
    edges,
    totalEdges: graph.arcs.length + graph.starts.size + graph.ends.size,
    variants: {
      distinct: result.variants.distinct,
      top: result.variants.top.map((variant) => ({
        path: variant.items.map((item) => describeItem(frame, level, item).label),
        customers: variant.customers,
        share: variant.share,
      })),
    },
  });
}

export async function runConformance(
  ctx: AnalyticsContext,
  workspaceId: string,
  body: s.ScopeBody,
): Promise<Result<s.ConformanceResponse>> {
  const prepared = await prepare(ctx, workspaceId, body);
  if (!prepared.ok) return prepared;
  const { frame, scope } = prepared.value;
  const { summary, switches } = await conformanceAnalysis(ctx.events.analytics, scope, frame);
  const stageId = (index: number) => frame.stages[index]?.id ?? '';
  const channelId = (index: number) => frame.channels[index]?.id ?? '';
  return ok({
    journeyId: frame.journey.id,
    customers: summary.customers,
    stages: frame.stages.map((stage, index) => ({
      id: stage.id,
      name: stage.name,
      reached: summary.reached[index] ?? 0,
      skipped: summary.skipped[index] ?? 0,
      medianMs: summary.medianStageMs[index] ?? null,
    })),
    channels: frame.channels.map((channel) => ({ id: channel.id, name: channel.name })),
    customersBacktracking: summary.customersBacktracking,
    backtracks: summary.backtracks,
    customersSwitching: summary.customersSwitching,
    switchMatrix: summary.switchMatrix.map((row) => [...row]),
    switches: switches.map((outcome) => ({
      stageId: stageId(outcome.stage),
      fromChannelId: channelId(outcome.fromChannel),
      toChannelId: channelId(outcome.toChannel),
      moves: outcome.moves,
      abandoned: outcome.abandoned,
      rate: outcome.rate,
      comparableMoves: outcome.comparableMoves,
      comparableRate: outcome.comparableRate,
      z: outcome.z,
      rupture: outcome.rupture,
    })),
  });
}

export async function runMeasuredMap(
  ctx: AnalyticsContext,
  workspaceId: string,
  body: s.ScopeBody,
): Promise<Result<s.MeasuredMapResponse>> {
  const prepared = await prepare(ctx, workspaceId, body);
  if (!prepared.ok) return prepared;
  const { frame, scope } = prepared.value;
  const map = await measuredMap(ctx.events.analytics, scope, frame);
  return ok({
    journeyId: frame.journey.id,
    customers: map.customers,
    touchpoints: map.touchpoints.map(({ item: _item, ...measure }) => measure),
  });
}
