/**
 * Operations on journeys: add an empty one, derive a target from a current one,
 * rename, remove. A persona has at most one current journey; a target journey
 * keeps a link to the current journey it was derived from, and each of its
 * touchpoints to the touchpoint it comes from, so the two can be compared.
 */
import type { ModelOp } from './ops-schema.ts';
import {
  applyChanges,
  created,
  done,
  indexById,
  type OpContext,
  type OpResult,
  refuse,
  takenId,
} from './ops-support.ts';
import { Journey, type WorkspaceModel } from './schema.ts';

type JourneyOp = Extract<ModelOp, { op: `journey.${string}` }>;

const MAX_NAME = 200;
const TARGET_SUFFIX = ' (target)';

export function applyJourneyOp(
  draft: WorkspaceModel,
  op: JourneyOp,
  at: string,
  ctx: OpContext,
): OpResult {
  switch (op.op) {
    case 'journey.add':
      return addJourney(draft, op, at, ctx);
    case 'journey.deriveTarget':
      return deriveTarget(draft, op, at, ctx);
    case 'journey.rename':
    case 'journey.remove':
      return changeJourney(draft, op, at);
  }
}

function addJourney(
  draft: WorkspaceModel,
  op: Extract<JourneyOp, { op: 'journey.add' }>,
  at: string,
  ctx: OpContext,
): OpResult {
  const persona = draft.personas.find((candidate) => candidate.id === op.personaId);
  if (!persona) return refuse(`${at}/personaId`, `no persona has id ${op.personaId}`);
  const current = draft.journeys.find(
    (journey) => journey.personaId === persona.id && journey.state === 'current',
  );
  if (op.state === 'current' && current) {
    return refuse(
      `${at}/state`,
      `persona "${persona.name}" already has a current journey ("${current.name}"): add or derive a target journey instead`,
    );
  }
  const id = op.id ?? ctx.newId();
  const taken = takenId(draft.journeys, id, 'journey', `${at}/id`);
  if (taken) return taken;
  const journey: Journey = {
    id,
    personaId: persona.id,
    state: op.state,
    name: op.name,
    derivedFromId: null,
    touchpoints: [],
    transitions: [],
  };
  draft.journeys.push(journey);
  return created(
    { op: op.op, entity: 'journey', id, name: journey.name },
    {
      value: journey,
      schema: Journey,
      entityPath: `/journeys/${draft.journeys.length - 1}`,
      fieldsPath: at,
    },
  );
}

/** A copy of a current journey with new ids; each copied touchpoint remembers its origin. */
function deriveTarget(
  draft: WorkspaceModel,
  op: Extract<JourneyOp, { op: 'journey.deriveTarget' }>,
  at: string,
  ctx: OpContext,
): OpResult {
  const source = draft.journeys.find((journey) => journey.id === op.fromId);
  if (!source) return refuse(`${at}/fromId`, `no journey has id ${op.fromId}`);
  if (source.state !== 'current') {
    return refuse(
      `${at}/fromId`,
      `journey "${source.name}" is a target journey: a target is derived from a current journey`,
    );
  }
  const id = op.id ?? ctx.newId();
  const taken = takenId(draft.journeys, id, 'journey', `${at}/id`);
  if (taken) return taken;
  const newIds = new Map(source.touchpoints.map((touchpoint) => [touchpoint.id, ctx.newId()]));
  // One deep copy of the whole content, then new ids: much cheaper than a copy per item.
  const copy = structuredClone({
    touchpoints: source.touchpoints,
    transitions: source.transitions,
  });
  for (const touchpoint of copy.touchpoints) {
    touchpoint.derivedFromId = touchpoint.id;
    touchpoint.id = newIds.get(touchpoint.id) ?? ctx.newId();
  }
  for (const transition of copy.transitions) {
    transition.id = ctx.newId();
    transition.fromId = newIds.get(transition.fromId) ?? transition.fromId;
    transition.toId = newIds.get(transition.toId) ?? transition.toId;
  }
  const journey: Journey = {
    id,
    personaId: source.personaId,
    state: 'target',
    name: op.name ?? defaultTargetName(source.name),
    derivedFromId: source.id,
    ...copy,
  };
  draft.journeys.push(journey);
  // Only the name is the op's: the rest is a copy of what the source already had.
  const entityPath = `/journeys/${draft.journeys.length - 1}`;
  return created(
    { op: op.op, entity: 'journey', id, name: journey.name },
    { value: journey, schema: Journey, fields: ['name'], entityPath, fieldsPath: at },
  );
}

/** "<name> (target)", the source name shortened if needed to fit the name limit. */
const defaultTargetName = (name: string): string =>
  `${name.slice(0, MAX_NAME - TARGET_SUFFIX.length).trimEnd()}${TARGET_SUFFIX}`;

function changeJourney(
  draft: WorkspaceModel,
  op: Extract<JourneyOp, { op: 'journey.rename' | 'journey.remove' }>,
  at: string,
): OpResult {
  const index = indexById(draft.journeys, op.id);
  const journey = draft.journeys[index];
  if (!journey) return refuse(`${at}/id`, `no journey has id ${op.id}`);
  const change = { op: op.op, entity: 'journey', id: journey.id, name: journey.name } as const;
  if (op.op === 'journey.rename') {
    const fields = applyChanges(journey, { name: op.name });
    const touched = {
      value: journey,
      schema: Journey,
      fields,
      entityPath: `/journeys/${index}`,
      fieldsPath: at,
    };
    return done(fields.length > 0 ? { ...change, name: journey.name, fields } : null, touched);
  }
  draft.journeys.splice(index, 1);
  forgetOrigins(draft, journey);
  return done(change);
}

/**
 * When a current journey goes, the targets derived from it lose their link to it
 * (they stay, as plain target journeys): what they were compared with is gone.
 */
function forgetOrigins(model: WorkspaceModel, removed: Journey): void {
  for (const journey of model.journeys) {
    if (journey.derivedFromId !== removed.id) continue;
    journey.derivedFromId = null;
    for (const touchpoint of journey.touchpoints) touchpoint.derivedFromId = null;
  }
}
