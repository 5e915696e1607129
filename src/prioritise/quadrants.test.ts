import { describe, expect, it } from 'vitest';
import { impactQuadrant, ipaQuadrant, median, valueEffortQuadrant } from './quadrants.ts';

describe('quadrants', () => {
  it('places impact × feasibility, a value on the line counting as high', () => {
    expect(impactQuadrant(0.9, 0.9)).toBe('quick-win');
    expect(impactQuadrant(0.9, 0.1)).toBe('major-project');
    expect(impactQuadrant(0.1, 0.9)).toBe('fill-in');
    expect(impactQuadrant(0.1, 0.1)).toBe('thankless');
    expect(impactQuadrant(0.5, 0.5)).toBe('quick-win');
    expect(impactQuadrant(0.4999, 0.5)).toBe('fill-in');
  });

  it('places importance × performance (IPA)', () => {
    expect(ipaQuadrant(5, 0)).toBe('concentrate');
    expect(ipaQuadrant(3, 1 / 3)).toBe('concentrate');
    expect(ipaQuadrant(3, 0.5)).toBe('keep-up');
    expect(ipaQuadrant(2, 1)).toBe('overkill');
    expect(ipaQuadrant(1, 0)).toBe('low-priority');
  });

  it('places value × effort against thresholds, high effort being the hard side', () => {
    const t = { value: 100, effort: 2 };
    expect(valueEffortQuadrant(100, 1, t)).toBe('quick-win');
    expect(valueEffortQuadrant(100, 2, t)).toBe('major-project');
    expect(valueEffortQuadrant(99, 1, t)).toBe('fill-in');
    expect(valueEffortQuadrant(0, 5, t)).toBe('thankless');
  });

  it('takes the median of odd and even sets', () => {
    expect(median([])).toBe(0);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
