import { describe, expect, it } from 'vitest';
import { addDistributions, distributionOf, measureOf, npsOf } from './measures.ts';

/** An NPS distribution (scores 0–10) with the given counts of detractors, passives, promoters. */
const npsCounts = (detractors: number, passives: number, promoters: number): number[] => [
  detractors,
  0,
  0,
  0,
  0,
  0,
  0,
  passives,
  0,
  0,
  promoters,
];

describe('NPS', () => {
  it('gives −8.95 ± 4.39 for 291 promoters, 476 passives, 395 detractors (REFERENCE §4)', () => {
    const figure = npsOf({ promoters: 291, passives: 476, detractors: 395 });
    expect(figure.n).toBe(1162);
    expect(figure.value).toBeCloseTo(-8.95, 2);
    expect(figure.se).toBeCloseTo(2.239, 3);
    expect((figure.high ?? 0) - (figure.value ?? 0)).toBeCloseTo(4.39, 2);
    expect(figure.low).toBeCloseTo(-13.338, 2);
  });

  it('counts 0–6 as detractors, 7–8 as passives, 9–10 as promoters', () => {
    // Hand count: scores 0,6 → 2 detractors; 7,8 → 2 passives; 9,10,10 → 3 promoters.
    const m = measureOf('nps', distributionOf('nps', [0, 6, 7, 8, 9, 10, 10]));
    expect(m.breakdown).toEqual({ promoters: 3, passives: 2, detractors: 2 });
    expect(m.value).toBeCloseTo((100 * (3 - 2)) / 7, 3);
    expect(m.mean).toBeCloseTo(50 / 7, 3);
    expect(m.smallSample).toBe(true);
  });

  it('clamps the interval to ±100 and flags n < 30', () => {
    const m = measureOf('nps', npsCounts(0, 1, 9));
    expect(m.value).toBe(90);
    expect(m.high).toBe(100);
    expect(m.smallSample).toBe(true);
    expect(measureOf('nps', npsCounts(10, 10, 10)).smallSample).toBe(false);
  });

  it('has no figure without answers', () => {
    const m = measureOf('nps', []);
    expect(m).toMatchObject({ n: 0, value: null, low: null, high: null, smallSample: true });
    expect(m.distribution).toHaveLength(11);
  });
});

describe('CSAT', () => {
  it('is the share answering 4 or 5 with a Wilson interval, and keeps the mean', () => {
    // Hand count: 4,4,4,5,5,5,5 are satisfied, 7 of 10; the mean is 38 / 10.
    const m = measureOf('csat', distributionOf('csat', [1, 2, 4, 4, 4, 5, 5, 5, 5, 3]));
    expect(m.n).toBe(10);
    expect(m.value).toBe(70);
    expect(m.mean).toBe(3.8);
    expect(m.distribution).toEqual([1, 1, 1, 3, 4]);
  });

  it('matches the Wilson interval of 8 / 10 (0.4902–0.9433)', () => {
    const m = measureOf('csat', [0, 1, 1, 4, 4]);
    expect(m.value).toBe(80);
    expect(m.low).toBeCloseTo(49.016, 2);
    expect(m.high).toBeCloseTo(94.332, 2);
  });

  it('stays inside 0–100 at the extremes', () => {
    const m = measureOf('csat', [5, 0, 0, 0, 0]);
    expect(m.value).toBe(0);
    expect(m.low).toBe(0);
    expect(m.high).toBeCloseTo(43.448, 2);
  });
});

describe('CES', () => {
  // 60 answers with mean 4.8 and s = 1.43562 (checked with scipy).
  const counts = [2, 3, 5, 10, 20, 15, 5];

  it('is the mean with s/√n and a t interval', () => {
    const m = measureOf('ces', counts);
    expect(m.n).toBe(60);
    expect(m.value).toBe(4.8);
    expect(m.sd).toBeCloseTo(1.4356242, 5);
    expect(m.se).toBeCloseTo(1.4356242 / Math.sqrt(60), 4);
    expect(m.low).toBeCloseTo(4.42914, 3);
    expect(m.high).toBeCloseTo(5.17086, 3);
  });

  it('gives the share of easy answers (5–7)', () => {
    const m = measureOf('ces', counts);
    expect(m.easyShare?.value).toBeCloseTo((100 * 40) / 60, 3);
  });

  it('has no interval with a single answer', () => {
    const m = measureOf('ces', [0, 0, 0, 0, 1]);
    expect(m).toMatchObject({ n: 1, value: 5, se: null, low: null, high: null });
  });
});

describe('distributions', () => {
  it('ignores scores off the scale and adds parts', () => {
    expect(distributionOf('csat', [0, 1, 5, 6, 2.5])).toEqual([1, 0, 0, 0, 1]);
    expect(
      addDistributions('csat', [
        [1, 0, 0],
        [0, 2, 0, 0, 3],
      ]),
    ).toEqual([1, 2, 0, 0, 3]);
  });
});
