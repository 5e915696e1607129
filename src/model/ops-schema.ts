/**
 * Edits of the journey model, as data. Every change to a workspace model is a
 * list of operations applied atomically by `applyOps` (./ops.ts): the API, the
 * editor, imports and templates all go through it, and history records them.
 * `id` in an `add` is optional: the server assigns one when it is absent.
 */
import { type Static, type TObject, type TProperties, Type } from 'typebox';
import {
  Channel,
  JourneyState,
  LifecyclePhase,
  Objective,
  Persona,
  Stage,
  Touchpoint,
  Transition,
} from './schema.ts';

const Uid = Type.String({ minLength: 1, maxLength: 64 });
const Index = Type.Integer({ minimum: 0, description: 'Position in the ordered list' });
const Op = <P extends TProperties>(properties: P, description: string): TObject<P> =>
  Type.Object(properties, { additionalProperties: false, description });
/** Closed objects only: an unknown field in an edit is a mistake to report, not to ignore. */
const Closed = <P extends TProperties>(properties: P): TObject<P> =>
  Type.Object(properties, { additionalProperties: false });
const Optional = <P extends TProperties>(properties: P) =>
  Type.Object(Type.Partial(Type.Object(properties)).properties, { additionalProperties: false });
const withOptionalId = <P extends TProperties>(properties: P) =>
  Closed({ ...properties, id: Type.Optional(Uid) });

/** Ops on the ordered workspace-level lists: personas, phases, stages, channels, objectives. */
function listOps<N extends string, P extends TProperties>(
  name: N,
  item: TObject<P>,
  label: string,
) {
  const { id: _id, ...fields } = item.properties;
  return [
    Op(
      {
        op: Type.Literal(`${name}.add`),
        item: withOptionalId(fields),
        index: Type.Optional(Index),
      },
      `Add a ${label} (at the end unless index is given)`,
    ),
    Op(
      { op: Type.Literal(`${name}.update`), id: Uid, changes: Optional(fields) },
      `Change fields of a ${label}`,
    ),
    Op({ op: Type.Literal(`${name}.move`), id: Uid, index: Index }, `Reorder a ${label}`),
    Op({ op: Type.Literal(`${name}.remove`), id: Uid }, `Remove a ${label}`),
  ] as const;
}

const { id: _touchpointId, ...TouchpointFields } = Touchpoint.properties;
const { id: _transitionId, ...TransitionFields } = Transition.properties;

export const ModelOp = Type.Union(
  [
    ...listOps('persona', Persona, 'persona'),
    ...listOps('phase', LifecyclePhase, 'lifecycle phase'),
    ...listOps('stage', Stage, 'stage'),
    ...listOps('channel', Channel, 'channel'),
    ...listOps('objective', Objective, 'strategic objective'),
    Op(
      { op: Type.Literal('currency.set'), currency: Type.String({ pattern: '^[A-Z]{3}$' }) },
      'Set the currency of money values',
    ),
    Op(
      {
        op: Type.Literal('journey.add'),
        id: Type.Optional(Uid),
        personaId: Uid,
        state: JourneyState,
        name: Type.String({ minLength: 1, maxLength: 200 }),
      },
      'Add an empty journey map for a persona',
    ),
    Op(
      {
        op: Type.Literal('journey.deriveTarget'),
        id: Type.Optional(Uid),
        fromId: Uid,
        name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
      },
      'Copy a current journey into a new target journey (new ids, derivedFromId set)',
    ),
    Op(
      {
        op: Type.Literal('journey.rename'),
        id: Uid,
        name: Type.String({ minLength: 1, maxLength: 200 }),
      },
      'Rename a journey',
    ),
    Op({ op: Type.Literal('journey.remove'), id: Uid }, 'Remove a journey and its touchpoints'),
    Op(
      {
        op: Type.Literal('touchpoint.add'),
        journeyId: Uid,
        item: withOptionalId({
          ...Type.Partial(Closed(TouchpointFields)).properties,
          stageId: Uid,
          channelId: Uid,
          name: Touchpoint.properties.name,
        }),
      },
      'Add a touchpoint; unspecified qualification fields take their defaults',
    ),
    Op(
      {
        op: Type.Literal('touchpoint.update'),
        journeyId: Uid,
        id: Uid,
        changes: Optional(TouchpointFields),
      },
      'Change fields of a touchpoint (moving it is changing stageId/channelId)',
    ),
    Op(
      { op: Type.Literal('touchpoint.remove'), journeyId: Uid, id: Uid },
      'Remove a touchpoint and its transitions',
    ),
    Op(
      {
        op: Type.Literal('transition.add'),
        journeyId: Uid,
        item: withOptionalId({
          ...Type.Partial(Closed(TransitionFields)).properties,
          fromId: Uid,
          toId: Uid,
        }),
      },
      'Add a transition between two touchpoints of the journey',
    ),
    Op(
      {
        op: Type.Literal('transition.update'),
        journeyId: Uid,
        id: Uid,
        changes: Optional(TransitionFields),
      },
      'Change a transition',
    ),
    Op({ op: Type.Literal('transition.remove'), journeyId: Uid, id: Uid }, 'Remove a transition'),
  ],
  { $id: 'ModelOp' },
);

export type ModelOp = Static<typeof ModelOp>;
export type ModelOpName = ModelOp['op'];
