import { describe, expect, it } from 'vitest';
import type { WorkspaceModel } from '../model/schema.ts';
import { DEFAULT_WEIGHTS } from './defaults.ts';
import { journeyOf, objective, touchpoint } from './test-fixtures.ts';
import { objectiveCoverage, scoreTouchpoints, touchpointsToScore } from './touchpoint-score.ts';

const objectives = [objective('repeat', 30), objective('cart', 20), objective('nps', 50)];
const only = (key: keyof typeof DEFAULT_WEIGHTS.touchpoint) => ({
  importance: 0,
  performance: 0,
  impact: 0,
  cost: 0,
  investment: 0,
  time: 0,
  [key]: 1,
});

describe('touchpoint scores', () => {
  const checkout = touchpoint('checkout', {
    importance: 5,
    performance: 'irritant',
    impact: 4,
    objectiveIds: ['cart', 'repeat'],
    investment: 2,
    cost: { amountCents: 120_000, period: 'yearly' },
    setupHours: 60,
    processingHours: 6,
  });
  const banner = touchpoint('banner', {
    importance: 2,
    performance: 'enchantment',
    impact: 2,
    objectiveIds: ['nps'],
    investment: 4,
    cost: { amountCents: 10_000, period: 'monthly' },
    setupHours: 2,
    processingHours: null,
  });
  const placed = [checkout, banner].map((t) => ({ touchpoint: t, journey: journeyOf([]) }));

  it('scores each criterion on 0–1, cost-type ones inverted', () => {
    const [c, b] = scoreTouchpoints(placed, objectives, DEFAULT_WEIGHTS.touchpoint);
    const value = (s: typeof c, key: string) => s?.contributions.find((x) => x.key === key)?.value;
    expect(value(c, 'importance')).toBe(1);
    expect(value(b, 'importance')).toBe(0.25);
    expect(value(c, 'performance')).toBeCloseTo(2 / 3);
    expect(value(b, 'performance')).toBe(0);
    // Impact 4 → 0.75, on objectives carrying 50 % of the weight.
    expect(value(c, 'impact')).toBeCloseTo(0.375);
    expect(value(c, 'investment')).toBe(0.75);
    // Costs: 10,000 monthly for both (yearly 120,000 / 12): same inverted share, the max.
    expect(value(c, 'cost')).toBeCloseTo(0);
    expect(value(b, 'cost')).toBeCloseTo(0);
    // Time: 66 h is the largest → 0; 2 h → 1 − log(3)/log(67).
    expect(value(c, 'time')).toBeCloseTo(0);
    expect(value(b, 'time')).toBeCloseTo(1 - Math.log(3) / Math.log(67));
    expect(
      c?.contributions.every(
        (x) => x.inverted === ['performance', 'cost', 'investment', 'time'].includes(x.key),
      ),
    ).toBe(true);
  });

  it('moves with the weights: one criterion alone is the score', () => {
    const byImportance = scoreTouchpoints(placed, objectives, only('importance'));
    expect(byImportance.map((s) => s.score)).toEqual([1, 0.25]);
    const byInvestment = scoreTouchpoints(placed, objectives, only('investment'));
    expect(byInvestment.map((s) => s.score)).toEqual([0.75, 0.25]);
    expect(byInvestment[0]?.impact).toBeNull();
    expect(byInvestment[0]?.feasibility).toBe(0.75);
  });

  it('computes the default-weight score by hand', () => {
    const [c] = scoreTouchpoints(placed, objectives, DEFAULT_WEIGHTS.touchpoint);
    const expected = 0.25 * 1 + 0.2 * (2 / 3) + 0.25 * 0.375 + 0.1 * 0 + 0.1 * 0.75 + 0.1 * 0;
    expect(c?.score).toBeCloseTo(expected);
    expect(c?.contributions.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(expected);
  });

  it('measures the coverage of weighted objectives', () => {
    expect(objectiveCoverage(objectives, ['nps'])).toBe(0.5);
    expect(objectiveCoverage(objectives, [])).toBe(0);
    expect(objectiveCoverage([], [])).toBe(1);
  });

  it('scores the current journeys unless one journey is named', () => {
    const model = {
      journeys: [journeyOf([checkout]), journeyOf([banner], 'target')],
    } as unknown as WorkspaceModel;
    expect(touchpointsToScore(model).map((p) => p.touchpoint.id)).toEqual(['checkout']);
    expect(touchpointsToScore(model, 'journey-target').map((p) => p.touchpoint.id)).toEqual([
      'banner',
    ]);
  });
});
