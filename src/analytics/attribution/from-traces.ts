/**
 * Attribution journeys from customer traces (src/storage/events/analytics-port.ts): a
 * customer's touches up to a conversion form one converting journey (its conversion value
 * included); the touches after their last conversion form one journey without conversion.
 * A conversion with no touch before it (since the previous one) is left out: nothing can be
 * credited with it. Pure.
 */
import type { Journey } from './journeys.ts';

export const CONVERSION = -2;

/** Collects journeys, merging identical paths for the models that need no times. */
export class JourneyCollector {
  /** Every converting journey with its touch times, for time decay. */
  readonly timed: Journey[] = [];
  readonly #byPath = new Map<
    string,
    { touches: string[]; conversions: number; value: number; nulls: number }
  >();

  constructor(private readonly touchOf: (item: number) => string) {}

  add(items: ArrayLike<number>, times: ArrayLike<number>, values: ArrayLike<number>): void {
    let touches: string[] = [];
    let touchTimes: number[] = [];
    for (let index = 0; index < items.length; index++) {
      const item = items[index] ?? 0;
      const time = times[index] ?? 0;
      if (item !== CONVERSION) {
        touches.push(this.touchOf(item));
        touchTimes.push(time);
        continue;
      }
      if (touches.length === 0) continue;
      const value = values[index] ?? 0;
      this.#record(touches, 1, Number.isNaN(value) ? 0 : value, 0);
      this.timed.push({
        touches,
        conversions: 1,
        value: Number.isNaN(value) ? 0 : value,
        nulls: 0,
        msBeforeConversion: touchTimes.map((at) => time - at),
      });
      touches = [];
      touchTimes = [];
    }
    if (touches.length > 0) this.#record(touches, 0, 0, 1);
  }

  #record(touches: string[], conversions: number, value: number, nulls: number): void {
    const key = touches.join('\u0000');
    const entry = this.#byPath.get(key) ?? { touches, conversions: 0, value: 0, nulls: 0 };
    entry.conversions += conversions;
    entry.value += value;
    entry.nulls += nulls;
    this.#byPath.set(key, entry);
  }

  /** Journeys aggregated by path, in order of first appearance. */
  aggregated(): Journey[] {
    return [...this.#byPath.values()];
  }
}
