/**
 * A funnel's figures over a population (../shared/REFERENCE.md §2), accumulated one customer
 * at a time: N_j = customers with level ≥ j; overall conversion N_j / N_1, step conversion
 * N_j / N_{j−1}, drop-off N_{j−1} − N_j; time to convert over converters only (median and
 * distribution); the same per breakdown value. Pure.
 */
import { DurationSketch } from './duration-sketch.ts';
import type { FunnelLevel } from './funnel.ts';

/** Upper bounds of the time-to-convert distribution buckets. */
export const TIME_TO_CONVERT_BOUNDS_MS = [
  0,
  60_000,
  600_000,
  3_600_000,
  6 * 3_600_000,
  86_400_000,
  3 * 86_400_000,
  7 * 86_400_000,
  30 * 86_400_000,
] as const;

export interface FunnelStepFigures {
  /** Customers who reached this step (N_j). */
  readonly customers: number;
  /** N_j / N_1, 0 when nobody entered. */
  readonly overallConversion: number;
  /** N_j / N_{j−1} (1 for the first step when anyone entered). */
  readonly stepConversion: number;
  /** N_{j−1} − N_j (0 for the first step). */
  readonly dropOff: number;
  /** Median time from step 1 to this step over the customers who reached it, ms. */
  readonly medianMsFromStart: number | null;
}

export interface FunnelFigures {
  readonly steps: readonly FunnelStepFigures[];
  /** Customers considered (with or without any step). */
  readonly population: number;
  readonly timeToConvert: {
    readonly medianMs: number | null;
    readonly bucketsMs: readonly number[];
    readonly counts: readonly number[];
  };
}

class FunnelTally {
  population = 0;
  readonly reached: number[];
  readonly fromStart: DurationSketch[];

  constructor(stepCount: number) {
    this.reached = new Array<number>(stepCount).fill(0);
    this.fromStart = Array.from({ length: stepCount }, () => new DurationSketch());
  }

  add(level: FunnelLevel): void {
    this.population++;
    const start = level.startedAt ?? 0;
    for (let step = 0; step < level.level; step++) {
      this.reached[step] = (this.reached[step] ?? 0) + 1;
      this.fromStart[step]?.add((level.reachedAt[step] ?? start) - start);
    }
  }

  figures(): FunnelFigures {
    const entered = this.reached[0] ?? 0;
    const steps = this.reached.map((customers, step): FunnelStepFigures => {
      const previous = step === 0 ? entered : (this.reached[step - 1] ?? 0);
      return {
        customers,
        overallConversion: entered === 0 ? 0 : customers / entered,
        stepConversion: previous === 0 ? 0 : customers / previous,
        dropOff: previous - customers,
        medianMsFromStart: this.fromStart[step]?.quantile(0.5) ?? null,
      };
    });
    const last = this.fromStart.at(-1) ?? new DurationSketch();
    return {
      steps,
      population: this.population,
      timeToConvert: {
        medianMs: last.quantile(0.5),
        bucketsMs: TIME_TO_CONVERT_BOUNDS_MS,
        counts: last.histogram(TIME_TO_CONVERT_BOUNDS_MS),
      },
    };
  }
}

export class FunnelAccumulator {
  readonly #overall: FunnelTally;
  readonly #byValue = new Map<string, FunnelTally>();

  constructor(private readonly stepCount: number) {
    this.#overall = new FunnelTally(stepCount);
  }

  /** Adds one customer's level; `breakdown` is its value of the breakdown dimension, if any. */
  add(level: FunnelLevel, breakdown?: string): void {
    this.#overall.add(level);
    if (breakdown === undefined) return;
    let tally = this.#byValue.get(breakdown);
    if (tally === undefined) {
      tally = new FunnelTally(this.stepCount);
      this.#byValue.set(breakdown, tally);
    }
    tally.add(level);
  }

  figures(): FunnelFigures {
    return this.#overall.figures();
  }

  /** Figures per breakdown value, the largest first-step population first. */
  breakdown(): { readonly value: string; readonly figures: FunnelFigures }[] {
    return [...this.#byValue]
      .map(([value, tally]) => ({ value, figures: tally.figures() }))
      .sort((a, b) => (b.figures.steps[0]?.customers ?? 0) - (a.figures.steps[0]?.customers ?? 0));
  }
}
