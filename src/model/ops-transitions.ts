/**
 * Operations on the transitions of a journey: moves between two of its own
 * touchpoints, never from a touchpoint to itself, each pair listed once.
 */
import { type FieldError, fail } from '../shared/result.ts';
import { newTransition } from './defaults.ts';
import type { ModelOp } from './ops-schema.ts';
import {
  applyChanges,
  created,
  done,
  findJourney,
  indexById,
  invalidFields,
  type OpContext,
  type OpResult,
  refuse,
} from './ops-support.ts';
import { type Journey, Transition, type WorkspaceModel } from './schema.ts';
import { describeTransition } from './validate.ts';

type TransitionOp = Extract<ModelOp, { op: `transition.${string}` }>;

export function applyTransitionOp(
  draft: WorkspaceModel,
  op: TransitionOp,
  at: string,
  ctx: OpContext,
): OpResult {
  const found = findJourney(draft, op.journeyId, at);
  if (!found.ok) return found;
  const { journey, index: j } = found.value;
  if (op.op === 'transition.add') {
    const id = op.item.id ?? ctx.newId();
    const holder = draft.journeys.find((other) => indexById(other.transitions, id) >= 0);
    if (holder) {
      return refuse(
        `${at}/item/id`,
        `id ${id} is already used by a transition of journey "${holder.name}"`,
      );
    }
    const transition = newTransition({ ...op.item, id });
    const errors = endErrors(journey, transition, `${at}/item`);
    if (errors.length > 0) return fail(invalidFields(errors));
    journey.transitions.push(transition);
    const name = describeTransition(journey, transition);
    return created(
      { op: op.op, entity: 'transition', id, name, journeyId: journey.id },
      {
        value: transition,
        schema: Transition,
        entityPath: `/journeys/${j}/transitions/${journey.transitions.length - 1}`,
        fieldsPath: `${at}/item`,
      },
    );
  }
  const index = indexById(journey.transitions, op.id);
  const transition = journey.transitions[index];
  if (!transition) {
    return refuse(`${at}/id`, `journey "${journey.name}" has no transition with id ${op.id}`);
  }
  const change = {
    op: op.op,
    entity: 'transition',
    id: transition.id,
    name: describeTransition(journey, transition),
    journeyId: journey.id,
  } as const;
  if (op.op === 'transition.update') {
    const errors = endErrors(journey, { ...transition, ...op.changes }, `${at}/changes`);
    if (errors.length > 0) return fail(invalidFields(errors));
    const fields = applyChanges(transition, op.changes);
    const touched = {
      value: transition,
      schema: Transition,
      fields,
      entityPath: `/journeys/${j}/transitions/${index}`,
      fieldsPath: `${at}/changes`,
    };
    const name = describeTransition(journey, transition);
    return done(fields.length > 0 ? { ...change, name, fields } : null, touched);
  }
  journey.transitions.splice(index, 1);
  return done(change);
}

/** What is wrong with the ends of `transition` (as it would be) in `journey`. */
function endErrors(journey: Journey, transition: Transition, base: string): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of ['fromId', 'toId'] as const) {
    if (indexById(journey.touchpoints, transition[field]) >= 0) continue;
    errors.push({
      field: `${base}/${field}`,
      message: `journey "${journey.name}" has no touchpoint with id ${transition[field]}`,
    });
  }
  if (transition.fromId === transition.toId) {
    errors.push({
      field: `${base}/toId`,
      message: 'a transition cannot go from a touchpoint to itself',
    });
  }
  const twin = journey.transitions.find(
    (other) =>
      other.id !== transition.id &&
      other.fromId === transition.fromId &&
      other.toId === transition.toId,
  );
  if (twin) {
    errors.push({
      field: base,
      message: `journey "${journey.name}" already has this ${describeTransition(journey, twin)}`,
    });
  }
  return errors;
}
