/**
 * Measures of each touchpoint for the map's measured layer (issue "Measure 2/3" §4). Pure.
 *
 * Per touchpoint, over the customers whose trace visits it:
 * - **visits**: events mapped to it; **reach**: distinct customers;
 * - **share**: reach / customers of the population (the persona's customers when the population
 *   is filtered by persona);
 * - **onward conversion**: share of its customers who, after their last visit to it, reach a
 *   later stage than its own (they moved forward in the journey rather than stopping or going
 *   back); touchpoints of the last stage have none (null);
 * - **median time to next step**: from a visit to the customer's next mapped event.
 */
import type { Placement } from './conformance.ts';
import { DurationSketch } from './duration-sketch.ts';

export interface TouchpointMeasure {
  readonly item: number;
  readonly visits: number;
  readonly reach: number;
  readonly share: number;
  readonly onwardConversion: number | null;
  readonly medianMsToNext: number | null;
}

interface Tally {
  visits: number;
  reach: number;
  onward: number;
  readonly toNext: DurationSketch;
}

export class TouchpointMeasures {
  #customers = 0;
  readonly #tallies = new Map<number, Tally>();

  constructor(
    private readonly placementOf: (item: number) => Placement,
    private readonly stageCount: number,
  ) {}

  add(items: ArrayLike<number>, times: ArrayLike<number>): void {
    if (items.length === 0) return;
    this.#customers++;
    // Furthest stage reached strictly after each position.
    const furthestAfter = new Array<number>(items.length).fill(-1);
    for (let index = items.length - 2; index >= 0; index--) {
      const next = this.placementOf(items[index + 1] ?? 0).stage;
      furthestAfter[index] = Math.max(next, furthestAfter[index + 1] ?? -1);
    }
    const lastVisit = new Map<number, number>();
    for (let index = 0; index < items.length; index++) {
      const item = items[index] ?? 0;
      const tally = this.#tallyOf(item);
      tally.visits++;
      if (!lastVisit.has(item)) tally.reach++;
      lastVisit.set(item, index);
      if (index + 1 < items.length) tally.toNext.add((times[index + 1] ?? 0) - (times[index] ?? 0));
    }
    for (const [item, index] of lastVisit) {
      const tally = this.#tallyOf(item);
      if ((furthestAfter[index] ?? -1) > this.placementOf(item).stage) tally.onward++;
    }
  }

  #tallyOf(item: number): Tally {
    let tally = this.#tallies.get(item);
    if (tally === undefined) {
      tally = { visits: 0, reach: 0, onward: 0, toNext: new DurationSketch() };
      this.#tallies.set(item, tally);
    }
    return tally;
  }

  get customers(): number {
    return this.#customers;
  }

  measures(): TouchpointMeasure[] {
    return [...this.#tallies]
      .map(([item, tally]) => ({
        item,
        visits: tally.visits,
        reach: tally.reach,
        share: this.#customers === 0 ? 0 : tally.reach / this.#customers,
        onwardConversion:
          this.placementOf(item).stage >= this.stageCount - 1 ? null : tally.onward / tally.reach,
        medianMsToNext: tally.toNext.quantile(0.5),
      }))
      .sort((a, b) => a.item - b.item);
  }
}
