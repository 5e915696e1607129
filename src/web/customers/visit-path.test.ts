import { describe, expect, it } from 'vitest';
import { segmentPath, visitSegments } from './visit-path.ts';

const box = (x: number, y: number) => ({ x, y, width: 20, height: 20 });

describe('visit path', () => {
  it('joins badge edges with a curve bent to the left of the move', () => {
    // From (10,10) to (110,10): stops 10 px after the start and 11 px before the end.
    expect(segmentPath({ x: 10, y: 10 }, { x: 110, y: 10 }, 10)).toBe('M 20 10 Q 59.5 0 99 10');
    expect(segmentPath({ x: 110, y: 10 }, { x: 10, y: 10 }, 10)).toBe('M 100 10 Q 60.5 20 21 10');
  });

  it('draws nothing between badges that touch', () => {
    expect(segmentPath({ x: 0, y: 0 }, { x: 15, y: 0 }, 10)).toBeNull();
  });

  it('links the visits in order and skips the ones not measured', () => {
    const boxes = new Map([
      [1, box(0, 0)],
      [2, box(100, 0)],
      [4, box(100, 100)],
    ]);
    expect(visitSegments(boxes, 4, 10).map((s) => s.from)).toEqual([1, 2]);
    expect(visitSegments(new Map(), 3, 10)).toEqual([]);
  });
});
