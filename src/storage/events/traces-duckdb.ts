/**
 * DuckDB implementation of the analytics queries (./analytics-port.ts). Traces are served from
 * a trace index (./trace-index.ts) of the workspace's mapping, built by one query and kept
 * while the store's generation (bumped by every write) says the data are unchanged (ADR
 * 0012); the query's filters and breakdowns are applied over the index. Histories are streamed
 * from their own query (./history-duckdb.ts).
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import {
  type AnalyticsQueries,
  type HistoryChunk,
  type HistoryQuery,
  NO_BREAKDOWN_VALUE,
  type TraceChunk,
  type TraceQuery,
  type TraceTotals,
} from './analytics-port.ts';
import { assertWorkspaceId } from './contract.ts';
import { forEachHistory } from './history-duckdb.ts';
import { indexBytes, type TraceIndex } from './trace-index.ts';
import { GenerationCache } from './trace-index-cache.ts';
import { buildTraceIndex, latestTraits } from './trace-index-duckdb.ts';
import { type ServeOptions, serveTraces } from './trace-index-serve.ts';

type ReadOn = <T>(task: (connection: DuckDBConnection) => Promise<T>) => Promise<T>;
type Traits = Map<string, (string | null)[]>;

/** Memory the trace indexes may keep (a 10M-event index takes ≈ 200 MB). */
const INDEX_BUDGET_BYTES = 1_200_000_000;
const TRAITS_BUDGET_BYTES = 200_000_000;

/** The trait names a query's filters and breakdown read, in a fixed order. */
function traitNames(query: TraceQuery): string[] {
  const names = new Set<string>();
  if (query.filters?.personas !== undefined) names.add('persona');
  if (query.filters?.trait !== undefined) names.add(query.filters.trait.name);
  if (query.breakdown?.by === 'persona') names.add('persona');
  if (query.breakdown?.by === 'trait') names.add(query.breakdown.name);
  return [...names].sort();
}

/** The serve options of a query over an index, traits read as given. */
function serveOptions(query: TraceQuery, index: TraceIndex, traits: Traits): ServeOptions {
  const filters = query.filters ?? {};
  const names = traitNames(query);
  const traitOf = (c: number, name: string): string | null =>
    traits.get(index.customerIds[c] ?? '')?.[names.indexOf(name)] ?? null;
  const { personas, trait } = filters;
  const customer =
    personas === undefined && trait === undefined
      ? null
      : (c: number) =>
          (personas === undefined || personas.includes(traitOf(c, 'persona') ?? '\u0000')) &&
          (trait === undefined || trait.values.includes(traitOf(c, trait.name) ?? '\u0000'));
  const breakdown = query.breakdown;
  return {
    from: filters.from?.getTime() ?? Number.NEGATIVE_INFINITY,
    to: filters.to?.getTime() ?? Number.POSITIVE_INFINITY,
    channels:
      filters.channels === undefined
        ? null
        : new Set(filters.channels.map((channel) => index.channelNames.indexOf(channel))),
    customer,
    breakdown:
      breakdown === undefined
        ? null
        : (c, firstChannel) =>
            (breakdown.by === 'first-channel'
              ? firstChannel
              : traitOf(c, breakdown.by === 'persona' ? 'persona' : breakdown.name)) ??
            NO_BREAKDOWN_VALUE,
  };
}

export class DuckDbAnalyticsQueries implements AnalyticsQueries {
  readonly #indexes = new GenerationCache<TraceIndex>(INDEX_BUDGET_BYTES, indexBytes);
  readonly #traits = new GenerationCache<Traits>(TRAITS_BUDGET_BYTES, (map) => map.size * 120);

  constructor(
    private readonly read: ReadOn,
    /** The store's write generation for a workspace (./duckdb-writer.ts). */
    private readonly generation: (workspaceId: string) => number,
  ) {}

  forEachHistory(
    query: HistoryQuery,
    visit: (chunk: HistoryChunk) => void | Promise<void>,
  ): Promise<TraceTotals> {
    return this.read((connection) => forEachHistory(connection, query, visit));
  }

  async forEachTrace(
    query: TraceQuery,
    visit: (chunk: TraceChunk) => void | Promise<void>,
  ): Promise<TraceTotals> {
    assertWorkspaceId(query.workspaceId);
    const { workspaceId, rules, touchpointIds, conversions } = query;
    const generation = this.generation(workspaceId);
    const mapping = { workspaceId, rules, touchpointIds, ...(conversions && { conversions }) };
    const index = await this.#indexes.get(
      GenerationCache.keyOf([workspaceId, rules, touchpointIds, conversions ?? null]),
      generation,
      () => this.read((c) => buildTraceIndex(c, mapping)),
    );
    const names = traitNames(query);
    const traits =
      names.length === 0
        ? new Map()
        : await this.#traits.get(GenerationCache.keyOf([workspaceId, names]), generation, () =>
            this.read((c) => latestTraits(c, workspaceId, names)),
          );
    return serveTraces(index, serveOptions(query, index, traits), visit);
  }

  /** Forgets every index (the store is closing). */
  clear(): void {
    this.#indexes.clear();
    this.#traits.clear();
  }
}
