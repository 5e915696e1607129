/**
 * The trace indexes (./trace-index.ts) kept in memory: one per (workspace, mapping), valid for
 * the store generation it was built at, least recently used evicted beyond a byte budget.
 * Concurrent requests for the same index share one build.
 */
import { createHash } from 'node:crypto';

interface Entry<T> {
  readonly generation: number;
  readonly value: Promise<T>;
  bytes: number;
}

export class GenerationCache<T> {
  readonly #entries = new Map<string, Entry<T>>();

  constructor(
    private readonly budgetBytes: number,
    private readonly sizeOf: (value: T) => number,
  ) {}

  /** A key for anything JSON can say (rules, touchpoints…), short whatever its size. */
  static keyOf(parts: unknown): string {
    return createHash('sha256').update(JSON.stringify(parts)).digest('base64url');
  }

  /** The value for `key` at `generation`, built when absent or older. */
  get(key: string, generation: number, build: () => Promise<T>): Promise<T> {
    const cached = this.#entries.get(key);
    if (cached !== undefined && cached.generation === generation) {
      // Most recently used last: Map keeps insertion order.
      this.#entries.delete(key);
      this.#entries.set(key, cached);
      return cached.value;
    }
    const entry: Entry<T> = { generation, value: build(), bytes: 0 };
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    entry.value.then(
      (value) => {
        entry.bytes = this.sizeOf(value);
        this.#evict();
      },
      () => {
        if (this.#entries.get(key) === entry) this.#entries.delete(key);
      },
    );
    return entry.value;
  }

  /** Drops every entry (the store is closing). */
  clear(): void {
    this.#entries.clear();
  }

  #evict(): void {
    let total = 0;
    for (const entry of this.#entries.values()) total += entry.bytes;
    for (const [key, entry] of this.#entries) {
      if (total <= this.budgetBytes || this.#entries.size <= 1) break;
      total -= entry.bytes;
      this.#entries.delete(key);
    }
  }
}
