import { describe, expect, it } from 'vitest';
import { measureOf } from './measures.ts';
import { compareMeasures } from './significance.ts';

const nps = (detractors: number, passives: number, promoters: number) =>
  measureOf('nps', [detractors, 0, 0, 0, 0, 0, 0, passives, 0, 0, promoters]);

describe('compareMeasures', () => {
  it('tests two NPS with SE = √(SE₁² + SE₂²)', () => {
    // −8.95 (SE 2.2387) against −1.03 (SE 2.2961): z = −2.4689, p = 0.01355 (scipy).
    const c = compareMeasures(nps(395, 476, 291), nps(362, 450, 350));
    expect(c?.test).toBe('nps-z');
    expect(c?.difference).toBeCloseTo(-7.917, 2);
    expect(c?.se).toBeCloseTo(Math.sqrt(2.2386663 ** 2 + 2.2961279 ** 2), 3);
    expect(c?.statistic).toBeCloseTo(-2.4689, 3);
    expect(c?.pValue).toBeCloseTo(0.013553, 4);
    expect(c?.significant).toBe(true);
  });

  it('uses the pooled two-proportion z-test for CSAT', () => {
    // 120/200 satisfied against 90/200: z = 3.0038, p = 0.002667 (scipy).
    const c = compareMeasures(
      measureOf('csat', [80, 0, 0, 60, 60]),
      measureOf('csat', [110, 0, 0, 45, 45]),
    );
    expect(c?.test).toBe('two-proportion-z');
    expect(c?.difference).toBeCloseTo(15, 6);
    expect(c?.statistic).toBeCloseTo(3.00376, 4);
    expect(c?.pValue).toBeCloseTo(0.0026667, 5);
  });

  it("uses Welch's t-test for CES", () => {
    // scipy.stats.ttest_ind(equal_var=False): t = 4.21947, df = 101.92, p = 5.3216e-05.
    const c = compareMeasures(
      measureOf('ces', [2, 3, 5, 10, 20, 15, 5]),
      measureOf('ces', [5, 8, 10, 12, 10, 4, 1]),
    );
    expect(c?.test).toBe('welch-t');
    expect(c?.statistic).toBeCloseTo(4.21947, 4);
    expect(c?.df).toBeCloseTo(101.92, 2);
    expect(c?.pValue).toBeCloseTo(5.3216e-5, 8);
  });

  it('does not call a small difference significant, and flags small samples', () => {
    const c = compareMeasures(nps(5, 5, 6), nps(5, 5, 5));
    expect(c?.significant).toBe(false);
    expect(c?.smallSample).toBe(true);
  });

  it('gives no verdict without answers or without sampling error', () => {
    expect(compareMeasures(nps(0, 0, 0), nps(1, 1, 1))).toBeNull();
    expect(compareMeasures(nps(0, 0, 40), nps(0, 0, 40))).toBeNull();
    expect(() => compareMeasures(nps(1, 1, 1), measureOf('csat', [1]))).toThrow();
  });
});
