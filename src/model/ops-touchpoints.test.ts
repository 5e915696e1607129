import { describe, expect, it } from 'vitest';
import type { Failure, Result } from '../shared/result.ts';
import { type AppliedOps, applyOps } from './ops.ts';
import type { ModelOp } from './ops-schema.ts';
import { counterIds, testModel } from './ops-test-model.ts';
import type { Journey, WorkspaceModel } from './schema.ts';

const apply = (ops: ModelOp[], model: WorkspaceModel = testModel()) =>
  applyOps(model, ops, { newId: counterIds('n') });

const applied = (result: Result<AppliedOps>): AppliedOps => {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
};

const failure = (result: Result<AppliedOps>): Failure => {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
};

const journeyOf = (model: WorkspaceModel, id = 'j1'): Journey => {
  const journey = model.journeys.find((candidate) => candidate.id === id);
  if (!journey) throw new Error(`no journey ${id}`);
  return journey;
};

/** The test model plus a target journey `plan` derived from j1 (touchpoints n1, n2, n3). */
const withTarget = (): WorkspaceModel =>
  applied(apply([{ op: 'journey.deriveTarget', fromId: 'j1', id: 'plan' }])).model;

describe('touchpoint ops', () => {
  it('adds a touchpoint with defaults for every unspecified field', () => {
    const { model, changes, createdIds } = applied(
      apply([
        {
          op: 'touchpoint.add',
          journeyId: 'j1',
          item: { stageId: 's3', channelId: 'c2', name: 'Word of mouth', emotion: 2 },
        },
      ]),
    );
    expect(journeyOf(model).touchpoints[3]).toMatchObject({
      id: 'n1',
      name: 'Word of mouth',
      emotion: 2,
      performance: 'neutral',
      objectiveIds: [],
      rupture: false,
      derivedFromId: null,
    });
    expect(createdIds).toEqual(['n1']);
    expect(changes).toEqual([
      {
        op: 'touchpoint.add',
        entity: 'touchpoint',
        id: 'n1',
        name: 'Word of mouth',
        journeyId: 'j1',
      },
    ]);
  });

  it('refuses every unknown reference of a new touchpoint at once, each at its field', () => {
    const result = apply([
      {
        op: 'touchpoint.add',
        journeyId: 'j1',
        item: {
          stageId: 's9',
          channelId: 'c9',
          name: 'Ghost',
          objectiveIds: ['o1', 'o9'],
          lifecyclePhaseId: 'ph9',
          derivedFromId: 't1',
        },
      },
    ]);
    expect(failure(result)).toMatchObject({
      kind: 'invalid',
      errors: [
        { field: '/ops/0/item/stageId', message: 'no stage has id s9' },
        { field: '/ops/0/item/channelId', message: 'no channel has id c9' },
        { field: '/ops/0/item/objectiveIds/1', message: 'no objective has id o9' },
        { field: '/ops/0/item/lifecyclePhaseId', message: 'no lifecycle phase has id ph9' },
        {
          field: '/ops/0/item/derivedFromId',
          message:
            'journey "Today" is not derived from a current journey: its touchpoints derive from nothing',
        },
      ],
    });
  });

  it('refuses an unknown journey, an unknown touchpoint and an id used anywhere', () => {
    expect(failure(apply([{ op: 'touchpoint.remove', journeyId: 'j9', id: 't1' }]))).toMatchObject({
      errors: [{ field: '/ops/0/journeyId', message: 'no journey has id j9' }],
    });
    expect(
      failure(apply([{ op: 'touchpoint.update', journeyId: 'j1', id: 't9', changes: {} }])),
    ).toMatchObject({
      errors: [{ field: '/ops/0/id', message: 'journey "Today" has no touchpoint with id t9' }],
    });
    const reuse = apply(
      [
        {
          op: 'touchpoint.add',
          journeyId: 'plan',
          item: { id: 't1', stageId: 's1', channelId: 'c1', name: 'Copy' },
        },
      ],
      withTarget(),
    );
    expect(failure(reuse)).toMatchObject({
      errors: [
        {
          field: '/ops/0/item/id',
          message: 'id t1 is already used by a touchpoint of journey "Today"',
        },
      ],
    });
  });

  it('moves a touchpoint by changing its stage or channel, checking the references', () => {
    const { model, changes } = applied(
      apply([
        {
          op: 'touchpoint.update',
          journeyId: 'j1',
          id: 't3',
          changes: { stageId: 's3', channelId: 'c1' },
        },
      ]),
    );
    expect(journeyOf(model).touchpoints[2]).toMatchObject({ stageId: 's3', channelId: 'c1' });
    expect(changes[0]?.fields).toEqual(['stageId', 'channelId']);
    const bad = apply([
      { op: 'touchpoint.update', journeyId: 'j1', id: 't3', changes: { stageId: 's9' } },
    ]);
    expect(failure(bad)).toMatchObject({
      errors: [{ field: '/ops/0/changes/stageId', message: 'no stage has id s9' }],
    });
  });

  it('lets a target touchpoint derive only from a touchpoint of its source journey', () => {
    const model = withTarget();
    const ok = apply(
      [{ op: 'touchpoint.update', journeyId: 'plan', id: 'n1', changes: { derivedFromId: 't2' } }],
      model,
    );
    expect(journeyOf(applied(ok).model, 'plan').touchpoints[0]?.derivedFromId).toBe('t2');
    const bad = apply(
      [{ op: 'touchpoint.update', journeyId: 'plan', id: 'n1', changes: { derivedFromId: 'n2' } }],
      model,
    );
    expect(failure(bad)).toMatchObject({
      errors: [
        {
          field: '/ops/0/changes/derivedFromId',
          message:
            'journey "Today", which "Today (target)" is derived from, has no touchpoint with id n2',
        },
      ],
    });
  });

  it('removes a touchpoint with its transitions, and unlinks what derived from it', () => {
    const { model, changes } = applied(
      apply([{ op: 'touchpoint.remove', journeyId: 'j1', id: 't2' }], withTarget()),
    );
    expect(journeyOf(model).touchpoints.map((touchpoint) => touchpoint.id)).toEqual(['t1', 't3']);
    expect(journeyOf(model).transitions).toEqual([]);
    expect(journeyOf(model, 'plan').touchpoints[1]).toMatchObject({
      id: 'n2',
      derivedFromId: null,
    });
    expect(changes).toEqual([
      {
        op: 'touchpoint.remove',
        entity: 'touchpoint',
        id: 't2',
        name: 'Checkout',
        journeyId: 'j1',
      },
    ]);
  });
});

