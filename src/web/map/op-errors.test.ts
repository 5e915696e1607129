import { describe, expect, it } from 'vitest';
import type { Problem } from '../api/problem.ts';
import { opField, opFieldErrors, placedOpErrors } from './op-errors.ts';

const problem = (fields: string[]): Problem => ({
  type: 'urn:parcours:problem:invalid',
  title: 'Invalid',
  status: 400,
  detail: '',
  errors: fields.map((field) => ({ field, message: `bad ${field}` })),
});

describe('opField', () => {
  it('names the edited field of an op', () => {
    expect(opField('/ops/0/changes/emotion')).toBe('emotion');
    expect(opField('/ops/0/changes/cost/amountCents')).toBe('cost');
    expect(opField('/ops/1/item/name')).toBe('name');
    expect(opField('/ops/0/name')).toBe('name');
    expect(opField('/ops/0')).toBeNull();
    expect(opField('/email')).toBeNull();
  });
});

describe('opFieldErrors', () => {
  it('keeps the first message of each field', () => {
    const errors = opFieldErrors(
      problem(['/ops/0/changes/emotion', '/ops/0/changes/emotion', '/ops/0/changes/cost/period']),
    );
    expect(errors).toEqual({
      emotion: 'bad /ops/0/changes/emotion',
      cost: 'bad /ops/0/changes/cost/period',
    });
    expect(opFieldErrors(null)).toEqual({});
  });

  it('tells the alert which errors a field already shows', () => {
    expect(placedOpErrors(problem(['/ops/0/changes/emotion', '/ops/0']), ['emotion'])).toEqual([
      'ops.0.changes.emotion',
    ]);
  });
});
