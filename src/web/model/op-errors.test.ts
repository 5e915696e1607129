import { describe, expect, it } from 'vitest';
import { parseProblem } from '../api/problem.ts';
import { opFieldName, placeOpErrors, tidyOpProblem } from './op-errors.ts';

describe('opFieldName', () => {
  it('finds the form field of an op error', () => {
    expect(opFieldName('/ops/0/item/name')).toBe('name');
    expect(opFieldName('/ops/3/changes/goals/2')).toBe('goals');
    expect(opFieldName('/ops/0/currency')).toBe('currency');
  });

  it('leaves errors about the request itself to the general alert', () => {
    expect(opFieldName('/ops/0/id')).toBeNull();
    expect(opFieldName('/ops/0')).toBeNull();
    expect(opFieldName('/ops')).toBeNull();
    expect(opFieldName('/name')).toBeNull();
    expect(opFieldName('')).toBeNull();
  });
});

describe('placeOpErrors', () => {
  const problem = parseProblem(400, {
    errors: [
      { field: '/ops/0/item/name', message: 'must not be blank' },
      { field: '/ops/0/item/name', message: 'second message' },
      { field: '/ops/0/item/share', message: 'must be <= 1' },
      { field: '/ops/0/id', message: 'unknown persona' },
    ],
  });

  it('puts errors next to the fields the form has', () => {
    expect(placeOpErrors(problem, ['name', 'description'])).toEqual({
      byField: { name: 'must not be blank' },
      placed: ['ops.0.item.name', 'ops.0.item.name'],
    });
  });

  it('places nothing without a problem', () => {
    expect(placeOpErrors(null, ['name'])).toEqual({ byField: {}, placed: [] });
  });
});

describe('tidyOpProblem', () => {
  it('drops an error that repeats the detail', () => {
    const detail = 'stage "Arrival" still holds 10 touchpoints';
    const problem = parseProblem(409, {
      detail,
      errors: [{ field: '/ops/0/id', message: detail }],
    });
    expect(tidyOpProblem(problem).errors).toEqual([]);
  });

  it('keeps the first message of each field', () => {
    const problem = parseProblem(400, {
      detail: 'long',
      errors: [
        { field: '/ops/0/changes/name', message: 'must match pattern' },
        { field: '/ops/0/op', message: 'must be equal to constant' },
        { field: '/ops/0/changes/name', message: 'must NOT have fewer than 1 characters' },
      ],
    });
    expect(tidyOpProblem(problem).errors).toEqual([
      { field: '/ops/0/changes/name', message: 'must match pattern' },
      { field: '/ops/0/op', message: 'must be equal to constant' },
    ]);
  });
});
