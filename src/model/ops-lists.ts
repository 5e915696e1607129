/**
 * Operations on the ordered workspace-level lists: personas, lifecycle phases,
 * stages, channels and strategic objectives. Removals keep the model whole:
 * a stage or channel that still holds touchpoints, or a persona that still has
 * journeys, is refused; an objective or phase is detached from its touchpoints.
 */
import { conflict, fail } from '../shared/result.ts';
import type { ModelOp } from './ops-schema.ts';
import {
  applyChanges,
  type ChangeEntity,
  created,
  done,
  indexById,
  insertAt,
  moveTo,
  type OpContext,
  type OpResult,
  refuse,
  takenId,
} from './ops-support.ts';
import {
  Channel,
  LifecyclePhase,
  Objective,
  Persona,
  Stage,
  type WorkspaceModel,
} from './schema.ts';

export type ListEntity = 'persona' | 'phase' | 'stage' | 'channel' | 'objective';
type ListVerb = 'add' | 'update' | 'move' | 'remove';
export type ListOp = Extract<ModelOp, { op: `${ListEntity}.${ListVerb}` }>;
type ListItem = { id: string; name: string };

const LISTS = {
  persona: { key: 'personas', label: 'persona', schema: Persona },
  phase: { key: 'phases', label: 'lifecycle phase', schema: LifecyclePhase },
  stage: { key: 'stages', label: 'stage', schema: Stage },
  channel: { key: 'channels', label: 'channel', schema: Channel },
  objective: { key: 'objectives', label: 'objective', schema: Objective },
} as const;

export const isListOp = (op: ModelOp): op is ListOp =>
  Object.hasOwn(LISTS, op.op.split('.')[0] ?? '');

export function applyListOp(
  draft: WorkspaceModel,
  op: ListOp,
  at: string,
  ctx: OpContext,
): OpResult {
  const entity = op.op.split('.')[0] as ListEntity;
  const { key, label, schema } = LISTS[entity];
  // Every list holds items of its own type; the op's discriminant guarantees its item matches.
  const items = draft[key] as ListItem[];
  if ('item' in op) {
    const id = op.item.id ?? ctx.newId();
    const taken = takenId(items, id, label, `${at}/item/id`);
    if (taken) return taken;
    const { id: _given, ...fields } = structuredClone(op.item);
    const item: ListItem = { id, ...fields };
    const position = insertAt(items, item, op.index);
    return created(
      { op: op.op, entity, id, name: item.name },
      { value: item, schema, entityPath: `/${key}/${position}`, fieldsPath: `${at}/item` },
    );
  }
  const index = indexById(items, op.id);
  const item = items[index];
  if (!item) return refuse(`${at}/id`, `no ${label} has id ${op.id}`);
  const change = { op: op.op, entity, id: item.id, name: item.name };
  if ('changes' in op) {
    const fields = applyChanges(item, op.changes);
    const touched = {
      value: item,
      schema,
      fields,
      entityPath: `/${key}/${index}`,
      fieldsPath: `${at}/changes`,
    };
    return done(fields.length > 0 ? { ...change, name: item.name, fields } : null, touched);
  }
  if ('index' in op) return done(moveTo(items, index, op.index) ? change : null);
  const refusal = removalConflict(draft, entity, item);
  if (refusal) return fail(conflict(refusal, `${at}/id`));
  items.splice(index, 1);
  detach(draft, entity, item.id);
  return done(change);
}

/** Why removing this item would break the model, in words; undefined when it would not. */
function removalConflict(
  model: WorkspaceModel,
  entity: ChangeEntity,
  item: ListItem,
): string | undefined {
  if (entity === 'persona') {
    const journeys = model.journeys.filter((journey) => journey.personaId === item.id);
    if (journeys.length === 0) return undefined;
    const names = journeys.map((journey) => `"${journey.name}"`).join(', ');
    return `persona "${item.name}" still has ${count(journeys.length, 'journey')} (${names}): remove them first`;
  }
  if (entity !== 'stage' && entity !== 'channel') return undefined;
  const field = entity === 'stage' ? 'stageId' : 'channelId';
  const holders = model.journeys
    .map((journey) => ({
      journey,
      count: journey.touchpoints.filter((touchpoint) => touchpoint[field] === item.id).length,
    }))
    .filter((holder) => holder.count > 0);
  if (holders.length === 0) return undefined;
  const total = holders.reduce((sum, holder) => sum + holder.count, 0);
  const where = holders
    .map((holder) => `${holder.count} in journey "${holder.journey.name}"`)
    .join(', ');
  return `${entity} "${item.name}" still holds ${count(total, 'touchpoint')} (${where}): move or remove them first`;
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Objectives and phases are qualifications: removing one only clears it from touchpoints. */
function detach(model: WorkspaceModel, entity: ChangeEntity, id: string): void {
  if (entity !== 'objective' && entity !== 'phase') return;
  for (const journey of model.journeys) {
    for (const touchpoint of journey.touchpoints) {
      if (entity === 'objective') {
        touchpoint.objectiveIds = touchpoint.objectiveIds.filter(
          (objectiveId) => objectiveId !== id,
        );
      } else if (touchpoint.lifecyclePhaseId === id) {
        touchpoint.lifecyclePhaseId = null;
      }
    }
  }
}
