/**
 * Serves a trace query from a trace index (./trace-index.ts): the port's filters and
 * breakdowns applied over the arrays, customers handed over in chunks of whole customers.
 * Without filters a chunk is a view of the index (nothing copied); with filters the kept
 * events are copied, and customers left with no event are dropped, as the query says.
 */
import { NO_BREAKDOWN_VALUE, type TraceChunk, type TraceTotals } from './analytics-port.ts';
import type { TraceIndex } from './trace-index.ts';

/** Events per chunk handed to the visitor (a customer is never split across chunks). */
export const TRACE_CHUNK_EVENTS = 65_536;

export interface ServeOptions {
  /** Events with from ≤ time < to (ms). */
  readonly from: number;
  readonly to: number;
  /** Channel positions kept (in `index.channelNames`); null: every event. */
  readonly channels: ReadonlySet<number> | null;
  /** Whether customer c (position in the index) is analysed; null: all. */
  readonly customer: ((c: number) => boolean) | null;
  /** The breakdown value of customer c, given their first channel in the period. */
  readonly breakdown: ((c: number, firstChannel: string | null) => string) | null;
}

type Visit = (chunk: TraceChunk) => void | Promise<void>;

/** Whether a query narrows nothing, so that chunks can be views of the index. */
const unfiltered = (options: ServeOptions): boolean =>
  options.from === Number.NEGATIVE_INFINITY &&
  options.to === Number.POSITIVE_INFINITY &&
  options.channels === null &&
  options.customer === null;

/** The first channel, in time order, among customer c's events of the period. */
function firstChannel(index: TraceIndex, c: number, options: ServeOptions): string | null {
  const end = index.starts[c + 1] ?? 0;
  for (let i = index.starts[c] ?? 0; i < end; i++) {
    const time = index.times[i] ?? 0;
    const channel = index.channels[i] ?? -1;
    if (time >= options.from && time < options.to && channel >= 0) {
      return index.channelNames[channel] ?? null;
    }
  }
  return null;
}

function breakdownOf(index: TraceIndex, c: number, options: ServeOptions): string {
  if (options.breakdown === null) return NO_BREAKDOWN_VALUE;
  return options.breakdown(c, firstChannel(index, c, options));
}

/** Customers [first, last) as a view of the index. */
function viewChunk(index: TraceIndex, first: number, last: number, options: ServeOptions) {
  const breakdown: string[] = [];
  if (options.breakdown !== null) {
    for (let c = first; c < last; c++) breakdown.push(breakdownOf(index, c, options));
  }
  return {
    customerIds: index.customerIds.slice(first, last),
    breakdown: options.breakdown === null ? null : breakdown,
    starts: index.starts.subarray(first, last + 1),
    items: index.items,
    times: index.times,
    values: index.values,
  };
}

/** The kept events of customers [first, last), copied. */
function filteredChunk(index: TraceIndex, first: number, last: number, options: ServeOptions) {
  const size = (index.starts[last] ?? 0) - (index.starts[first] ?? 0);
  const items = new Int32Array(size);
  const times = new Float64Array(size);
  const values = index.values === null ? null : new Float64Array(size);
  const customerIds: string[] = [];
  const breakdown: string[] = [];
  const starts: number[] = [];
  let kept = 0;
  for (let c = first; c < last; c++) {
    if (options.customer !== null && !options.customer(c)) continue;
    const before = kept;
    const end = index.starts[c + 1] ?? 0;
    for (let i = index.starts[c] ?? 0; i < end; i++) {
      const time = index.times[i] ?? 0;
      if (time < options.from || time >= options.to) continue;
      if (options.channels !== null && !options.channels.has(index.channels[i] ?? -1)) continue;
      items[kept] = index.items[i] ?? 0;
      times[kept] = time;
      if (values !== null) values[kept] = index.values?.[i] ?? Number.NaN;
      kept++;
    }
    if (kept === before) continue;
    customerIds.push(index.customerIds[c] ?? '');
    starts.push(before);
    if (options.breakdown !== null) breakdown.push(breakdownOf(index, c, options));
  }
  starts.push(kept);
  return {
    customerIds,
    breakdown: options.breakdown === null ? null : breakdown,
    starts: Int32Array.from(starts),
    items: items.subarray(0, kept),
    times: times.subarray(0, kept),
    values: values?.subarray(0, kept) ?? null,
  };
}

/** Hands the index's customers to `visit` as the options say; the totals of what was handed. */
export async function serveTraces(
  index: TraceIndex,
  options: ServeOptions,
  visit: Visit,
): Promise<TraceTotals> {
  const totals = { customers: 0, events: 0 };
  const view = unfiltered(options);
  const customers = index.customerIds.length;
  for (let first = 0; first < customers; ) {
    let last = first + 1;
    const limit = (index.starts[first] ?? 0) + TRACE_CHUNK_EVENTS;
    while (last < customers && (index.starts[last + 1] ?? 0) <= limit) last++;
    const chunk: TraceChunk = view
      ? viewChunk(index, first, last, options)
      : filteredChunk(index, first, last, options);
    first = last;
    if (chunk.customerIds.length === 0) continue;
    totals.customers += chunk.customerIds.length;
    totals.events += (chunk.starts.at(-1) ?? 0) - (chunk.starts[0] ?? 0);
    await visit(chunk);
  }
  return totals;
}
