import { describe, expect, it } from 'vitest';
import { bubbleSize, niceCeil, spreadOverlaps } from './matrix-parts.ts';

describe('matrix parts', () => {
  it('ends axes on round numbers', () => {
    expect([0.7, 1, 1.1, 2.2, 4.48, 147_000, 0].map(niceCeil)).toEqual([
      1, 1, 2, 2.5, 5, 200_000, 1,
    ]);
  });

  it('sizes bubbles by area', () => {
    expect(bubbleSize(0, 100)).toBe(10);
    expect(bubbleSize(100, 100)).toBe(38);
    expect(bubbleSize(25, 100)).toBe(24);
    expect(bubbleSize(5, 0)).toBe(10);
  });

  it('spreads points that share a spot, leaving lone points alone', () => {
    const placed = spreadOverlaps(
      [
        { x: 1, y: 1 },
        { x: 1, y: 1 },
        { x: 0, y: 0 },
      ],
      0.1,
      0.2,
    );
    expect(placed[2]).toEqual([0, 0]);
    expect(placed[0]?.[0]).toBeCloseTo(1);
    expect(placed[0]?.[1]).toBeCloseTo(0.8);
    expect(placed[1]?.[1]).toBeCloseTo(1.2);
  });
});
