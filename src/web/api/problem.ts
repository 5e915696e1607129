/**
 * Errors from the API arrive as RFC 9457 `application/problem+json`. This module turns any
 * failed response (or a failed fetch) into one `Problem` shape, so that forms only have to
 * show `detail` and put `errors` next to their inputs.
 */

export interface FieldError {
  /** JSON pointer to the offending input, e.g. `/email`. */
  readonly field: string;
  readonly message: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  /** HTTP status; 0 when no response arrived. */
  readonly status: number;
  readonly detail: string;
  readonly errors: readonly FieldError[];
}

/** Problem types made up on the client, for failures that have no server response. */
export const NETWORK_PROBLEM = 'parcours:network';
export const UNEXPECTED_PROBLEM = 'parcours:unexpected';

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title || `HTTP ${problem.status}`);
    this.name = 'ApiError';
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

const clientProblem = (type: string, title: string): Problem => ({
  type,
  title,
  status: 0,
  detail: '',
  errors: [],
});

export const networkProblem = (): Problem => clientProblem(NETWORK_PROBLEM, 'Network error');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const stringOr = (value: unknown, fallback: string): string =>
  typeof value === 'string' ? value : fallback;

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string'
      ? [{ field: item.field, message: item.message }]
      : [],
  );
}

/**
 * Reads a problem body defensively: a proxy or a crash may answer with HTML or nothing,
 * and the interface must still say something sensible.
 */
export function parseProblem(status: number, body: unknown): Problem {
  if (!isRecord(body)) {
    return { type: 'about:blank', title: '', status, detail: '', errors: [] };
  }
  return {
    type: stringOr(body.type, 'about:blank'),
    title: stringOr(body.title, ''),
    status: typeof body.status === 'number' ? body.status : status,
    detail: stringOr(body.detail, ''),
    errors: parseFieldErrors(body.errors),
  };
}

/** Any thrown value as a problem; non-API errors are bugs and get the generic message. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ApiError) return error.problem;
  return clientProblem(UNEXPECTED_PROBLEM, 'Unexpected error');
}

/** `/email` → `email`, `/members/0/role` → `members.0.role` (with `~1`/`~0` unescaped). */
export function fieldName(pointer: string): string {
  return pointer
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .join('.');
}

/** Field errors keyed by input name; the first message of a field wins. */
export function fieldErrors(problem: Problem | null): Readonly<Record<string, string>> {
  const byName: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    const name = fieldName(error.field);
    if (name !== '' && byName[name] === undefined) byName[name] = error.message;
  }
  return byName;
}

/** Field errors that no rendered input will show, so the general alert lists them instead. */
export function unplacedErrors(problem: Problem, placed: readonly string[]): FieldError[] {
  return problem.errors.filter((error) => !placed.includes(fieldName(error.field)));
}

export const isAbortError = (error: unknown): boolean =>
  error instanceof Error && error.name === 'AbortError';
