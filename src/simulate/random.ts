/**
 * A small seeded pseudo-random generator (mulberry32) and the draws the simulator needs.
 * Everything here is deterministic by seed: the simulator never calls `Math.random`, so a
 * seed names one exact data set, and a test that fails can be replayed.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: 32 bits of state, fast, and good enough for simulation (not for secrets). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 32-bit seed derived from a seed and integer parts (e.g. seed and customer index), so
 * that every customer has its own stream: customers do not depend on the ones before them.
 */
export function deriveSeed(seed: number, ...parts: readonly number[]): number {
  let hash = 0x9e3779b9;
  for (const part of [seed, ...parts]) {
    hash = Math.imul((hash + (part >>> 0)) >>> 0, 0x85ebca6b) >>> 0;
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35) >>> 0;
    hash = (hash ^ (hash >>> 16)) >>> 0;
  }
  return hash;
}

/** Uniform in [min, max). */
export const uniform = (random: Random, min: number, max: number): number =>
  min + (max - min) * random();

/** Uniform integer in [min, max], both included. */
export const integerBetween = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

/** True with probability `p`. */
export const chance = (random: Random, p: number): boolean => random() < p;

/** Index drawn with probability proportional to its weight; -1 when no weight is positive. */
export function weightedIndex(random: Random, weights: readonly number[]): number {
  let total = 0;
  for (const weight of weights) total += Math.max(0, weight);
  if (total <= 0) return -1;
  let left = random() * total;
  let last = -1;
  for (let index = 0; index < weights.length; index++) {
    const weight = Math.max(0, weights[index] ?? 0);
    if (weight <= 0) continue;
    last = index;
    left -= weight;
    if (left < 0) return index;
  }
  return last;
}

/** An item drawn with probability proportional to `weightOf(item)`. */
export function weightedChoice<T>(
  random: Random,
  items: readonly T[],
  weightOf: (item: T) => number,
): T | undefined {
  return items[weightedIndex(random, items.map(weightOf))];
}

/**
 * Index into cumulative probabilities (ascending, last ≤ 1): the first `i` with
 * `u < cumulative[i]`, or `cumulative.length` when `u` is above them all (the remainder).
 */
export function cumulativeIndex(cumulative: ArrayLike<number>, u: number): number {
  for (let index = 0; index < cumulative.length; index++) {
    if (u < (cumulative[index] ?? 0)) return index;
  }
  return cumulative.length;
}

/** Standard normal draw (Box–Muller; one of the pair is dropped to keep the stream simple). */
export function standardNormal(random: Random): number {
  const u = 1 - random();
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Normal draw with the given mean and standard deviation. */
export const normal = (random: Random, mean: number, deviation: number): number =>
  mean + deviation * standardNormal(random);

/** Exponential draw with the given mean. */
export const exponential = (random: Random, mean: number): number => -mean * Math.log(1 - random());

/** Lognormal draw: `median × e^(σ·Z)`; half the draws are below the median. */
export const lognormal = (random: Random, median: number, sigma: number): number =>
  median * Math.exp(sigma * standardNormal(random));

/**
 * A Poisson-distributed count: Knuth's product method for small means, a rounded normal
 * approximation (never negative) above 30, where the product method gets slow.
 */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 30) return Math.max(0, Math.round(normal(random, mean, Math.sqrt(mean))));
  const limit = Math.exp(-mean);
  let count = 0;
  let product = random();
  while (product > limit) {
    count++;
    product *= random();
  }
  return count;
}

/** 32 random hexadecimal digits in the UUID v4 layout (deterministic, so not a real v4). */
export function uuidOf(random: Random): string {
  const word = () =>
    Math.floor(random() * 4294967296)
      .toString(16)
      .padStart(8, '0');
  const hex = `${word()}${word()}${word()}${word()}`;
  const variant = (8 + (Number.parseInt(hex[16] ?? '0', 16) % 4)).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** `value` rounded to an integer and kept within [min, max] (for scores on a scale). */
export const clampedRound = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, Math.round(value)));
