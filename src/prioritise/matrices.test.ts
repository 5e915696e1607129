import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from './defaults.ts';
import { buildMatrices } from './matrices.ts';
import { journeyOf, objective, touchpoint } from './test-fixtures.ts';
import { scoreTouchpoints } from './touchpoint-score.ts';

describe('touchpoint matrices', () => {
  const touchpoints = [
    touchpoint('returns', {
      importance: 5,
      performance: 'irritant',
      impact: 5,
      investment: 2,
      objectiveIds: ['o'],
    }),
    touchpoint('unboxing', {
      importance: 3,
      performance: 'enchantment',
      impact: 4,
      investment: 2,
      objectiveIds: ['o'],
    }),
    touchpoint('catalogue', { importance: 1, performance: 'neutral', impact: 1, investment: 5 }),
    touchpoint('blank'),
  ];
  const journey = journeyOf(touchpoints);
  const scored = scoreTouchpoints(
    touchpoints.map((t) => ({ touchpoint: t, journey })),
    [objective('o', 1)],
    DEFAULT_WEIGHTS.touchpoint,
  );
  const matrices = buildMatrices(scored, [], []);

  it('places impact × feasibility with the touchpoint’s journey, counting the unplaced', () => {
    const points = matrices.impactFeasibility.points;
    expect(points.map((p) => [p.id, p.quadrant])).toEqual([
      ['returns', 'quick-win'],
      ['unboxing', 'fill-in'],
      ['catalogue', 'thankless'],
    ]);
    expect(points[0]).toMatchObject({
      kind: 'touchpoint',
      journeyId: journey.id,
      personaId: 'persona',
    });
    // The blank one has a performance (impact side) but nothing on the feasibility side.
    expect(matrices.impactFeasibility.unplaced).toBe(1);
  });

  it('places importance × performance from the qualification', () => {
    const points = matrices.importancePerformance.points;
    expect(points.map((p) => [p.id, p.x, p.y, p.quadrant])).toEqual([
      ['returns', 1 / 3, 5, 'concentrate'],
      ['unboxing', 1, 3, 'keep-up'],
      ['catalogue', 2 / 3, 1, 'overkill'],
    ]);
    expect(matrices.importancePerformance.unplaced).toBe(1);
  });
});
