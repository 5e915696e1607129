/**
 * Operations on the touchpoints of a journey. Moving a touchpoint on the map is
 * changing its stageId or channelId; every reference it gets is checked here,
 * with the op's own field path, before anything is written.
 */
import { type FieldError, fail } from '../shared/result.ts';
import { newTouchpoint } from './defaults.ts';
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
import { type Journey, Touchpoint, type WorkspaceModel } from './schema.ts';

type TouchpointOp = Extract<ModelOp, { op: `touchpoint.${string}` }>;

export function applyTouchpointOp(
  draft: WorkspaceModel,
  op: TouchpointOp,
  at: string,
  ctx: OpContext,
): OpResult {
  const found = findJourney(draft, op.journeyId, at);
  if (!found.ok) return found;
  const { journey, index: j } = found.value;
  if (op.op === 'touchpoint.add') {
    const id = op.item.id ?? ctx.newId();
    const holder = draft.journeys.find((other) => indexById(other.touchpoints, id) >= 0);
    if (holder) {
      return refuse(
        `${at}/item/id`,
        `id ${id} is already used by a touchpoint of journey "${holder.name}"`,
      );
    }
    const errors = referenceErrors(draft, journey, op.item, `${at}/item`);
    if (errors.length > 0) return fail(invalidFields(errors));
    const touchpoint = newTouchpoint({ ...op.item, id });
    journey.touchpoints.push(touchpoint);
    return created(
      { op: op.op, entity: 'touchpoint', id, name: touchpoint.name, journeyId: journey.id },
      {
        value: touchpoint,
        schema: Touchpoint,
        entityPath: `/journeys/${j}/touchpoints/${journey.touchpoints.length - 1}`,
        fieldsPath: `${at}/item`,
      },
    );
  }
  const index = indexById(journey.touchpoints, op.id);
  const touchpoint = journey.touchpoints[index];
  if (!touchpoint) {
    return refuse(`${at}/id`, `journey "${journey.name}" has no touchpoint with id ${op.id}`);
  }
  const change = {
    op: op.op,
    entity: 'touchpoint',
    id: touchpoint.id,
    name: touchpoint.name,
    journeyId: journey.id,
  } as const;
  if (op.op === 'touchpoint.update') {
    const errors = referenceErrors(draft, journey, op.changes, `${at}/changes`);
    if (errors.length > 0) return fail(invalidFields(errors));
    const fields = applyChanges(touchpoint, op.changes);
    const touched = {
      value: touchpoint,
      schema: Touchpoint,
      fields,
      entityPath: `/journeys/${j}/touchpoints/${index}`,
      fieldsPath: `${at}/changes`,
    };
    return done(fields.length > 0 ? { ...change, name: touchpoint.name, fields } : null, touched);
  }
  journey.touchpoints.splice(index, 1);
  journey.transitions = journey.transitions.filter(
    (transition) => transition.fromId !== touchpoint.id && transition.toId !== touchpoint.id,
  );
  forgetOrigin(draft, touchpoint.id);
  return done(change);
}

/** Target touchpoints that came from a removed touchpoint no longer come from anything. */
function forgetOrigin(model: WorkspaceModel, removedId: string): void {
  for (const journey of model.journeys) {
    for (const touchpoint of journey.touchpoints) {
      if (touchpoint.derivedFromId === removedId) touchpoint.derivedFromId = null;
    }
  }
}

/** Every reference among `fields` that does not resolve, each at its field path under `base`. */
function referenceErrors(
  model: WorkspaceModel,
  journey: Journey,
  fields: Partial<Touchpoint>,
  base: string,
): FieldError[] {
  const errors: FieldError[] = [];
  const unknown = (field: string, label: string, id: string) =>
    errors.push({ field: `${base}/${field}`, message: `no ${label} has id ${id}` });
  const { stageId, channelId, objectiveIds, lifecyclePhaseId, derivedFromId } = fields;
  if (stageId !== undefined && indexById(model.stages, stageId) < 0) {
    unknown('stageId', 'stage', stageId);
  }
  if (channelId !== undefined && indexById(model.channels, channelId) < 0) {
    unknown('channelId', 'channel', channelId);
  }
  objectiveIds?.forEach((objectiveId, o) => {
    if (indexById(model.objectives, objectiveId) < 0) {
      unknown(`objectiveIds/${o}`, 'objective', objectiveId);
    }
  });
  if (
    lifecyclePhaseId !== undefined &&
    lifecyclePhaseId !== null &&
    indexById(model.phases, lifecyclePhaseId) < 0
  ) {
    unknown('lifecyclePhaseId', 'lifecycle phase', lifecyclePhaseId);
  }
  if (derivedFromId !== undefined && derivedFromId !== null) {
    const message = originError(model, journey, derivedFromId);
    if (message) errors.push({ field: `${base}/derivedFromId`, message });
  }
  return errors;
}

/** Why a touchpoint of `journey` cannot derive from `originId`; undefined when it can. */
function originError(
  model: WorkspaceModel,
  journey: Journey,
  originId: string,
): string | undefined {
  const source = model.journeys.find((other) => other.id === journey.derivedFromId);
  if (journey.state !== 'target' || !source) {
    return `journey "${journey.name}" is not derived from a current journey: its touchpoints derive from nothing`;
  }
  if (indexById(source.touchpoints, originId) < 0) {
    return `journey "${source.name}", which "${journey.name}" is derived from, has no touchpoint with id ${originId}`;
  }
  return undefined;
}
