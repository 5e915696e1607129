import { describe, expect, it } from 'vitest';
import type { Failure, Result } from '../shared/result.ts';
import { type AppliedOps, applyOps } from './ops.ts';
import type { ModelOp } from './ops-schema.ts';
import { counterIds, testModel } from './ops-test-model.ts';
import type { WorkspaceModel } from './schema.ts';

const apply = (ops: ModelOp[], model: WorkspaceModel = testModel()) =>
  applyOps(model, ops, { newId: counterIds() });

const applied = (result: Result<AppliedOps>): AppliedOps => {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
};

const failure = (result: Result<AppliedOps>): Failure => {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
};

describe('applyOps', () => {
  it('applies ops in order and reports each change and created id', () => {
    const { model, changes, createdIds } = applied(
      apply([
        { op: 'stage.add', item: { name: 'Delivery', description: 'It arrives' }, index: 2 },
        { op: 'stage.update', id: 's1', changes: { name: 'Arrival', description: 'Lands' } },
        { op: 'currency.set', currency: 'USD' },
      ]),
    );
    expect(model.stages.map((stage) => stage.id)).toEqual(['s1', 's2', 'id1', 's3']);
    expect(model.currency).toBe('USD');
    expect(createdIds).toEqual(['id1', null, null]);
    expect(changes).toEqual([
      { op: 'stage.add', entity: 'stage', id: 'id1', name: 'Delivery' },
      { op: 'stage.update', entity: 'stage', id: 's1', name: 'Arrival', fields: ['description'] },
      {
        op: 'currency.set',
        entity: 'workspace',
        id: 'currency',
        name: 'USD',
        fields: ['currency'],
      },
    ]);
  });

  it('never mutates the model or the ops it is given', () => {
    const model = testModel();
    const ops: ModelOp[] = [
      { op: 'touchpoint.update', journeyId: 'j1', id: 't1', changes: { objectiveIds: ['o2'] } },
      { op: 'objective.remove', id: 'o1' },
      { op: 'touchpoint.remove', journeyId: 'j1', id: 't2' },
      { op: 'journey.deriveTarget', fromId: 'j1' },
      { op: 'stage.move', id: 's3', index: 0 },
    ];
    const before = structuredClone(model);
    const opsBefore = structuredClone(ops);
    const { model: after } = applied(applyOps(model, ops, { newId: counterIds() }));
    expect(model).toEqual(before);
    expect(ops).toEqual(opsBefore);
    expect(after).not.toEqual(before);
    const [firstOp] = ops;
    if (firstOp?.op !== 'touchpoint.update') throw new Error('fixture');
    expect(after.journeys[0]?.touchpoints[0]?.objectiveIds).not.toBe(firstOp.changes.objectiveIds);
  });

  it('is atomic: one failing op applies nothing and names its index', () => {
    const model = testModel();
    const result = applyOps(
      model,
      [
        { op: 'stage.add', item: { name: 'Delivery', description: '' } },
        { op: 'stage.remove', id: 's9' },
      ],
      { newId: counterIds() },
    );
    expect(failure(result)).toEqual({
      kind: 'invalid',
      message: '/ops/1/id: no stage has id s9',
      errors: [{ field: '/ops/1/id', message: 'no stage has id s9' }],
    });
    expect(model).toEqual(testModel());
  });

  it('leaves no history line for an update that changes nothing', () => {
    const { changes } = applied(
      apply([
        { op: 'persona.update', id: 'p1', changes: { name: 'Busy parent', goals: ['Save time'] } },
        { op: 'touchpoint.update', journeyId: 'j1', id: 't1', changes: { emotion: 1 } },
        { op: 'stage.move', id: 's1', index: 0 },
        { op: 'currency.set', currency: 'EUR' },
      ]),
    );
    expect(changes).toEqual([]);
  });

  it('refuses a result the schema refuses, pointing into the op that caused it', () => {
    const result = apply([
      { op: 'stage.add', item: { name: 'Delivery', description: '' } },
      { op: 'touchpoint.update', journeyId: 'j1', id: 't2', changes: { emotion: 7 } },
      { op: 'persona.update', id: 'p1', changes: { color: 'red' } },
    ]);
    expect(failure(result)).toMatchObject({
      kind: 'invalid',
      errors: [{ field: '/ops/1/changes/emotion', message: 'must be at most 3' }],
    });
    const blank = failure(apply([{ op: 'journey.rename', id: 'j1', name: '   ' }]));
    expect(blank).toMatchObject({
      errors: [{ field: '/ops/0/name', message: 'must not be blank' }],
    });
    const negative = failure(
      apply([
        {
          op: 'touchpoint.add',
          journeyId: 'j1',
          item: {
            stageId: 's1',
            channelId: 'c1',
            name: 'Ad',
            cost: { amountCents: -1, period: 'monthly' },
          },
        },
      ]),
    );
    expect(negative).toMatchObject({
      errors: [{ field: '/ops/0/item/cost/amountCents', message: 'must be at least 0' }],
    });
  });

  it('refuses a result that breaks a model rule, reporting it against the op', () => {
    const result = apply([
      { op: 'stage.add', item: { name: 'Delivery', description: '' } },
      {
        op: 'touchpoint.update',
        journeyId: 'j1',
        id: 't1',
        changes: { objectiveIds: ['o2', 'o2'] },
      },
    ]);
    expect(failure(result)).toEqual({
      kind: 'invalid',
      message: '/ops/1/changes/objectiveIds/1: touchpoint "Home page" lists objective o2 twice',
      errors: [
        {
          field: '/ops/1/changes/objectiveIds/1',
          message: 'touchpoint "Home page" lists objective o2 twice',
        },
      ],
    });
  });

  it('lets later ops use what earlier ops of the same list created', () => {
    const result = apply([
      { op: 'journey.add', personaId: 'p2', state: 'current', name: 'Student today' },
      {
        op: 'touchpoint.add',
        journeyId: 'id1',
        item: { stageId: 's1', channelId: 'c1', name: 'Ad' },
      },
      {
        op: 'touchpoint.add',
        journeyId: 'id1',
        item: { stageId: 's2', channelId: 'c1', name: 'Buy' },
      },
      { op: 'transition.add', journeyId: 'id1', item: { fromId: 'id2', toId: 'id3' } },
      { op: 'journey.deriveTarget', fromId: 'id1' },
    ]);
    const { createdIds, model } = applied(result);
    expect(createdIds).toEqual(['id1', 'id2', 'id3', 'id4', 'id5']);
    expect(model.journeys.map((journey) => journey.name)).toEqual([
      'Today',
      'Student today',
      'Student today (target)',
    ]);
  });

  it('ignores problems the model already had, and still refuses new ones', () => {
    const broken = testModel();
    broken.stages.push({ id: 's1', name: 'Twin', description: '' });
    const persona = broken.personas[0];
    if (persona) persona.color = 'red';
    const renamed = apply(
      [{ op: 'persona.update', id: 'p1', changes: { name: 'Parent' } }],
      broken,
    );
    expect(applied(renamed).model.personas[0]?.name).toBe('Parent');
    expect(applied(apply([{ op: 'stage.move', id: 's3', index: 0 }], broken)).changes).toHaveLength(
      1,
    );
    const result = apply([{ op: 'channel.update', id: 'c1', changes: { name: ' ' } }], broken);
    expect(failure(result)).toMatchObject({
      errors: [{ field: '/ops/0/changes/name', message: 'must not be blank' }],
    });
  });

  it('uses the ids it is given, and refuses ones already in use', () => {
    const { createdIds } = applied(
      apply([
        { op: 'objective.add', item: { id: 'growth', name: 'Growth', description: '', weight: 1 } },
      ]),
    );
    expect(createdIds).toEqual(['growth']);
    expect(
      failure(
        apply([{ op: 'objective.add', item: { id: 'o1', name: 'X', description: '', weight: 1 } }]),
      ),
    ).toMatchObject({
      errors: [
        { field: '/ops/0/item/id', message: 'id o1 is already used by objective "Grow revenue"' },
      ],
    });
  });
});
