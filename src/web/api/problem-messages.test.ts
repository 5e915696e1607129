import { describe, expect, it } from 'vitest';
import { parseProblem } from './problem.ts';
import { problemMessageKey } from './problem-messages.ts';

describe('problem messages', () => {
  it('translates the problems people meet most', () => {
    const credentials = parseProblem(401, {
      type: 'urn:parcours:problem:unauthenticated-credentials',
      detail: 'x',
    });
    expect(problemMessageKey(credentials)).toBe('errors.credentials');
    const link = parseProblem(400, {
      type: 'urn:parcours:problem:invalid',
      errors: [{ field: '/token', message: 'expired' }],
    });
    expect(problemMessageKey(link)).toBe('errors.linkInvalid');
  });

  it("keeps the server's words for the others", () => {
    const conflict = parseProblem(409, {
      type: 'urn:parcours:problem:conflict',
      detail: 'the last owner cannot be removed',
    });
    expect(problemMessageKey(conflict)).toBeUndefined();
  });
});
