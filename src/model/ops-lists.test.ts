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

const touchpointsOf = (model: WorkspaceModel) => model.journeys[0]?.touchpoints ?? [];

describe('workspace list ops', () => {
  it('adds at the end, or at an index clamped to the list', () => {
    const { model } = applied(
      apply([
        { op: 'channel.add', item: { name: 'Chat', kind: 'digital', media: [] } },
        { op: 'channel.add', item: { name: 'Kiosk', kind: 'physical', media: [] }, index: 99 },
        { op: 'channel.add', item: { name: 'Radio', kind: 'physical', media: [] }, index: 0 },
      ]),
    );
    expect(model.channels.map((channel) => channel.name)).toEqual([
      'Radio',
      'Web',
      'Store',
      'Chat',
      'Kiosk',
    ]);
  });

  it('moves within the list, clamping the index', () => {
    const { model, changes } = applied(
      apply([
        { op: 'stage.move', id: 's1', index: 50 },
        { op: 'stage.move', id: 's2', index: 1 },
      ]),
    );
    expect(model.stages.map((stage) => stage.id)).toEqual(['s3', 's2', 's1']);
    expect(changes).toEqual([
      { op: 'stage.move', entity: 'stage', id: 's1', name: 'Arrival' },
      { op: 'stage.move', entity: 'stage', id: 's2', name: 'Purchase' },
    ]);
  });

  it('updates only the given fields and records those that changed', () => {
    const { model, changes } = applied(
      apply([
        {
          op: 'persona.update',
          id: 'p1',
          changes: { name: 'Busy parents', goals: ['Save time'], share: 0.5 },
        },
      ]),
    );
    expect(model.personas[0]).toMatchObject({ name: 'Busy parents', share: 0.5, color: '#336699' });
    expect(changes).toEqual([
      {
        op: 'persona.update',
        entity: 'persona',
        id: 'p1',
        name: 'Busy parents',
        fields: ['name', 'share'],
      },
    ]);
  });

  it('refuses unknown ids at the op field', () => {
    for (const op of [
      { op: 'phase.update', id: 'x', changes: { name: 'Y' } },
      { op: 'objective.move', id: 'x', index: 0 },
      { op: 'persona.remove', id: 'x' },
    ] as const) {
      expect(failure(apply([op])).kind).toBe('invalid');
    }
    expect(failure(apply([{ op: 'phase.update', id: 'x', changes: { name: 'Y' } }]))).toEqual({
      kind: 'invalid',
      message: '/ops/0/id: no lifecycle phase has id x',
      errors: [{ field: '/ops/0/id', message: 'no lifecycle phase has id x' }],
    });
  });

  it('refuses to remove a stage that still holds touchpoints, saying how many and where', () => {
    const { model } = applied(apply([{ op: 'journey.deriveTarget', fromId: 'j1', name: 'Plan' }]));
    expect(failure(apply([{ op: 'stage.remove', id: 's2' }], model))).toEqual({
      kind: 'conflict',
      message:
        'stage "Purchase" still holds 4 touchpoints (2 in journey "Today", 2 in journey "Plan"): move or remove them first',
      field: '/ops/0/id',
    });
    expect(failure(apply([{ op: 'channel.remove', id: 'c2' }]))).toEqual({
      kind: 'conflict',
      message:
        'channel "Store" still holds 1 touchpoint (1 in journey "Today"): move or remove them first',
      field: '/ops/0/id',
    });
  });

  it('removes an empty stage or channel', () => {
    const { model, changes } = applied(
      apply([
        { op: 'stage.remove', id: 's3' },
        { op: 'touchpoint.remove', journeyId: 'j1', id: 't3' },
        { op: 'channel.remove', id: 'c2' },
      ]),
    );
    expect(model.stages.map((stage) => stage.id)).toEqual(['s1', 's2']);
    expect(model.channels.map((channel) => channel.id)).toEqual(['c1']);
    expect(changes.map((change) => `${change.op} ${change.name}`)).toEqual([
      'stage.remove Recommendation',
      'touchpoint.remove Till',
      'channel.remove Store',
    ]);
  });

  it('refuses to remove a persona that still has journeys', () => {
    expect(failure(apply([{ op: 'persona.remove', id: 'p1' }]))).toEqual({
      kind: 'conflict',
      message: 'persona "Busy parent" still has 1 journey ("Today"): remove them first',
      field: '/ops/0/id',
    });
    const { model } = applied(apply([{ op: 'persona.remove', id: 'p2' }]));
    expect(model.personas.map((persona) => persona.id)).toEqual(['p1']);
  });

  it('detaches a removed objective or phase from the touchpoints instead of refusing', () => {
    const { model } = applied(
      apply([
        { op: 'objective.remove', id: 'o1' },
        { op: 'phase.remove', id: 'ph1' },
      ]),
    );
    expect(model.objectives.map((objective) => objective.id)).toEqual(['o2']);
    expect(model.phases).toEqual([]);
    expect(touchpointsOf(model)[0]).toMatchObject({ objectiveIds: ['o2'], lifecyclePhaseId: null });
  });

  it('sets the currency', () => {
    expect(applied(apply([{ op: 'currency.set', currency: 'GBP' }])).model.currency).toBe('GBP');
  });
});
