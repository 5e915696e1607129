/**
 * What every model operation shares: the change record it leaves in the
 * history, lookups that fail with the op's field path, and small list edits.
 * Operations work on a private draft copy of the model (see ./ops.ts).
 */

import type { TSchema } from 'typebox';
import { type Failure, type FieldError, fail, ok, type Result } from '../shared/result.ts';
import type { ModelOpName } from './ops-schema.ts';
import type { Journey, WorkspaceModel } from './schema.ts';

export type ChangeEntity =
  | 'persona'
  | 'phase'
  | 'stage'
  | 'channel'
  | 'objective'
  | 'journey'
  | 'touchpoint'
  | 'transition'
  | 'workspace';

/** One line of the history: who changed what (the who is added by the service). */
export interface ChangeEntry {
  op: ModelOpName;
  entity: ChangeEntity;
  id: string;
  /** Human label of the entity, as it is after the change (before it, for a removal). */
  name: string;
  journeyId?: string;
  /** For updates: the fields whose value really changed. */
  fields?: string[];
}

export interface OpContext {
  readonly newId: () => string;
}

/**
 * What an op wrote: checked against its schema right after the op, and used to
 * point a problem found later in the model back into the op's own fields.
 */
export interface Touched {
  /** The written entity, and the schema it must satisfy. */
  readonly value: unknown;
  readonly schema: TSchema;
  /** Only these fields came from the op (the rest was already there); all when absent. */
  readonly fields?: readonly string[];
  /** JSON pointer of the entity in the model, e.g. `/journeys/0/touchpoints/2`. */
  readonly entityPath: string;
  /** JSON pointer of its fields in the op, e.g. `/ops/3/changes`. */
  readonly fieldsPath: string;
}

export interface OpOutcome {
  /** null when the op changed nothing (an update to the same values, a move in place). */
  readonly change: ChangeEntry | null;
  readonly createdId: string | null;
  readonly touched?: Touched;
}

export type OpResult = Result<OpOutcome>;

export const done = (change: ChangeEntry | null, touched?: Touched): OpResult =>
  ok(touched ? { change, createdId: null, touched } : { change, createdId: null });

export const created = (change: ChangeEntry, touched?: Touched): OpResult =>
  ok(touched ? { change, createdId: change.id, touched } : { change, createdId: change.id });

export const invalidFields = (errors: readonly FieldError[]): Failure => ({
  kind: 'invalid',
  message: errors.map((error) => `${error.field}: ${error.message}`).join('; '),
  errors,
});

export const refuse = (field: string, message: string): OpResult =>
  fail(invalidFields([{ field, message }]));

/** A refusal at `field` when `id` is already used in `items`, naming the item that has it. */
export function takenId(
  items: readonly { readonly id: string; readonly name: string }[],
  id: string,
  label: string,
  field: string,
): OpResult | undefined {
  const taken = items.find((item) => item.id === id);
  return taken ? refuse(field, `id ${id} is already used by ${label} "${taken.name}"`) : undefined;
}

export const indexById = <T extends { readonly id: string }>(items: readonly T[], id: string) =>
  items.findIndex((item) => item.id === id);

/** The journey an op names, or a failure pointing at its `journeyId`. */
export function findJourney(
  model: WorkspaceModel,
  journeyId: string,
  at: string,
): Result<{ journey: Journey; index: number }> {
  const index = indexById(model.journeys, journeyId);
  const journey = model.journeys[index];
  return journey
    ? ok({ journey, index })
    : fail(
        invalidFields([{ field: `${at}/journeyId`, message: `no journey has id ${journeyId}` }]),
      );
}

/** Puts an item at `index`, clamped to the list; at the end when no index is given. */
export function insertAt<T>(items: T[], item: T, index: number | undefined): number {
  const position = Math.min(Math.max(index ?? items.length, 0), items.length);
  items.splice(position, 0, item);
  return position;
}

/** Moves the item at `from` to `to` (clamped); false when it stays where it is. */
export function moveTo<T>(items: T[], from: number, to: number): boolean {
  const position = Math.min(Math.max(to, 0), items.length - 1);
  if (position === from) return false;
  const [item] = items.splice(from, 1);
  if (item !== undefined) items.splice(position, 0, item);
  return true;
}

/** Deep equality of JSON values (the model holds nothing else). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return (
      Array.isArray(a) &&
      Array.isArray(b) &&
      a.length === b.length &&
      a.every((item, index) => sameValue(item, b[index]))
    );
  }
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key) => sameValue(Reflect.get(a, key), Reflect.get(b, key)))
  );
}

/**
 * Writes `changes` onto `target` (copies, never shared with the op) and returns
 * the names of the fields whose value really changed.
 */
export function applyChanges<T extends object>(target: T, changes: Partial<T>): string[] {
  const changed: string[] = [];
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined || sameValue(Reflect.get(target, field), value)) continue;
    Reflect.set(target, field, structuredClone(value));
    changed.push(field);
  }
  return changed;
}
