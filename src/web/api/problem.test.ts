import { describe, expect, it } from 'vitest';
import {
  ApiError,
  fieldErrors,
  fieldName,
  networkProblem,
  parseProblem,
  toProblem,
  UNEXPECTED_PROBLEM,
  unplacedErrors,
} from './problem.ts';

const validation = {
  type: 'https://parcours.dev/problems/invalid',
  title: 'Invalid request',
  status: 400,
  detail: 'The request has 2 invalid fields.',
  errors: [
    { field: '/email', message: 'must be an email' },
    { field: '/password', message: 'must have at least 12 characters' },
    { field: '/email', message: 'second message for email' },
  ],
};

describe('parseProblem', () => {
  it('reads a problem+json body', () => {
    const problem = parseProblem(400, validation);
    expect(problem.detail).toBe('The request has 2 invalid fields.');
    expect(problem.title).toBe('Invalid request');
    expect(problem.status).toBe(400);
    expect(problem.errors).toHaveLength(3);
  });

  it('copes with a body that is not a problem', () => {
    expect(parseProblem(502, null)).toEqual({
      type: 'about:blank',
      title: '',
      status: 502,
      detail: '',
      errors: [],
    });
    expect(parseProblem(500, ['x']).status).toBe(500);
  });

  it('drops malformed field errors and wrongly typed members', () => {
    const problem = parseProblem(400, {
      detail: 42,
      errors: [{ field: '/name' }, 'oops', { field: '/name', message: 'required' }],
    });
    expect(problem.detail).toBe('');
    expect(problem.status).toBe(400);
    expect(problem.errors).toEqual([{ field: '/name', message: 'required' }]);
  });
});

describe('fieldName', () => {
  it('turns JSON pointers into input names', () => {
    expect(fieldName('/email')).toBe('email');
    expect(fieldName('/members/0/role')).toBe('members.0.role');
    expect(fieldName('/a~1b/c~0d')).toBe('a/b.c~d');
    expect(fieldName('')).toBe('');
    expect(fieldName('/')).toBe('');
  });
});

describe('fieldErrors', () => {
  it('keys messages by input name, first one wins', () => {
    expect(fieldErrors(parseProblem(400, validation))).toEqual({
      email: 'must be an email',
      password: 'must have at least 12 characters',
    });
  });

  it('is empty without a problem or for whole-document errors', () => {
    expect(fieldErrors(null)).toEqual({});
    expect(fieldErrors(parseProblem(400, { errors: [{ field: '', message: 'bad' }] }))).toEqual({});
  });
});

describe('unplacedErrors', () => {
  it('keeps the errors that no input shows', () => {
    const problem = parseProblem(400, validation);
    expect(unplacedErrors(problem, ['email'])).toEqual([
      { field: '/password', message: 'must have at least 12 characters' },
    ]);
  });
});

describe('toProblem', () => {
  it('unwraps API errors and hides anything else', () => {
    const apiError = new ApiError(networkProblem());
    expect(toProblem(apiError)).toBe(apiError.problem);
    expect(toProblem(new TypeError('boom')).type).toBe(UNEXPECTED_PROBLEM);
  });

  it('uses the detail as the error message', () => {
    expect(new ApiError(parseProblem(401, { detail: 'Wrong password' })).message).toBe(
      'Wrong password',
    );
  });
});
