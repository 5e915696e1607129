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

const journeyOf = (model: WorkspaceModel, id: string): Journey => {
  const journey = model.journeys.find((candidate) => candidate.id === id);
  if (!journey) throw new Error(`no journey ${id}`);
  return journey;
};

describe('journey ops', () => {
  it('adds an empty journey for a persona', () => {
    const { model, changes, createdIds } = applied(
      apply([{ op: 'journey.add', personaId: 'p2', state: 'current', name: 'Campus life' }]),
    );
    expect(journeyOf(model, 'n1')).toEqual({
      id: 'n1',
      personaId: 'p2',
      state: 'current',
      name: 'Campus life',
      derivedFromId: null,
      touchpoints: [],
      transitions: [],
    });
    expect(createdIds).toEqual(['n1']);
    expect(changes).toEqual([
      { op: 'journey.add', entity: 'journey', id: 'n1', name: 'Campus life' },
    ]);
  });

  it('refuses a journey for an unknown persona, or a second current journey', () => {
    expect(
      failure(apply([{ op: 'journey.add', personaId: 'p9', state: 'target', name: 'X' }])),
    ).toMatchObject({ errors: [{ field: '/ops/0/personaId', message: 'no persona has id p9' }] });
    expect(
      failure(apply([{ op: 'journey.add', personaId: 'p1', state: 'current', name: 'Again' }])),
    ).toMatchObject({
      kind: 'invalid',
      errors: [
        {
          field: '/ops/0/state',
          message:
            'persona "Busy parent" already has a current journey ("Today"): add or derive a target journey instead',
        },
      ],
    });
    expect(
      failure(
        apply([{ op: 'journey.add', id: 'j1', personaId: 'p2', state: 'current', name: 'X' }]),
      ),
    ).toMatchObject({
      errors: [{ field: '/ops/0/id', message: 'id j1 is already used by journey "Today"' }],
    });
  });

  it('derives a target: a copy with new ids, linked to where it comes from', () => {
    const { model, createdIds, changes } = applied(
      apply([{ op: 'journey.deriveTarget', fromId: 'j1' }]),
    );
    const source = journeyOf(testModel(), 'j1');
    const target = journeyOf(model, 'n1');
    expect(createdIds).toEqual(['n1']);
    expect(changes).toEqual([
      { op: 'journey.deriveTarget', entity: 'journey', id: 'n1', name: 'Today (target)' },
    ]);
    expect(target).toMatchObject({
      personaId: 'p1',
      state: 'target',
      name: 'Today (target)',
      derivedFromId: 'j1',
    });
    expect(
      target.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint.derivedFromId]),
    ).toEqual([
      ['n2', 't1'],
      ['n3', 't2'],
      ['n4', 't3'],
    ]);
    expect(target.touchpoints.map(({ id: _id, derivedFromId: _from, ...rest }) => rest)).toEqual(
      source.touchpoints.map(({ id: _id, derivedFromId: _from, ...rest }) => rest),
    );
    expect(target.transitions).toEqual([
      { id: 'n5', fromId: 'n2', toId: 'n3', possible: true, label: '' },
      { id: 'n6', fromId: 'n3', toId: 'n4', possible: false, label: '' },
    ]);
    expect(journeyOf(model, 'j1')).toEqual(source);
  });

  it('names the target as asked, and keeps a long default name within the limit', () => {
    const named = applied(
      apply([{ op: 'journey.deriveTarget', fromId: 'j1', name: 'Vision 2027' }]),
    );
    expect(journeyOf(named.model, 'n1').name).toBe('Vision 2027');
    const long = applied(apply([{ op: 'journey.rename', id: 'j1', name: 'x'.repeat(200) }]));
    const derived = applied(apply([{ op: 'journey.deriveTarget', fromId: 'j1' }], long.model));
    const name = journeyOf(derived.model, 'n1').name;
    expect(name).toHaveLength(200);
    expect(name.endsWith(' (target)')).toBe(true);
  });

  it('refuses to derive from a target journey or an unknown one', () => {
    const { model } = applied(apply([{ op: 'journey.deriveTarget', fromId: 'j1', id: 'plan' }]));
    expect(failure(apply([{ op: 'journey.deriveTarget', fromId: 'plan' }], model))).toEqual({
      kind: 'invalid',
      message:
        '/ops/0/fromId: journey "Today (target)" is a target journey: a target is derived from a current journey',
      errors: [
        {
          field: '/ops/0/fromId',
          message:
            'journey "Today (target)" is a target journey: a target is derived from a current journey',
        },
      ],
    });
    expect(failure(apply([{ op: 'journey.deriveTarget', fromId: 'j9' }]))).toMatchObject({
      errors: [{ field: '/ops/0/fromId', message: 'no journey has id j9' }],
    });
  });

  it('renames, recording the change only when the name really changes', () => {
    const { model, changes } = applied(
      apply([
        { op: 'journey.rename', id: 'j1', name: 'As is' },
        { op: 'journey.rename', id: 'j1', name: 'As is' },
      ]),
    );
    expect(journeyOf(model, 'j1').name).toBe('As is');
    expect(changes).toEqual([
      { op: 'journey.rename', entity: 'journey', id: 'j1', name: 'As is', fields: ['name'] },
    ]);
    expect(failure(apply([{ op: 'journey.rename', id: 'j9', name: 'X' }]))).toMatchObject({
      errors: [{ field: '/ops/0/id', message: 'no journey has id j9' }],
    });
  });

  it('removes a journey; targets derived from it stay, no longer linked to it', () => {
    const { model } = applied(
      apply([
        { op: 'journey.deriveTarget', fromId: 'j1', id: 'plan' },
        { op: 'journey.remove', id: 'j1' },
      ]),
    );
    const plan = journeyOf(model, 'plan');
    expect(model.journeys.map((journey) => journey.id)).toEqual(['plan']);
    expect(plan.derivedFromId).toBeNull();
    expect(plan.touchpoints.every((touchpoint) => touchpoint.derivedFromId === null)).toBe(true);
    expect(plan.transitions).toHaveLength(2);
  });
});
