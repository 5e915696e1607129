import { describe, expect, it } from 'vitest';
import { DurationSketch } from './duration-sketch.ts';

describe('DurationSketch', () => {
  it('gives quantiles within 2 % of the exact ones', () => {
    const sketch = new DurationSketch();
    const values = Array.from({ length: 10_001 }, (_, index) => 1000 + index * 937);
    for (const value of values) sketch.add(value);
    for (const q of [0.1, 0.5, 0.9]) {
      const exact = values[Math.floor(q * (values.length - 1))] ?? 0;
      expect(Math.abs((sketch.quantile(q) ?? 0) - exact) / exact).toBeLessThan(0.02);
    }
    expect(sketch.count).toBe(10_001);
  });

  it('puts sub-second durations at zero and is empty-safe', () => {
    const sketch = new DurationSketch();
    expect(sketch.quantile(0.5)).toBeNull();
    sketch.add(200);
    sketch.add(-5);
    expect(sketch.quantile(0.5)).toBe(0);
  });

  it('counts values per histogram range', () => {
    const sketch = new DurationSketch();
    for (const ms of [500, 5_000, 50_000, 500_000, 5_000_000]) sketch.add(ms);
    expect(sketch.histogram([0, 10_000, 1_000_000])).toEqual([2, 2, 1]);
  });
});
