import { describe, expect, it } from 'vitest';
import { type Criterion, normaliseWeights, weightedScore } from './weighted-score.ts';

type K = 'a' | 'b' | 'c';
const criterion = (key: K, value: number | null, side: 'impact' | 'feasibility'): Criterion<K> => ({
  key,
  raw: value,
  value,
  inverted: side === 'feasibility',
  side,
});

describe('weightedScore', () => {
  it('is Σ w·s with the weights scaled to Σ = 1, and shows each contribution', () => {
    const score = weightedScore(
      [
        criterion('a', 1, 'impact'),
        criterion('b', 0.5, 'impact'),
        criterion('c', 0, 'feasibility'),
      ],
      { a: 2, b: 1, c: 1 },
    );
    expect(score.score).toBeCloseTo(0.5 * 1 + 0.25 * 0.5 + 0.25 * 0);
    expect(score.contributions.map((c) => c.contribution)).toEqual([0.5, 0.125, 0]);
    expect(score.contributions.map((c) => c.weight)).toEqual([0.5, 0.25, 0.25]);
    // Impact axis: (2·1 + 1·0.5) / 3; feasibility axis: c alone.
    expect(score.impact).toBeCloseTo(2.5 / 3);
    expect(score.feasibility).toBe(0);
  });

  it('leaves a missing criterion out and scales the present weights back to 1', () => {
    const score = weightedScore(
      [
        criterion('a', 0.8, 'impact'),
        criterion('b', null, 'impact'),
        criterion('c', 0.4, 'feasibility'),
      ],
      { a: 1, b: 1, c: 2 },
    );
    // Present weights 0.25 and 0.5 of 0.75 → 1/3 and 2/3.
    expect(score.score).toBeCloseTo(0.8 / 3 + (0.4 * 2) / 3);
    const missing = score.contributions.find((c) => c.key === 'b');
    expect(missing).toMatchObject({ appliedWeight: 0, contribution: 0, weight: 0.25 });
  });

  it('gives no score when nothing weighted has a value', () => {
    const score = weightedScore([criterion('a', null, 'impact'), criterion('b', 1, 'impact')], {
      a: 1,
      b: 0,
      c: 0,
    });
    expect(score.score).toBeNull();
    expect(score.feasibility).toBeNull();
  });

  it('keeps all-zero weights at zero', () => {
    expect(normaliseWeights({ a: 0, b: 0 })).toEqual({ a: 0, b: 0 });
    expect(normaliseWeights({ a: 3, b: 1 })).toEqual({ a: 0.75, b: 0.25 });
  });
});
