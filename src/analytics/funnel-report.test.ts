import { describe, expect, it } from 'vitest';
import { FunnelAccumulator } from './funnel-report.ts';

const MINUTE = 60_000;
const level = (reached: number, minutesApart = 10) => ({
  level: reached,
  startedAt: reached === 0 ? null : 0,
  reachedAt: Array.from({ length: reached }, (_, step) => step * minutesApart * MINUTE),
});

describe('funnel figures', () => {
  it('counts N_j, conversions and drop-offs from customer levels', () => {
    const funnel = new FunnelAccumulator(3);
    // 10 customers: 2 never enter, 3 stop at step 1, 1 at step 2, 4 convert.
    for (const reached of [0, 0, 1, 1, 1, 2, 3, 3, 3, 3]) funnel.add(level(reached));
    const { steps, population } = funnel.figures();
    expect(population).toBe(10);
    expect(steps.map((step) => step.customers)).toEqual([8, 5, 4]);
    expect(steps.map((step) => step.dropOff)).toEqual([0, 3, 1]);
    expect(steps[2]?.overallConversion).toBeCloseTo(0.5);
    expect(steps[1]?.stepConversion).toBeCloseTo(5 / 8);
    expect(steps[2]?.stepConversion).toBeCloseTo(4 / 5);
  });

  it('measures time to convert over converters only', () => {
    const funnel = new FunnelAccumulator(2);
    funnel.add(level(2, 30));
    funnel.add(level(2, 90));
    funnel.add(level(2, 120));
    funnel.add(level(1));
    const { timeToConvert } = funnel.figures();
    expect(Math.abs((timeToConvert.medianMs ?? 0) / (90 * MINUTE) - 1)).toBeLessThan(0.02);
    expect(timeToConvert.counts.reduce((a, b) => a + b, 0)).toBe(3);
    // 30 min falls in [10 min, 1 h), 90 and 120 min in [1 h, 6 h).
    expect(timeToConvert.counts.slice(2, 4)).toEqual([1, 2]);
  });

  it('breaks the funnel down by a dimension, largest first', () => {
    const funnel = new FunnelAccumulator(2);
    funnel.add(level(2), 'web');
    funnel.add(level(1), 'store');
    funnel.add(level(1), 'store');
    funnel.add(level(0), 'store');
    const [store, web] = funnel.breakdown();
    expect(store?.value).toBe('store');
    expect(store?.figures.steps.map((s) => s.customers)).toEqual([2, 0]);
    expect(web?.figures.steps[1]?.overallConversion).toBe(1);
  });
});
