import { describe, expect, it } from 'vitest';
import { newTouchpoint } from './defaults.ts';
import { compareJourneys, verdictOf } from './diff.ts';
import { applyOps } from './ops.ts';
import type { ModelOp } from './ops-schema.ts';
import { counterIds, testModel } from './ops-test-model.ts';
import type { Touchpoint, WorkspaceModel } from './schema.ts';

/** The test model with a target `plan` derived from j1 (n1←t1, n2←t2, n3←t3), then `ops`. */
function planned(ops: ModelOp[]): WorkspaceModel {
  const result = applyOps(
    testModel(),
    [{ op: 'journey.deriveTarget', fromId: 'j1', id: 'plan' }, ...ops],
    { newId: counterIds('n') },
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.model;
}

const update = (id: string, changes: Partial<Omit<Touchpoint, 'id'>>): ModelOp => ({
  op: 'touchpoint.update',
  journeyId: 'plan',
  id,
  changes,
});

const base = newTouchpoint({ id: 'a', stageId: 's', channelId: 'c', name: 'A' });
const verdict = (before: Partial<Touchpoint>, after: Partial<Touchpoint>) =>
  verdictOf({ ...base, ...before }, { ...base, ...after });

describe('compareJourneys', () => {
  it('finds nothing to tell between a current journey and its fresh target', () => {
    expect(compareJourneys(planned([]), 'j1', 'plan')).toEqual({
      added: [],
      removed: [],
      changed: [],
      unchanged: 3,
    });
  });

  it('tells what the target adds, drops and changes, with a verdict per change', () => {
    const model = planned([
      update('n1', { performance: 'enchantment', objectiveIds: ['o2', 'o1'] }),
      update('n2', { rupture: false, emotion: -3, owner: 'E-commerce team' }),
      { op: 'touchpoint.remove', journeyId: 'plan', id: 'n3' },
      {
        op: 'touchpoint.add',
        journeyId: 'plan',
        item: { id: 'fresh', stageId: 's3', channelId: 'c1', name: 'Review request' },
      },
    ]);
    const comparison = compareJourneys(model, 'j1', 'plan');
    expect(comparison?.added.map((touchpoint) => touchpoint.id)).toEqual(['fresh']);
    expect(comparison?.removed.map((touchpoint) => touchpoint.id)).toEqual(['t3']);
    expect(comparison?.unchanged).toBe(0);
    expect(
      comparison?.changed.map(({ before, after, fields, verdict }) => ({
        before: before.id,
        after: after.id,
        fields,
        verdict,
      })),
    ).toEqual([
      { before: 't1', after: 'n1', fields: ['performance'], verdict: 'improved' },
      {
        before: 't2',
        after: 'n2',
        fields: ['owner', 'emotion', 'rupture'],
        verdict: 'mixed',
      },
    ]);
  });

  it('counts a target touchpoint whose origin is gone as added', () => {
    const model = planned([update('n1', { derivedFromId: null })]);
    const comparison = compareJourneys(model, 'j1', 'plan');
    expect(comparison?.added.map((touchpoint) => touchpoint.id)).toEqual(['n1']);
    expect(comparison?.removed.map((touchpoint) => touchpoint.id)).toEqual(['t1']);
    expect(comparison?.unchanged).toBe(2);
  });

  it('answers null when either journey is unknown', () => {
    expect(compareJourneys(testModel(), 'j1', 'nope')).toBeNull();
    expect(compareJourneys(testModel(), 'nope', 'j1')).toBeNull();
  });
});

describe('verdictOf', () => {
  it('ranks performance missing < irritant < neutral < enchantment', () => {
    expect(verdict({ performance: 'missing' }, { performance: 'irritant' })).toBe('improved');
    expect(verdict({ performance: 'enchantment' }, { performance: 'neutral' })).toBe('worsened');
    expect(verdict({ performance: 'irritant' }, { performance: 'irritant', owner: 'X' })).toBe(
      'neutral',
    );
  });

  it('reads emotion only when both sides have one', () => {
    expect(verdict({ emotion: -1 }, { emotion: 2 })).toBe('improved');
    expect(verdict({ emotion: 2 }, { emotion: 1 })).toBe('worsened');
    expect(verdict({ emotion: null }, { emotion: 2 })).toBe('neutral');
  });

  it('counts a rupture removed as better, and a new one as worse', () => {
    expect(verdict({ rupture: true }, { rupture: false })).toBe('improved');
    expect(verdict({ rupture: false }, { rupture: true })).toBe('worsened');
    expect(verdict({ rupture: true, emotion: 1 }, { rupture: false, emotion: 0 })).toBe('mixed');
  });

  it('weighs a moment of truth by how the touchpoint performs', () => {
    const enchanting = { performance: 'enchantment' as const };
    const irritating = { performance: 'irritant' as const };
    expect(verdict(enchanting, { ...enchanting, momentOfTruth: true })).toBe('improved');
    expect(verdict(irritating, { ...irritating, momentOfTruth: true })).toBe('worsened');
    expect(verdict({ ...irritating, momentOfTruth: true }, irritating)).toBe('improved');
    expect(verdict({ momentOfTruth: true }, { momentOfTruth: false })).toBe('neutral');
  });
});
