import { describe, expect, it } from 'vitest';
import { weightPercentages } from './weights.ts';

describe('weightPercentages', () => {
  it('turns weights into shares of the total', () => {
    expect(weightPercentages([3, 1])).toEqual([75, 25]);
    expect(weightPercentages([50, 30, 20])).toEqual([50, 30, 20]);
    expect(weightPercentages([5])).toEqual([100]);
  });

  it('rounds so that the shares add up to 100', () => {
    expect(weightPercentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(weightPercentages([2, 2, 1, 1, 1]).reduce((a, b) => a + b)).toBe(100);
    expect(weightPercentages([0.5, 0.25, 0.25])).toEqual([50, 25, 25]);
  });

  it('gives zero everywhere when nothing weighs', () => {
    expect(weightPercentages([0, 0])).toEqual([0, 0]);
    expect(weightPercentages([])).toEqual([]);
  });

  it('gives a zero weight a zero share', () => {
    expect(weightPercentages([0, 4])).toEqual([0, 100]);
  });
});
