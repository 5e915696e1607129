/**
 * Conformance of measured journeys to the designed one (issue "Measure 2/3" §3). Pure.
 *
 * The designed journey orders its stages; each touchpoint sits in one stage and one channel.
 * For one customer's trace of touchpoints in time order:
 * - a **skipped stage** is a stage jumped over by a forward move (stage i → stage j > i + 1
 *   jumps over i + 1 … j − 1) and never visited by the customer, counted once per customer;
 * - a **backtrack** is a move to an earlier stage;
 * - **time in a stage** runs from the first event of a stay in the stage to the first event of
 *   the next stage (the last stay of a trace has no end and is not counted);
 * - a **channel switch** is a move between consecutive touchpoints of different channels; the
 *   switch matrix counts every move (the diagonal holds moves within a channel).
 */
import { DurationSketch } from './duration-sketch.ts';

export interface Placement {
  readonly stage: number;
  readonly channel: number;
}

export interface CustomerConformance {
  readonly skippedStages: readonly number[];
  readonly backtracks: number;
  readonly channelSwitches: number;
  /** Furthest stage reached. */
  readonly furthestStage: number;
}

export interface ConformanceSummary {
  readonly customers: number;
  /** Customers who skipped each stage (index = stage). */
  readonly skipped: readonly number[];
  /** Customers reaching each stage at least once. */
  readonly reached: readonly number[];
  readonly customersBacktracking: number;
  readonly backtracks: number;
  readonly customersSwitching: number;
  /** moves[from channel][to channel] between consecutive touchpoints. */
  readonly switchMatrix: readonly (readonly number[])[];
  /** Median time in each stage, ms; null when no stay ended there. */
  readonly medianStageMs: readonly (number | null)[];
}

export class ConformanceAccumulator {
  #customers = 0;
  #backtracks = 0;
  #customersBacktracking = 0;
  #customersSwitching = 0;
  readonly #skipped: number[];
  readonly #reached: number[];
  readonly #matrix: number[][];
  readonly #stageTimes: DurationSketch[];

  constructor(
    private readonly placementOf: (item: number) => Placement,
    stageCount: number,
    channelCount: number,
  ) {
    this.#skipped = new Array<number>(stageCount).fill(0);
    this.#reached = new Array<number>(stageCount).fill(0);
    this.#matrix = Array.from({ length: channelCount }, () =>
      new Array<number>(channelCount).fill(0),
    );
    this.#stageTimes = Array.from({ length: stageCount }, () => new DurationSketch());
  }

  /** Adds one customer's trace of touchpoint items with their times; returns its measures. */
  add(items: ArrayLike<number>, times: ArrayLike<number>): CustomerConformance | null {
    if (items.length === 0) return null;
    this.#customers++;
    const skipped = new Set<number>();
    const reached = new Set<number>();
    let backtracks = 0;
    let switches = 0;
    let previous = this.placementOf(items[0] ?? 0);
    let stayStartedAt = times[0] ?? 0;
    reached.add(previous.stage);
    for (let index = 1; index < items.length; index++) {
      const current = this.placementOf(items[index] ?? 0);
      const time = times[index] ?? 0;
      const row = this.#matrix[previous.channel];
      if (row !== undefined) row[current.channel] = (row[current.channel] ?? 0) + 1;
      if (current.channel !== previous.channel) switches++;
      if (current.stage !== previous.stage) {
        this.#stageTimes[previous.stage]?.add(time - stayStartedAt);
        stayStartedAt = time;
        if (current.stage < previous.stage) backtracks++;
        for (let stage = previous.stage + 1; stage < current.stage; stage++) skipped.add(stage);
      }
      reached.add(current.stage);
      previous = current;
    }
    for (const stage of reached) skipped.delete(stage);
    for (const stage of skipped) this.#skipped[stage] = (this.#skipped[stage] ?? 0) + 1;
    for (const stage of reached) this.#reached[stage] = (this.#reached[stage] ?? 0) + 1;
    this.#backtracks += backtracks;
    if (backtracks > 0) this.#customersBacktracking++;
    if (switches > 0) this.#customersSwitching++;
    return {
      skippedStages: [...skipped].sort((a, b) => a - b),
      backtracks,
      channelSwitches: switches,
      furthestStage: Math.max(...reached),
    };
  }

  summary(): ConformanceSummary {
    return {
      customers: this.#customers,
      skipped: [...this.#skipped],
      reached: [...this.#reached],
      customersBacktracking: this.#customersBacktracking,
      backtracks: this.#backtracks,
      customersSwitching: this.#customersSwitching,
      switchMatrix: this.#matrix.map((row) => [...row]),
      medianStageMs: this.#stageTimes.map((sketch) => sketch.quantile(0.5)),
    };
  }
}
