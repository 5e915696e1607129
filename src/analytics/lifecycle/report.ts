/**
 * Lifecycle figures over a population (pure): customers per phase now, phase sizes at the end
 * of each period, and the flow between phases (every change of phase, counted by from → to).
 */
import type { PhaseChange } from './rules.ts';

export const NO_PHASE = '(none)';

export class LifecycleReport {
  readonly #current = new Map<string, number>();
  readonly #flows = new Map<string, number>();
  readonly #snapshots: Map<string, number>[];

  /** `snapshotTimes`: the instants (ms, ascending) at which phase sizes are counted. */
  constructor(private readonly snapshotTimes: readonly number[]) {
    this.#snapshots = snapshotTimes.map(() => new Map());
  }

  add(history: readonly PhaseChange[]): void {
    const last = history.at(-1)?.phaseId ?? NO_PHASE;
    this.#current.set(last, (this.#current.get(last) ?? 0) + 1);
    let previous = NO_PHASE;
    for (const change of history) {
      const to = change.phaseId ?? NO_PHASE;
      const key = `${previous}\u0000${to}`;
      this.#flows.set(key, (this.#flows.get(key) ?? 0) + 1);
      previous = to;
    }
    let index = 0;
    let phase = NO_PHASE;
    this.snapshotTimes.forEach((time, snapshot) => {
      while (index < history.length && (history[index]?.at ?? Number.POSITIVE_INFINITY) <= time) {
        phase = history[index]?.phaseId ?? NO_PHASE;
        index++;
      }
      const sizes = this.#snapshots[snapshot];
      if (sizes !== undefined && phase !== NO_PHASE) sizes.set(phase, (sizes.get(phase) ?? 0) + 1);
    });
  }

  current(): Map<string, number> {
    return new Map(this.#current);
  }

  flows(): { from: string; to: string; customers: number }[] {
    return [...this.#flows]
      .map(([key, customers]) => {
        const [from = NO_PHASE, to = NO_PHASE] = key.split('\u0000');
        return { from, to, customers };
      })
      .sort((a, b) => b.customers - a.customers);
  }

  snapshots(): { at: number; sizes: Map<string, number> }[] {
    return this.snapshotTimes.map((at, index) => ({
      at,
      sizes: this.#snapshots[index] ?? new Map(),
    }));
  }
}

/** Month ends (UTC, ms) of the `months` months up to and including the month of `now`. */
export function monthEnds(now: number, months: number): number[] {
  const date = new Date(now);
  return Array.from({ length: months }, (_, back) => {
    const end =
      Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - (months - 1 - back) + 1, 1) - 1;
    return Math.min(end, now);
  });
}
