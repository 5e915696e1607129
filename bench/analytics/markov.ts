/**
 * Markov attribution for the analytics benchmark: through Parcours (journeys from the trace
 * index, ./../../src/analytics/attribution/collect.ts) and through the SQL baseline's paths
 * (bench/baselines/markov-paths.sql), both solved by the same exact solver, and a check that
 * both give every channel the same credit.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { TraceScope } from '../../src/analytics/analyses.ts';
import { collectJourneys } from '../../src/analytics/attribution/collect.ts';
import type { Journey } from '../../src/analytics/attribution/journeys.ts';
import { type MarkovResult, markovAttribution } from '../../src/analytics/attribution/markov.ts';
import type { JourneyFrame } from '../../src/analytics/journey-frame.ts';
import type { AnalyticsQueries } from '../../src/storage/events/analytics-port.ts';
import { runBaselineRows } from './baselines.ts';

export const CONVERSIONS = { events: ['Order Completed'], valueProperty: 'revenue' };

export async function parcoursMarkov(
  queries: AnalyticsQueries,
  scope: TraceScope,
  frame: JourneyFrame,
  order: number,
): Promise<MarkovResult> {
  const options = { level: 'channel' as const, conversions: CONVERSIONS };
  const collector = await collectJourneys(queries, scope, frame, options);
  return markovAttribution(collector.aggregated(), order);
}

export async function baselineMarkov(
  connection: DuckDBConnection,
  scope: TraceScope,
  frame: JourneyFrame,
  order: number,
): Promise<MarkovResult> {
  const rows = await runBaselineRows(
    connection,
    'markov-paths',
    scope.workspaceId,
    scope.rules,
    frame,
    CONVERSIONS.events,
  );
  const channelId = (index: string) => frame.channels[Number(index)]?.id ?? index;
  const journeys: Journey[] = rows.map(([path, conversions, value, nulls]) => ({
    touches: String(path).split('>').map(channelId),
    conversions: Number(conversions),
    value: Number(value),
    nulls: Number(nulls),
  }));
  return markovAttribution(journeys, order);
}

/** The largest difference in credited conversions between two results, over channels. */
export function largestDifference(a: MarkovResult, b: MarkovResult): number {
  let largest = 0;
  for (const channel of new Set([...a.credits.keys(), ...b.credits.keys()])) {
    const left = a.credits.get(channel)?.conversions ?? 0;
    const right = b.credits.get(channel)?.conversions ?? 0;
    largest = Math.max(largest, Math.abs(left - right));
  }
  return largest;
}
