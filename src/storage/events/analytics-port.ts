/**
 * What journey analytics asks of the event store: every customer's trace — their mapped events
 * in (timestamp, intake sequence) order — streamed in chunks so that funnels, paths and
 * conformance are evaluated in one pass over per-customer time-sorted sequences (the design
 * that carries over to ClickHouse: `ORDER BY customer, ts` then `groupArray`).
 *
 * Events are mapped to touchpoints at query time by the workspace's rules (src/mapping) and
 * resolved to customers through the identity graph; unmapped and unresolved events are left
 * out. Items are indexes into `TraceQuery.touchpointIds`.
 */
import type { MappingRule } from '../../mapping/rules.ts';

/** Which customers and events a trace query covers; every filter is optional (AND). */
export interface TraceFilters {
  /** Events with `from <= timestamp < to`. */
  readonly from?: Date;
  readonly to?: Date;
  /** Customers whose latest `persona` trait is one of these (persona names or ids). */
  readonly personas?: readonly string[];
  /** Only events on these channels (lower-case keys). */
  readonly channels?: readonly string[];
  /** Customers whose latest value of a trait equals one of the values. */
  readonly trait?: { readonly name: string; readonly values: readonly string[] };
}

/** The value each customer gets for a breakdown; customers without one get `(none)`. */
export type TraceBreakdown =
  | { readonly by: 'persona' }
  | { readonly by: 'first-channel' }
  | { readonly by: 'trait'; readonly name: string };

export const NO_BREAKDOWN_VALUE = '(none)';

export interface TraceQuery {
  readonly workspaceId: string;
  readonly rules: readonly MappingRule[];
  /** The touchpoints analysed, in item order: item i is touchpointIds[i]. */
  readonly touchpointIds: readonly string[];
  readonly filters?: TraceFilters;
  readonly breakdown?: TraceBreakdown;
  /**
   * Conversion events to include in the traces as items `CONVERSION_ITEM`, with their value
   * (the numeric property `valueProperty`, 0 when absent) in `TraceChunk.values`.
   */
  readonly conversions?: { readonly events: readonly string[]; readonly valueProperty: string };
}

/** The item of a conversion event in a trace (touchpoint items are ≥ 0). */
export const CONVERSION_ITEM = -2;

/**
 * A chunk of whole customers: customer c's events are items[starts[c] … starts[c + 1]) with
 * their times (ms since the epoch); `starts` has one more entry than `customerIds`. The
 * arrays may be views of a larger store (`starts[0]` need not be 0): read only the ranges
 * `starts` gives, and copy what must outlive `visit`.
 */
export interface TraceChunk {
  readonly customerIds: readonly string[];
  readonly breakdown: readonly string[] | null;
  readonly starts: Int32Array;
  readonly items: Int32Array;
  readonly times: Float64Array;
  /** With `conversions`: each event's value (NaN for touchpoint events); null otherwise. */
  readonly values: Float64Array | null;
}

export interface TraceTotals {
  readonly customers: number;
  readonly events: number;
}

/** What lifecycle rules look at: every event of each customer, mapped or not. */
export interface HistoryQuery {
  readonly workspaceId: string;
  readonly rules: readonly MappingRule[];
  readonly touchpointIds: readonly string[];
  /** Event names reported by position in `HistoryChunk.names` (others are −1). */
  readonly names: readonly string[];
  /** Numeric property read for the named events (e.g. `score`), NaN when absent. */
  readonly valueProperty: string;
  /** Only events before this instant. */
  readonly until?: Date;
}

/** Whole customers, like `TraceChunk`, with every event and what lifecycle rules need of it. */
export interface HistoryChunk {
  readonly customerIds: readonly string[];
  readonly starts: Int32Array;
  /** Touchpoint item, −1 when the event maps to none. */
  readonly items: Int32Array;
  readonly times: Float64Array;
  /** Position of the event's name in `HistoryQuery.names`, −1 for other events. */
  readonly names: Int32Array;
  /** 1 when the event carries a user id. */
  readonly identified: Uint8Array;
  readonly values: Float64Array;
}

export interface AnalyticsQueries {
  /** Every resolved customer's events (mapped or not), in chunks of whole customers. */
  forEachHistory(
    query: HistoryQuery,
    visit: (chunk: HistoryChunk) => void | Promise<void>,
  ): Promise<TraceTotals>;

  /**
   * Hands every matching customer's trace to `visit`, in chunks of whole customers, ordered by
   * customer; the next chunk is read once `visit` has returned (or its promise resolved).
   */
  forEachTrace(
    query: TraceQuery,
    visit: (chunk: TraceChunk) => void | Promise<void>,
  ): Promise<TraceTotals>;
}
