/**
 * The attribution journeys of a workspace: one pass over the customers' traces with their
 * conversion events (src/storage/events/analytics-port.ts), touches named by channel or by
 * touchpoint, gathered by ./from-traces.ts.
 */
import type { AnalyticsQueries, TraceChunk } from '../../storage/events/analytics-port.ts';
import type { TraceScope } from '../analyses.ts';
import type { JourneyFrame } from '../journey-frame.ts';
import { JourneyCollector } from './from-traces.ts';

export type AttributionLevel = 'channel' | 'touchpoint';

export interface JourneyOptions {
  readonly level: AttributionLevel;
  readonly conversions: { readonly events: readonly string[]; readonly valueProperty: string };
}

export async function collectJourneys(
  queries: AnalyticsQueries,
  scope: TraceScope,
  frame: JourneyFrame,
  options: JourneyOptions,
): Promise<JourneyCollector> {
  const touchOf = (item: number): string => {
    if (options.level === 'touchpoint') return frame.touchpointIds[item] ?? String(item);
    return frame.channels[frame.placementOf(item).channel]?.id ?? String(item);
  };
  const collector = new JourneyCollector(touchOf);
  await queries.forEachTrace(
    { ...scope, touchpointIds: frame.touchpointIds, conversions: options.conversions },
    (chunk: TraceChunk) => {
      for (let c = 0; c < chunk.customerIds.length; c++) {
        const start = chunk.starts[c] ?? 0;
        const end = chunk.starts[c + 1] ?? start;
        collector.add(
          chunk.items.subarray(start, end),
          chunk.times.subarray(start, end),
          chunk.values?.subarray(start, end) ?? [],
        );
      }
    },
  );
  return collector;
}
