/**
 * The server explains failures in English; for the problems people meet most,
 * the interface says it in their language instead. Others keep the server's text.
 */
import { NETWORK_PROBLEM, type Problem, UNEXPECTED_PROBLEM } from './problem.ts';

/** Keys of messages without placeholders, so they translate with no arguments. */
type ProblemMessageKey =
  | 'errors.network'
  | 'errors.unexpected'
  | 'errors.credentials'
  | 'errors.sessionExpired'
  | 'errors.forbidden'
  | 'errors.notFound'
  | 'errors.linkInvalid';

const BY_TYPE: Readonly<Record<string, ProblemMessageKey>> = {
  [NETWORK_PROBLEM]: 'errors.network',
  [UNEXPECTED_PROBLEM]: 'errors.unexpected',
  'urn:parcours:problem:internal': 'errors.unexpected',
  'urn:parcours:problem:unauthenticated-credentials': 'errors.credentials',
  'urn:parcours:problem:unauthenticated-expired': 'errors.sessionExpired',
  'urn:parcours:problem:forbidden': 'errors.forbidden',
  'urn:parcours:problem:not-found': 'errors.notFound',
};

/** A dictionary key for the problem, or undefined to show the server's own words. */
export function problemMessageKey(problem: Problem): ProblemMessageKey | undefined {
  if (problem.errors.some((error) => error.field === '/token')) return 'errors.linkInvalid';
  return BY_TYPE[problem.type];
}
