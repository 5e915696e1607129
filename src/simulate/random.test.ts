import { describe, expect, it } from 'vitest';
import {
  chance,
  clampedRound,
  createRandom,
  cumulativeIndex,
  deriveSeed,
  exponential,
  integerBetween,
  lognormal,
  poisson,
  uniform,
  uuidOf,
  weightedChoice,
  weightedIndex,
} from './random.ts';

const draws = (count: number, draw: () => number) => Array.from({ length: count }, draw);
const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

describe('createRandom', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    const first = draws(5, createRandom(7));
    expect(draws(5, createRandom(7))).toEqual(first);
    expect(draws(5, createRandom(8))).not.toEqual(first);
  });

  it('draws in [0, 1) with a uniform mean', () => {
    const values = draws(20_000, createRandom(1));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(mean(values)).toBeCloseTo(0.5, 1);
  });

  it('derives distinct seeds for distinct parts', () => {
    const seeds = new Set(Array.from({ length: 1000 }, (_, index) => deriveSeed(42, index)));
    expect(seeds.size).toBe(1000);
    expect(deriveSeed(42, 3)).toBe(deriveSeed(42, 3));
    expect(deriveSeed(42, 3)).not.toBe(deriveSeed(43, 3));
  });
});

describe('draws', () => {
  const random = createRandom(99);

  it('keeps uniform and integer draws in range', () => {
    for (const value of draws(1000, () => uniform(random, 2, 5))) {
      expect(value).toBeGreaterThanOrEqual(2);
      expect(value).toBeLessThan(5);
    }
    const integers = new Set(draws(1000, () => integerBetween(random, 1, 3)));
    expect([...integers].sort()).toEqual([1, 2, 3]);
  });

  it('chooses in proportion to the weights, never a zero weight', () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) {
      const index = weightedIndex(random, [1, 0, 3]);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / 30_000).toBeCloseTo(0.75, 1);
    expect(weightedIndex(random, [0, 0])).toBe(-1);
    expect(weightedChoice(random, ['a', 'b'], (item) => (item === 'b' ? 1 : 0))).toBe('b');
  });

  it('finds the slot of a draw in cumulative probabilities, or the remainder', () => {
    const cumulative = [0.2, 0.5, 0.9];
    expect(cumulativeIndex(cumulative, 0.1)).toBe(0);
    expect(cumulativeIndex(cumulative, 0.5)).toBe(2);
    expect(cumulativeIndex(cumulative, 0.95)).toBe(3);
  });

  it('has the expected centre for exponential, lognormal and Poisson draws', () => {
    expect(mean(draws(20_000, () => exponential(random, 10)))).toBeCloseTo(10, 0);
    const logs = draws(20_001, () => lognormal(random, 100, 1)).sort((a, b) => a - b);
    expect(logs[10_000]).toBeGreaterThan(95);
    expect(logs[10_000]).toBeLessThan(105);
    expect(mean(draws(20_000, () => poisson(random, 3)))).toBeCloseTo(3, 1);
    expect(mean(draws(5_000, () => poisson(random, 80)))).toBeCloseTo(80, 0);
    expect(poisson(random, 0)).toBe(0);
    expect(chance(random, 0)).toBe(false);
    expect(chance(random, 1)).toBe(true);
  });

  it('clamps rounded scores', () => {
    expect(clampedRound(11.6, 0, 10)).toBe(10);
    expect(clampedRound(-0.4, 1, 5)).toBe(1);
    expect(clampedRound(3.5, 1, 5)).toBe(4);
  });

  it('makes UUID-shaped identifiers with all their digits random', () => {
    const ids = Array.from({ length: 500 }, () => uuidOf(random));
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(500);
    expect(ids.filter((id) => id.endsWith('0000')).length).toBeLessThan(5);
  });
});
