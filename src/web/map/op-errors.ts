/**
 * The server points at a wrong value inside the ops it refused, e.g.
 * `/ops/0/changes/emotion` or `/ops/0/changes/cost/amountCents`; forms show the message next
 * to the field it names (`emotion`, `cost`).
 */
import { fieldName, type Problem } from '../api/problem.ts';

const unescapeSegment = (segment: string): string =>
  segment.replaceAll('~1', '/').replaceAll('~0', '~');

/** The edited field a pointer names, or null when it names no field of an op. */
export function opField(pointer: string): string | null {
  const segments = pointer.split('/').filter((segment) => segment !== '');
  if (segments[0] !== 'ops') return null;
  const container = segments.findIndex((segment) => segment === 'changes' || segment === 'item');
  const field = container === -1 ? segments[2] : segments[container + 1];
  return field === undefined ? null : unescapeSegment(field);
}

/** Messages by edited field; the first message of a field wins. */
export function opFieldErrors(problem: Problem | null): Readonly<Record<string, string>> {
  const byField: Record<string, string> = {};
  for (const error of problem?.errors ?? []) {
    const field = opField(error.field);
    if (field !== null && byField[field] === undefined) byField[field] = error.message;
  }
  return byField;
}

/** The problem's errors that a shown field displays, as `ProblemAlert` names them. */
export function placedOpErrors(problem: Problem | null, shown: readonly string[]): string[] {
  return (problem?.errors ?? [])
    .filter((error) => {
      const field = opField(error.field);
      return field !== null && shown.includes(field);
    })
    .map((error) => fieldName(error.field));
}
