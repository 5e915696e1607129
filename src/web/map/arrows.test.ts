import { describe, expect, it } from 'vitest';
import { arrowGeometry, sameBox, sameBoxes } from './arrows.ts';

const box = (x: number, y: number) => ({ x, y, width: 100, height: 40 });

describe('arrowGeometry', () => {
  it('goes from the right side of a card to the left side of a card further right', () => {
    const arrow = arrowGeometry(box(0, 0), box(200, 100));
    expect(arrow.start).toEqual({ x: 100, y: 20 });
    expect(arrow.end).toEqual({ x: 200, y: 120 });
    expect(arrow.d).toBe('M 100 20 C 150 20, 150 120, 200 120');
    expect(arrow.middle).toEqual({ x: 150, y: 70 });
  });

  it('goes backwards from the left side to the right side', () => {
    const arrow = arrowGeometry(box(300, 0), box(0, 0));
    expect(arrow.start).toEqual({ x: 300, y: 20 });
    expect(arrow.end).toEqual({ x: 100, y: 20 });
  });

  it('goes down or up inside one column, bottom to top', () => {
    const down = arrowGeometry(box(0, 0), box(10, 100));
    expect(down.start).toEqual({ x: 50, y: 40 });
    expect(down.end).toEqual({ x: 60, y: 100 });
    const up = arrowGeometry(box(0, 100), box(0, 0));
    expect(up.start).toEqual({ x: 50, y: 100 });
    expect(up.end).toEqual({ x: 50, y: 40 });
  });

  it('pulls short arrows out of the card by at least 24 px', () => {
    const arrow = arrowGeometry(box(0, 0), box(110, 0));
    expect(arrow.d).toBe('M 100 20 C 124 20, 86 20, 110 20');
  });
});

describe('sameBox', () => {
  it('ignores sub-pixel differences', () => {
    expect(sameBox(box(0, 0), { ...box(0.2, 0), width: 100.3 })).toBe(true);
    expect(sameBox(box(0, 0), box(1, 0))).toBe(false);
    expect(sameBox(undefined, undefined)).toBe(true);
    expect(sameBox(box(0, 0), undefined)).toBe(false);
  });
});

describe('sameBoxes', () => {
  it('compares every card, and the set of cards', () => {
    const a = new Map([['x', box(0, 0)]]);
    expect(sameBoxes(a, new Map([['x', box(0, 0.1)]]))).toBe(true);
    expect(sameBoxes(a, new Map([['y', box(0, 0)]]))).toBe(false);
    expect(sameBoxes(a, new Map())).toBe(false);
  });
});
