import { describe, expect, it } from 'vitest';
import { actionCostCents, scoreActions } from './action-score.ts';
import { DEFAULT_WEIGHTS } from './defaults.ts';
import { buildMatrices } from './matrices.ts';
import { action, touchpoint } from './test-fixtures.ts';

const weights = { short: 0.5, medium: 0.3, long: 0.2 };
const checkout = touchpoint('checkout', { audience: 14_000 });
const scoring = {
  weights: DEFAULT_WEIGHTS.action,
  horizonWeights: weights,
  periodMonths: 12,
  touchpointScores: new Map<string, number | null>([['checkout', 0.8]]),
  touchpoints: new Map([['checkout', checkout]]),
};
const oneClick = action('one-click', {
  touchpointIds: ['checkout'],
  oneOffCents: 3_000_000,
  recurringCents: 50_000,
  effort: 2,
  weeksToDeliver: 8,
  returns: { short: 9_000_000, medium: 4_000_000, long: 1_000_000 },
  riceImpact: 2,
  confidence: 0.8,
});
const catalogue = action('catalogue', {
  oneOffCents: 0,
  recurringCents: 700_000,
  effort: 6,
  weeksToDeliver: 12,
  returns: { short: 2_000_000, medium: 1_000_000, long: 0 },
  reach: 13_000,
  riceImpact: 0.5,
  confidence: 0.5,
});

describe('action scores', () => {
  const [a, b] = scoreActions([oneClick, catalogue], scoring);

  it('costs one-off plus recurring over the period', () => {
    expect(actionCostCents(oneClick, 12)).toBe(3_600_000);
    expect(a?.costCents).toBe(3_600_000);
    expect(b?.costCents).toBe(8_400_000);
  });

  it('weighs the return over the horizons', () => {
    expect(a?.weightedReturnCents).toBe(0.5 * 9_000_000 + 0.3 * 4_000_000 + 0.2 * 1_000_000);
  });

  it('orients value and touchpoints as benefits, cost, effort and time as costs', () => {
    const value = (s: typeof a, key: string) => s?.contributions.find((c) => c.key === key)?.value;
    expect(value(a, 'value')).toBe(1);
    expect(value(a, 'touchpoints')).toBe(0.8);
    expect(value(b, 'touchpoints')).toBeNull();
    expect(value(b, 'cost')).toBe(0);
    expect(value(a, 'cost')).toBeGreaterThan(0);
    expect(value(b, 'effort')).toBe(0);
    expect(a?.score).toBeGreaterThan(b?.score ?? 1);
  });

  it('computes RICE with the touchpoints’ audience as reach', () => {
    expect(a?.reach).toBe(14_000);
    expect(a?.rice).toBeCloseTo((14_000 * 2 * 0.8) / 2);
    expect(b?.rice).toBeCloseTo((13_000 * 0.5 * 0.5) / 6);
  });

  it('places actions on the matrices', () => {
    const matrices = buildMatrices(
      [],
      [a, b].filter((x) => x !== undefined),
      [
        { actionId: oneClick.id, returns: oneClick.returns },
        { actionId: catalogue.id, returns: catalogue.returns },
      ],
    );
    expect(matrices.impactFeasibility.points.map((p) => p.id)).toEqual(['one-click', 'catalogue']);
    const short = matrices.valueEffort.find((m) => m.horizon === 'short');
    expect(short?.valueThreshold).toBe(5_500_000);
    expect(short?.points.map((p) => [p.x, p.y, p.quadrant])).toEqual([
      [2, 9_000_000, 'quick-win'],
      [6, 2_000_000, 'thankless'],
    ]);
  });
});
