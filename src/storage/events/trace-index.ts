/**
 * A trace index: every resolved customer's mapped events of a workspace, for one mapping
 * (rules, touchpoints analysed, conversion events), as flat typed arrays sorted by (customer,
 * timestamp, intake sequence). Built by one query over all time and kept while the store's
 * data do not change (ADR 0012), so that funnels, paths, conformance and attribution become
 * one pass over arrays instead of one identity-resolving, sorting query each. Pure: the
 * DuckDB builder is ./trace-index-duckdb.ts; filters and chunking are ./trace-index-serve.ts.
 */

export interface TraceIndex {
  /** Customers with at least one mapped event, in customer id order. */
  readonly customerIds: readonly string[];
  /** Customer c's events are [starts[c], starts[c + 1]); one more entry than customers. */
  readonly starts: Int32Array;
  readonly items: Int32Array;
  /** Milliseconds since the epoch. */
  readonly times: Float64Array;
  /** The event's channel, as a position in `channelNames`; −1 when it has none. */
  readonly channels: Int32Array;
  readonly channelNames: readonly string[];
  /** Conversion values (NaN for touchpoint events), when the index has conversions. */
  readonly values: Float64Array | null;
}

/** A Float64Array or Int32Array that doubles when full. */
class Growable<T extends Int32Array | Float64Array> {
  length = 0;
  constructor(
    private array: T,
    private readonly make: (size: number) => T,
  ) {}

  push(value: number): void {
    if (this.length === this.array.length) {
      const bigger = this.make(this.array.length * 2);
      bigger.set(this.array);
      this.array = bigger;
    }
    this.array[this.length++] = value;
  }

  pushAll(values: Int32Array | Float64Array): void {
    if (this.length + values.length > this.array.length) {
      const bigger = this.make(Math.max(this.array.length * 2, this.length + values.length));
      bigger.set(this.array.subarray(0, this.length));
      this.array = bigger;
    }
    this.array.set(values, this.length);
    this.length += values.length;
  }

  /** A copy of the filled part. */
  done(): T {
    return this.array.slice(0, this.length) as T;
  }
}

const ints = (size: number) => new Growable(new Int32Array(size), (n) => new Int32Array(n));
const doubles = (size: number) => new Growable(new Float64Array(size), (n) => new Float64Array(n));

/**
 * Receives the events in (customer, timestamp, sequence) order, customers given as positions
 * in `allCustomerIds` (every customer of the workspace, in id order); customers without events
 * are left out of the index.
 */
export class TraceIndexBuilder {
  readonly #customerIds: string[] = [];
  readonly #starts = ints(1024);
  readonly #items = ints(65_536);
  readonly #times = doubles(65_536);
  readonly #channels = ints(65_536);
  readonly #values: Growable<Float64Array> | null;
  #lastCustomer = -1;

  constructor(
    private readonly allCustomerIds: readonly string[],
    private readonly channelNames: readonly string[],
    withValues: boolean,
  ) {
    this.#values = withValues ? doubles(65_536) : null;
  }

  /** One result chunk's columns, rows in (customer, timestamp, sequence) order. */
  addColumns(
    customers: Int32Array,
    items: Int32Array,
    times: Float64Array,
    channels: Int32Array,
    values: Float64Array,
  ): void {
    const offset = this.#items.length;
    for (let row = 0; row < customers.length; row++) {
      const customer = customers[row] ?? 0;
      if (customer === this.#lastCustomer) continue;
      if (customer < this.#lastCustomer) throw new Error('trace index: customers out of order');
      this.#lastCustomer = customer;
      this.#customerIds.push(this.allCustomerIds[customer] ?? String(customer));
      this.#starts.push(offset + row);
    }
    this.#items.pushAll(items);
    this.#times.pushAll(times);
    this.#channels.pushAll(channels);
    this.#values?.pushAll(values);
  }

  finish(): TraceIndex {
    this.#starts.push(this.#items.length);
    return {
      customerIds: this.#customerIds,
      starts: this.#starts.done(),
      items: this.#items.done(),
      times: this.#times.done(),
      channels: this.#channels.done(),
      channelNames: this.channelNames,
      values: this.#values?.done() ?? null,
    };
  }
}

/** Bytes an index holds, to bound the cache (customer ids counted at ~64 bytes each). */
export function indexBytes(index: TraceIndex): number {
  const events = index.items.length;
  return events * (4 + 8 + 4 + (index.values === null ? 0 : 8)) + index.customerIds.length * 68;
}
