/**
 * Medians and distributions of durations without keeping every value: durations fall into
 * logarithmic buckets 2 % wide, so a quantile is exact to within 2 % whatever the volume (a
 * year of arcs between touchpoints is millions of values). Durations under one second share
 * bucket 0. Pure.
 */

const GROWTH = 1.02;
const LOG_GROWTH = Math.log(GROWTH);
const SECOND_MS = 1000;

const bucketOf = (ms: number): number =>
  ms < SECOND_MS ? 0 : 1 + Math.floor(Math.log(ms / SECOND_MS) / LOG_GROWTH);

/** The middle of a bucket (geometric), in milliseconds. */
const bucketValue = (bucket: number): number =>
  bucket === 0 ? 0 : SECOND_MS * GROWTH ** (bucket - 1) * Math.sqrt(GROWTH);

export class DurationSketch {
  readonly #counts = new Map<number, number>();
  #total = 0;

  add(ms: number): void {
    const bucket = bucketOf(Math.max(0, ms));
    this.#counts.set(bucket, (this.#counts.get(bucket) ?? 0) + 1);
    this.#total++;
  }

  get count(): number {
    return this.#total;
  }

  /** The q-quantile (0 ≤ q ≤ 1) in milliseconds, within 2 %; null when empty. */
  quantile(q: number): number | null {
    if (this.#total === 0) return null;
    const rank = Math.min(this.#total - 1, Math.max(0, Math.floor(q * (this.#total - 1))));
    let seen = 0;
    for (const bucket of [...this.#counts.keys()].sort((a, b) => a - b)) {
      seen += this.#counts.get(bucket) ?? 0;
      if (seen > rank) return bucketValue(bucket);
    }
    return null;
  }

  /** Counts per range `[from, to)` of the given bounds (ms, ascending); the last is open. */
  histogram(bounds: readonly number[]): number[] {
    const counts = new Array<number>(bounds.length).fill(0);
    for (const [bucket, count] of this.#counts) {
      const value = bucketValue(bucket);
      let index = bounds.length - 1;
      while (index > 0 && value < (bounds[index] ?? 0)) index--;
      counts[index] = (counts[index] ?? 0) + count;
    }
    return counts;
  }
}
