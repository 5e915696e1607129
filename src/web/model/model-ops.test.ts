import { describe, expect, it } from 'vitest';
import type { Persona, WorkspaceModel } from '../../model/schema.ts';
import {
  canEditModel,
  changedFields,
  currencyOp,
  listOf,
  removeOp,
  saveOps,
  stepOps,
} from './model-ops.ts';

const persona: Persona = {
  id: 'p1',
  name: 'Anna',
  description: '',
  goals: ['Save time'],
  frustrations: [],
  share: 0.35,
  color: '#3b5bdb',
  pictureUrl: null,
};
const { id: _id, ...fields } = persona;

describe('saveOps', () => {
  it('adds a new item without an id', () => {
    expect(saveOps('persona', null, fields)).toEqual([{ op: 'persona.add', item: fields }]);
  });

  it('updates only the fields that changed', () => {
    const edited = { ...fields, goals: ['Save time', 'Pay less'], share: 0.4 };
    expect(saveOps('persona', persona, edited)).toEqual([
      { op: 'persona.update', id: 'p1', changes: { goals: ['Save time', 'Pay less'], share: 0.4 } },
    ]);
  });

  it('sends nothing when nothing changed', () => {
    expect(saveOps('persona', persona, { ...fields, goals: ['Save time'] })).toEqual([]);
  });
});

describe('changedFields', () => {
  it('compares lists and nulls by value', () => {
    expect(changedFields({ a: [1], b: null, c: 'x' }, { a: [1], b: null, c: 'y' })).toEqual({
      c: 'y',
    });
  });
});

describe('stepOps', () => {
  const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

  it('moves one place up or down', () => {
    expect(stepOps('stage', items, 'b', -1)).toEqual([{ op: 'stage.move', id: 'b', index: 0 }]);
    expect(stepOps('stage', items, 'b', 1)).toEqual([{ op: 'stage.move', id: 'b', index: 2 }]);
  });

  it('does nothing at the ends or for an unknown id', () => {
    expect(stepOps('stage', items, 'a', -1)).toEqual([]);
    expect(stepOps('stage', items, 'c', 1)).toEqual([]);
    expect(stepOps('stage', items, 'zz', 1)).toEqual([]);
  });
});

describe('other ops', () => {
  it('builds remove and currency ops', () => {
    expect(removeOp('objective', 'o1')).toEqual({ op: 'objective.remove', id: 'o1' });
    expect(currencyOp('EUR')).toEqual({ op: 'currency.set', currency: 'EUR' });
  });

  it('finds the list of each entity', () => {
    const model = {
      currency: 'EUR',
      personas: [persona],
      phases: [],
      stages: [],
      channels: [],
      objectives: [],
      journeys: [],
    } satisfies WorkspaceModel;
    expect(listOf(model, 'persona')).toEqual([persona]);
    expect(listOf(model, 'stage')).toEqual([]);
  });
});

describe('canEditModel', () => {
  it('lets editors and owners edit, viewers read', () => {
    expect(canEditModel('owner')).toBe(true);
    expect(canEditModel('editor')).toBe(true);
    expect(canEditModel('viewer')).toBe(false);
  });
});
