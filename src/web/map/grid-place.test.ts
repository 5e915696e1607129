import { describe, expect, it } from 'vitest';
import { at, gridStyle } from './grid-place.ts';

describe('grid placement', () => {
  it('places an item by row and columns', () => {
    expect(at(3, 2, 4)).toEqual({ gridRow: '3', gridColumn: '2 / span 4' });
  });

  it('gives every stage the same columns and room for the last one', () => {
    expect(gridStyle(3, 2, 'auto')).toEqual({
      gridTemplateColumns: 'var(--lane-head-width) repeat(6, minmax(var(--stage-width), 1fr)) auto',
      width: 'max(100%, calc(var(--lane-head-width) + 6 * var(--stage-width) + 3.5rem))',
    });
  });

  it('still draws the lane headers without any stage', () => {
    expect(gridStyle(0, 1, null).gridTemplateColumns).toBe('var(--lane-head-width)');
  });
});
