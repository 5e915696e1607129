/**
 * Paths in process-mining terms (../shared/REFERENCE.md §3): the directly-follows graph of a
 * population's traces and its variants, accumulated one customer at a time in one pass. Pure.
 *
 * A trace here is the customer's mapped items in (timestamp, sequence) order; unmapped events
 * are left out before (they are not part of the journey). Items are small integers (touchpoint,
 * stage or channel indexes), so arcs are keyed `from * SIZE + to` in plain maps.
 * Σ arcs = events − customers: every customer adds one start and one end, not arcs.
 */
import { DurationSketch } from './duration-sketch.ts';

/** Arc keys pack two items below this bound. */
const SIZE = 1 << 20;

export interface Arc {
  readonly from: number;
  readonly to: number;
  /** Times `from` was directly followed by `to`, over all customers and positions. */
  readonly frequency: number;
  /** Customers with the arc at least once. */
  readonly customers: number;
  /** `frequency` / occurrences of `from`. */
  readonly share: number;
  /** Median time between the two events, ms (within 2 %). */
  readonly medianMs: number | null;
}

export interface DirectlyFollowsGraph {
  readonly customers: number;
  readonly events: number;
  readonly activities: ReadonlyMap<number, number>;
  readonly starts: ReadonlyMap<number, number>;
  readonly ends: ReadonlyMap<number, number>;
  readonly arcs: readonly Arc[];
}

export interface Variant {
  readonly items: readonly number[];
  readonly customers: number;
  readonly share: number;
}

const bump = (map: Map<number, number>, key: number, by = 1): void => {
  map.set(key, (map.get(key) ?? 0) + by);
};

export class PathAccumulator {
  #customers = 0;
  #events = 0;
  readonly #activities = new Map<number, number>();
  readonly #starts = new Map<number, number>();
  readonly #ends = new Map<number, number>();
  readonly #arcCounts = new Map<number, number>();
  readonly #arcCustomers = new Map<number, number>();
  readonly #arcTimes = new Map<number, DurationSketch>();
  readonly #variants = new Map<string, number>();

  /** Adds one customer's trace (items and their times, same length, time-ordered). */
  add(items: ArrayLike<number>, times: ArrayLike<number>): void {
    const length = items.length;
    if (length === 0) return;
    this.#customers++;
    this.#events += length;
    bump(this.#starts, items[0] ?? 0);
    bump(this.#ends, items[length - 1] ?? 0);
    const seen = new Set<number>();
    for (let index = 0; index < length; index++) {
      const item = items[index] ?? 0;
      bump(this.#activities, item);
      if (index === 0) continue;
      const from = items[index - 1] ?? 0;
      const key = from * SIZE + item;
      bump(this.#arcCounts, key);
      if (!seen.has(key)) {
        seen.add(key);
        bump(this.#arcCustomers, key);
      }
      let sketch = this.#arcTimes.get(key);
      if (sketch === undefined) {
        sketch = new DurationSketch();
        this.#arcTimes.set(key, sketch);
      }
      sketch.add((times[index] ?? 0) - (times[index - 1] ?? 0));
    }
    const variant = Array.prototype.join.call(items, ',');
    this.#variants.set(variant, (this.#variants.get(variant) ?? 0) + 1);
  }

  graph(): DirectlyFollowsGraph {
    const arcs = [...this.#arcCounts].map(([key, frequency]): Arc => {
      const from = Math.floor(key / SIZE);
      return {
        from,
        to: key % SIZE,
        frequency,
        customers: this.#arcCustomers.get(key) ?? 0,
        share: frequency / (this.#activities.get(from) ?? frequency),
        medianMs: this.#arcTimes.get(key)?.quantile(0.5) ?? null,
      };
    });
    arcs.sort((a, b) => b.frequency - a.frequency || a.from - b.from || a.to - b.to);
    return {
      customers: this.#customers,
      events: this.#events,
      activities: this.#activities,
      starts: this.#starts,
      ends: this.#ends,
      arcs,
    };
  }

  /** The most frequent variants (ties by trace), and how many distinct variants there are. */
  variants(top: number): { readonly distinct: number; readonly top: Variant[] } {
    const sorted = [...this.#variants].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    return {
      distinct: this.#variants.size,
      top: sorted.slice(0, top).map(([key, customers]) => ({
        items: key === '' ? [] : key.split(',').map(Number),
        customers,
        share: customers / Math.max(1, this.#customers),
      })),
    };
  }
}
