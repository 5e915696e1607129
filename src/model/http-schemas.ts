/** Payload schemas of the journey-model API. */
import { type TSchema, Type } from 'typebox';
import { Id, Strict, Timestamp } from '../server/schema.ts';
import { ModelOp } from './ops-schema.ts';
import { Touchpoint, WorkspaceModel } from './schema.ts';

/**
 * One op, validated against the branch its `op` names (Ajv's discriminator), so
 * an error speaks of that operation's fields instead of every alternative's.
 */
const OneOp = Type.Unsafe<ModelOp>({
  type: 'object',
  required: ['op'],
  discriminator: { propertyName: 'op' },
  oneOf: (ModelOp as unknown as { anyOf: TSchema[] }).anyOf,
} as unknown as TSchema);

export const OpsBody = Strict({
  ops: Type.Array(OneOp, {
    minItems: 1,
    maxItems: 2000,
    description: 'Applied atomically, in order',
  }),
});

export const WorkspaceParams = Strict({ workspaceId: Id });
export const VersionParams = Strict({ workspaceId: Id, version: Type.Integer({ minimum: 1 }) });
export const JourneyParams = Strict({ workspaceId: Id, journeyId: Id });
export const CompareParams = Strict({ workspaceId: Id, journeyId: Id, otherId: Id });
export const LangQuery = Strict({
  lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])),
});
export const HistoryQuery = Strict({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  before: Type.Optional(Type.Integer({ minimum: 1 })),
});

const ChangeEntry = Type.Object({
  op: Type.String(),
  entity: Type.String(),
  id: Type.String(),
  name: Type.String(),
  journeyId: Type.Optional(Type.String()),
  fields: Type.Optional(Type.Array(Type.String())),
});

export const ModelResponse = Type.Object({ version: Type.Integer(), model: WorkspaceModel });

export const OpsResponse = Type.Object({
  version: Type.Integer(),
  model: WorkspaceModel,
  createdIds: Type.Array(Type.Union([Type.String(), Type.Null()])),
  changes: Type.Array(ChangeEntry),
});

export const HistoryResponse = Type.Object({
  versions: Type.Array(
    Type.Object({
      version: Type.Integer(),
      at: Timestamp,
      user: Type.Union([Type.Object({ id: Type.String(), name: Type.String() }), Type.Null()]),
      changes: Type.Array(ChangeEntry),
    }),
  ),
});

export const ImportBody = Strict({
  document: Type.Unknown({ description: 'A model document as exported (parcours.model)' }),
});

export const ImportResponse = Type.Object({
  version: Type.Integer(),
  model: WorkspaceModel,
  problems: Type.Array(
    Type.Object({ path: Type.String(), message: Type.String(), repaired: Type.Boolean() }),
  ),
});

export const ComparisonResponse = Type.Object({
  added: Type.Array(Touchpoint),
  removed: Type.Array(Touchpoint),
  changed: Type.Array(
    Type.Object({
      before: Touchpoint,
      after: Touchpoint,
      fields: Type.Array(Type.String()),
      verdict: Type.Union([
        Type.Literal('improved'),
        Type.Literal('worsened'),
        Type.Literal('mixed'),
        Type.Literal('neutral'),
      ]),
    }),
  ),
  unchanged: Type.Integer(),
});

export const TemplatesResponse = Type.Object({
  templates: Type.Array(
    Type.Object({ key: Type.String(), name: Type.String(), description: Type.String() }),
  ),
});
