import { describe, expect, it } from 'vitest';
import { badgeOf, compareMarks } from './compare.ts';
import { touchpoint } from './test-model.ts';

const before = touchpoint('c-1', 's1', 'web', { performance: 'irritant' });
const after = touchpoint('t-1', 's1', 'web', { performance: 'enchantment', derivedFromId: 'c-1' });

describe('compareMarks', () => {
  const marks = compareMarks({
    added: [touchpoint('t-new', 's2', 'app')],
    removed: [touchpoint('c-gone', 's3', 'store')],
    changed: [
      { before, after, fields: ['performance'], verdict: 'improved' },
      {
        before: touchpoint('c-2', 's1', 'web'),
        after: touchpoint('t-2', 's1', 'web'),
        fields: ['emotion'],
        verdict: 'worsened',
      },
    ],
    unchanged: 7,
  });

  it('marks removed cards on the current map and added cards on the target', () => {
    expect(marks.current.get('c-gone')).toEqual({ kind: 'removed' });
    expect(marks.target.get('t-new')).toEqual({ kind: 'added' });
    expect(marks.target.has('c-gone')).toBe(false);
  });

  it('marks a changed touchpoint on its target side, with its verdict and fields', () => {
    const mark = { kind: 'changed', verdict: 'improved', fields: ['performance'] };
    expect(marks.target.get('t-1')).toEqual(mark);
    expect(marks.current.has('c-1')).toBe(false);
  });

  it('counts the differences', () => {
    expect(marks.summary).toEqual({
      added: 1,
      removed: 1,
      improved: 1,
      worsened: 1,
      mixed: 0,
      neutral: 0,
      unchanged: 7,
    });
  });

  it('gives each card at most one badge', () => {
    expect(badgeOf(marks.target.get('t-1'))).toBe('improved');
    expect(badgeOf(marks.target.get('t-new'))).toBe('added');
    expect(badgeOf(marks.current.get('c-gone'))).toBe('removed');
    expect(badgeOf(undefined)).toBeNull();
  });
});