describe('transition ops', () => {
  it('adds a transition between two touchpoints of the journey', () => {
    const { model, changes } = applied(
      apply([
        {
          op: 'transition.add',
          journeyId: 'j1',
          item: { fromId: 't1', toId: 't3', label: 'Walks in' },
        },
      ]),
    );
    expect(journeyOf(model).transitions[2]).toEqual({
      id: 'n1',
      fromId: 't1',
      toId: 't3',
      possible: true,
      label: 'Walks in',
    });
    expect(changes).toEqual([
      {
        op: 'transition.add',
        entity: 'transition',
        id: 'n1',
        name: 'transition "Home page" → "Till"',
        journeyId: 'j1',
      },
    ]);
  });

  it('refuses ends outside the journey, a loop, and a repeated pair', () => {
    const outside = apply(
      [{ op: 'transition.add', journeyId: 'plan', item: { fromId: 't1', toId: 'n3' } }],
      withTarget(),
    );
    expect(failure(outside)).toMatchObject({
      errors: [
        {
          field: '/ops/0/item/fromId',
          message: 'journey "Today (target)" has no touchpoint with id t1',
        },
      ],
    });
    const loop = apply([
      { op: 'transition.add', journeyId: 'j1', item: { fromId: 't1', toId: 't1' } },
    ]);
    expect(failure(loop)).toMatchObject({
      errors: [
        {
          field: '/ops/0/item/toId',
          message: 'a transition cannot go from a touchpoint to itself',
        },
      ],
    });
    const twin = apply([
      { op: 'transition.add', journeyId: 'j1', item: { fromId: 't1', toId: 't2' } },
    ]);
    expect(failure(twin)).toMatchObject({
      errors: [
        {
          field: '/ops/0/item',
          message: 'journey "Today" already has this transition "Home page" → "Checkout"',
        },
      ],
    });
  });

  it('updates a transition, checking its new ends, and removes one', () => {
    const { model, changes } = applied(
      apply([
        {
          op: 'transition.update',
          journeyId: 'j1',
          id: 'r2',
          changes: { possible: true, toId: 't1' },
        },
        { op: 'transition.remove', journeyId: 'j1', id: 'r1' },
      ]),
    );
    expect(journeyOf(model).transitions).toEqual([
      { id: 'r2', fromId: 't2', toId: 't1', possible: true, label: '' },
    ]);
    expect(changes.map((change) => [change.op, change.name, change.fields])).toEqual([
      ['transition.update', 'transition "Checkout" → "Home page"', ['possible', 'toId']],
      ['transition.remove', 'transition "Home page" → "Checkout"', undefined],
    ]);
    const twin = apply([
      { op: 'transition.update', journeyId: 'j1', id: 'r2', changes: { fromId: 't1', toId: 't2' } },
    ]);
    expect(failure(twin).kind).toBe('invalid');
    expect(failure(apply([{ op: 'transition.remove', journeyId: 'j1', id: 'r9' }]))).toMatchObject({
      errors: [{ field: '/ops/0/id', message: 'journey "Today" has no transition with id r9' }],
    });
  });
});
