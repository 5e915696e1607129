import { describe, expect, it } from 'vitest';
import { normalCdf, normalTwoSided, studentTwoSided, tCritical95, wilson } from './stats.ts';

describe('distributions (reference values from scipy)', () => {
  it('normal', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963984540054)).toBeCloseTo(0.975, 6);
    expect(normalTwoSided(1.96)).toBeCloseTo(0.0499958, 6);
    expect(normalTwoSided(-1.96)).toBeCloseTo(0.0499958, 6);
  });

  it("Student's t", () => {
    expect(studentTwoSided(2, 10)).toBeCloseTo(0.073388, 6);
    expect(studentTwoSided(1.7, 3.5)).toBeCloseTo(0.1744807, 6);
    expect(tCritical95(9)).toBeCloseTo(2.2621572, 5);
    expect(tCritical95(29)).toBeCloseTo(2.0452296, 5);
    expect(tCritical95(100_000)).toBeCloseTo(1.96, 2);
  });

  it('Wilson interval', () => {
    const { low, high } = wilson(150, 200);
    expect(low).toBeCloseTo(0.685659, 6);
    expect(high).toBeCloseTo(0.8049183, 6);
    expect(wilson(0, 0)).toEqual({ low: 0, high: 1 });
  });
});
