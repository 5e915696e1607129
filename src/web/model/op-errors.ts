/**
 * The server reports a refused edit with JSON pointers into the request, e.g.
 * `/ops/0/item/name` or `/ops/0/changes/goals/2`. Forms show them next to their input.
 */
import { fieldName, type Problem } from '../api/problem.ts';

const OP_KEYS = new Set(['op', 'id', 'index']);

/** The form field a pointer is about, or null when it is about the request as a whole. */
export function opFieldName(pointer: string): string | null {
  const segments = fieldName(pointer).split('.');
  if (segments[0] !== 'ops' || !/^\d+$/.test(segments[1] ?? '')) return null;
  const [, , third, fourth] = segments;
  if ((third === 'item' || third === 'changes') && fourth !== undefined) return fourth;
  if (third !== undefined && fourth === undefined && !OP_KEYS.has(third)) return third;
  return null;
}

export interface PlacedErrors {
  /** Messages by form field name; the first message of a field wins. */
  readonly byField: Readonly<Record<string, string>>;
  /** `fieldName`s of the errors shown by inputs, for `<ProblemAlert placed>`. */
  readonly placed: readonly string[];
}

/** Splits a problem's errors between the given form fields and the general alert. */
export function placeOpErrors(problem: Problem | null, fields: readonly string[]): PlacedErrors {
  const byField: Record<string, string> = {};
  const placed: string[] = [];
  for (const error of problem?.errors ?? []) {
    const field = opFieldName(error.field);
    if (field === null || !fields.includes(field)) continue;
    byField[field] ??= error.message;
    placed.push(fieldName(error.field));
  }
  return { byField, placed };
}

/**
 * One line per field: the server may echo its detail as the only error, or report a field
 * several times (first the real reason, then what every other kind of op would have needed).
 */
export function tidyOpProblem(problem: Problem): Problem {
  const seen = new Set<string>();
  const errors = problem.errors.filter((error) => {
    if (error.message === problem.detail || seen.has(error.field)) return false;
    seen.add(error.field);
    return true;
  });
  return { ...problem, errors };
}
