import { describe, expect, it } from 'vitest';
import { carries, DRAG_TYPES, dropIndex, moved, stepIndex } from './reorder.ts';

const ids = ['a', 'b', 'c', 'd'];

describe('stepIndex', () => {
  it('moves one place left or right, not past the ends', () => {
    expect(stepIndex(ids, 'b', -1)).toBe(0);
    expect(stepIndex(ids, 'b', 1)).toBe(2);
    expect(stepIndex(ids, 'a', -1)).toBeNull();
    expect(stepIndex(ids, 'd', 1)).toBeNull();
    expect(stepIndex(ids, 'z', 1)).toBeNull();
  });
});

describe('dropIndex', () => {
  it('takes the place of the item dropped on, in both directions', () => {
    expect(dropIndex(ids, 'a', 'c')).toBe(2);
    expect(moved(ids, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(dropIndex(ids, 'd', 'b')).toBe(1);
    expect(moved(ids, 3, 1)).toEqual(['a', 'd', 'b', 'c']);
  });

  it('does nothing when dropped on itself or on an unknown item', () => {
    expect(dropIndex(ids, 'b', 'b')).toBeNull();
    expect(dropIndex(ids, 'b', 'z')).toBeNull();
  });
});

describe('carries', () => {
  it('tells the drag kinds apart by their types', () => {
    expect(carries([DRAG_TYPES.stage], 'stage')).toBe(true);
    expect(carries([DRAG_TYPES.stage], 'channel')).toBe(false);
    expect(carries(['text/plain'], 'touchpoint')).toBe(false);
  });
});
