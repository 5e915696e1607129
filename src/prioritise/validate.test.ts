import { describe, expect, it } from 'vitest';
import type { WorkspaceModel } from '../model/schema.ts';
import { planProblem } from './budget-problem.ts';
import { DEFAULT_BUDGET, DEFAULT_WEIGHTS } from './defaults.ts';
import { action, journeyOf, objective, touchpoint } from './test-fixtures.ts';
import {
  dependencyCycle,
  liveBudget,
  validateAction,
  validateBudget,
  validateWeights,
} from './validate.ts';

const model = {
  currency: 'EUR',
  personas: [],
  phases: [],
  stages: [],
  channels: [{ id: 'web', name: 'Web', kind: 'digital', media: [] }],
  objectives: [objective('repeat', 30)],
  journeys: [journeyOf([touchpoint('checkout')])],
} as WorkspaceModel;

const fields = ({ id: _id, createdAt: _c, updatedAt: _u, ...rest }: ReturnType<typeof action>) =>
  rest;

describe('action rules', () => {
  it('accepts known references, dropping duplicates and a minimum on an indivisible action', () => {
    const result = validateAction(
      fields(
        action('new', {
          touchpointIds: ['checkout', 'checkout'],
          channelId: 'web',
          minSpendCents: 5,
          requires: ['a', 'a'],
        }),
      ),
      { model, others: [action('a')], selfId: 'new' },
    );
    expect(result.ok && result.value).toMatchObject({
      touchpointIds: ['checkout'],
      requires: ['a'],
      minSpendCents: null,
    });
  });

  it('names every unknown reference by its field', () => {
    const result = validateAction(
      fields(
        action('new', {
          touchpointIds: ['checkout', 'gone'],
          channelId: 'tv',
          requires: ['new', 'ghost'],
        }),
      ),
      { model, others: [], selfId: 'new' },
    );
    expect(
      !result.ok && result.error.kind === 'invalid' && result.error.errors.map((e) => e.field),
    ).toEqual(['/touchpointIds/1', '/channelId', '/requires/0', '/requires/1']);
  });

  it('refuses dependencies that go round in a circle', () => {
    const others = [
      action('a', { requires: ['b'] }),
      action('b', { requires: ['c'] }),
      action('c'),
    ];
    const result = validateAction(fields(action('c', { requires: ['a'] })), {
      model,
      others: others.filter((a) => a.id !== 'c'),
      selfId: 'c',
    });
    expect(!result.ok && result.error.message).toBe(
      '/requires: dependencies would go round in a circle: c → a → b → c',
    );
    expect(dependencyCycle('x', () => [])).toBeUndefined();
  });
});

describe('budget and weight rules', () => {
  it('checks channels, bounds and objectives', () => {
    const result = validateBudget(
      {
        ...DEFAULT_BUDGET,
        channels: [
          {
            channelId: 'web',
            minCents: 500,
            maxCents: 100,
            returns: { short: 1, medium: 0, long: 0 },
          },
          {
            channelId: 'web',
            minCents: 0,
            maxCents: null,
            returns: { short: 1, medium: 0, long: 0 },
          },
          {
            channelId: 'tv',
            minCents: 0,
            maxCents: null,
            returns: { short: 1, medium: 0, long: 0 },
          },
        ],
        objectiveHorizons: [{ objectiveId: 'gone', horizon: 'long' }],
      },
      model,
    );
    expect(
      !result.ok && result.error.kind === 'invalid' && result.error.errors.map((e) => e.field),
    ).toEqual([
      '/channels/0/maxCents',
      '/channels/1/channelId',
      '/channels/2/channelId',
      '/objectiveHorizons/0/objectiveId',
    ]);
  });

  it('ignores settings about removed channels and objectives', () => {
    const stale = {
      ...DEFAULT_BUDGET,
      channels: [
        { channelId: 'tv', minCents: 0, maxCents: null, returns: { short: 1, medium: 0, long: 0 } },
      ],
      objectiveHorizons: [
        { objectiveId: 'repeat', horizon: 'medium' as const },
        { objectiveId: 'gone', horizon: 'long' as const },
      ],
    };
    expect(liveBudget(stale, model)).toMatchObject({
      channels: [],
      objectiveHorizons: [{ objectiveId: 'repeat' }],
    });
  });

  it('wants at least one positive weight on each side', () => {
    expect(validateWeights(DEFAULT_WEIGHTS).ok).toBe(true);
    const zero = {
      ...DEFAULT_WEIGHTS,
      action: { value: 0, touchpoints: 0, cost: 0, effort: 0, time: 0 },
    };
    expect(!validateWeights(zero).ok).toBe(true);
  });
});

describe('plan problem from stored actions', () => {
  it('commits in-progress actions, drops done ones and their dependency, costs over the period', () => {
    const problem = planProblem(
      [
        action('done', { status: 'done', oneOffCents: 1_000 }),
        action('running', {
          status: 'in-progress',
          oneOffCents: 500,
          recurringCents: 100,
          requires: ['done'],
        }),
        action('idea', { divisible: true, minSpendCents: 300, requires: ['running', 'idea'] }),
        action('fixed', { minSpendCents: 300 }),
      ],
      {
        ...DEFAULT_BUDGET,
        periodMonths: 6,
        channels: [
          {
            channelId: 'web',
            minCents: 0,
            maxCents: null,
            returns: { short: 1, medium: 0, long: 0 },
          },
        ],
      },
      { short: 1, medium: 0, long: 0 },
      new Map([['web', 'Web']]),
    );
    expect(
      problem.actions.map((a) => [a.id, a.committed, a.costCents, a.requires, a.minSpendCents]),
    ).toEqual([
      ['running', true, 1_100, [], 0],
      ['idea', false, 0, ['running'], 300],
      ['fixed', false, 0, [], 0],
    ]);
    expect(problem.channels[0]?.name).toBe('Web');
  });
});
