import { describe, expect, it } from 'vitest';
import { breakdownOf, distributionsBy, irritantReasons, trendOf } from './breakdown.ts';

const counts = [
  { keys: ['a'], score: 0, count: 40 },
  { keys: ['b'], score: 10, count: 30 },
  { keys: ['b'], score: 7, count: 10 },
  { keys: ['c'], score: 9, count: 5 },
];

describe('breakdowns', () => {
  it('folds score counts into distributions by key', () => {
    const byKey = distributionsBy('nps', counts);
    expect(byKey.get('b')).toEqual([0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 30]);
    const merged = distributionsBy('nps', counts, (keys) => (keys[0] === 'a' ? null : 'bc'));
    expect([...merged.keys()]).toEqual(['bc']);
  });

  it('measures each group against the rest, in model order', () => {
    const order: Record<string, number> = { c: 0, a: 1 };
    const result = breakdownOf('nps', distributionsBy('nps', counts), (key) => ({
      label: key.toUpperCase(),
      order: order[key] ?? null,
    }));
    expect(result.overall.n).toBe(85);
    expect(result.groups.map((g) => g.label)).toEqual(['C', 'A', 'B']);
    const a = result.groups.find((g) => g.key === 'a');
    expect(a?.measure.value).toBe(-100);
    expect(a?.versusRest?.significant).toBe(true);
  });

  it('proposes as irritants only groups significantly below the rest with n ≥ 30', () => {
    const result = breakdownOf('nps', distributionsBy('nps', counts), (key) => ({
      label: key,
      order: null,
    }));
    const reasons = irritantReasons(result.groups.map((g) => ({ ...g, kind: 'nps' as const })));
    expect(reasons.map((r) => r.measure.n)).toEqual([40]);
  });

  it('compares each period with the one before', () => {
    const byMonth = new Map([
      ['2026-02', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50]],
      ['2026-01', [50, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50]],
    ]);
    const points = trendOf('nps', byMonth);
    expect(points.map((p) => [p.period, p.measure.value])).toEqual([
      ['2026-01', 0],
      ['2026-02', 100],
    ]);
    expect(points[0]?.change).toBeNull();
    // SE √(SE₁² + 0): January's error alone; 0 → 100 is far beyond it.
    expect(points[1]?.change).toMatchObject({ difference: 100, significant: true });
  });
});
