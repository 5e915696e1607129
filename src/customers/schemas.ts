/** Payload schemas of the customers API (validation, TypeScript types and OpenAPI at once). */
import { Type } from 'typebox';
import { Id, Strict, Timestamp } from '../server/schema.ts';
import { MAX_CUSTOMER_LIMIT, MAX_SEARCH_LENGTH } from '../storage/events/customer-port.ts';
import { MAX_LIST_LIMIT } from '../storage/events/port.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const FreeObject = (description: string) =>
  Type.Record(Type.String(), Type.Unknown(), { description });
const Cursor = Type.String({
  minLength: 1,
  maxLength: 600,
  description: 'nextCursor of the previous page',
});
const IdentityValue = Type.String({ minLength: 1, maxLength: 1000 });

export const WorkspaceParams = Strict({ workspaceId: Id });
export const CustomerParams = Strict({ workspaceId: Id, customerId: Id });
export const MergeParams = Strict({ workspaceId: Id, mergeId: Id });

export const ListQuery = Strict({
  search: Type.Optional(
    Type.String({
      maxLength: MAX_SEARCH_LENGTH,
      description:
        'Part of the customer id, an identity value or a trait value (email, name…); case and accents ignored',
    }),
  ),
  userId: Type.Optional(IdentityValue),
  anonymousId: Type.Optional(IdentityValue),
  sort: Type.Optional(
    Type.Union([Type.Literal('lastSeen'), Type.Literal('firstSeen'), Type.Literal('eventCount')]),
  ),
  order: Type.Optional(Type.Union([Type.Literal('asc'), Type.Literal('desc')])),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_CUSTOMER_LIMIT, default: 50 })),
  cursor: Type.Optional(Cursor),
});

export const EventsQuery = Strict({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIST_LIMIT, default: 100 })),
  cursor: Type.Optional(Cursor),
});

const Identity = Type.Object({
  kind: Type.Union([Type.Literal('anonymous'), Type.Literal('user')]),
  value: Type.String(),
});

const CustomerFields = {
  customerId: Type.String(),
  traits: FreeObject('Traits merged from the identify calls: the latest value of each wins'),
  identities: Type.Array(Identity),
  identityCount: Type.Integer(),
  firstSeen: Nullable(Timestamp),
  lastSeen: Nullable(Timestamp),
  eventCount: Type.Integer(),
  channels: Type.Array(Type.String(), { description: 'Most used first' }),
};

export const Customer = Type.Object(CustomerFields);

export const CustomerProfile = Type.Object({
  ...CustomerFields,
  revenue: Type.Object({
    total: Type.Number({ description: 'Sum of Order Completed properties.revenue' }),
    orders: Type.Integer(),
    currency: Nullable(Type.String()),
  }),
});

export const Conflict = Type.Object({
  identity: Identity,
  customerId: Type.String({ description: 'The customer the identity belongs to' }),
  otherCustomerId: Type.String({ description: 'The customer it would have been merged with' }),
  messageId: Type.String(),
  at: Timestamp,
});

export const Merge = Type.Object({
  id: Type.String(),
  into: Type.String(),
  from: Type.String(),
  moved: Type.Array(Identity),
  by: Type.String(),
  reason: Type.String(),
  at: Timestamp,
  undoneAt: Nullable(Timestamp),
});

const EventFields = {
  messageId: Type.String(),
  type: Type.String(),
  event: Nullable(Type.String()),
  userId: Nullable(Type.String()),
  anonymousId: Nullable(Type.String()),
  groupId: Nullable(Type.String()),
  previousId: Nullable(Type.String()),
  channel: Nullable(Type.String()),
  timestamp: Timestamp,
  sentAt: Nullable(Timestamp),
  receivedAt: Timestamp,
  properties: FreeObject('Event properties'),
  traits: FreeObject('Traits of identify calls'),
  context: FreeObject('Segment context'),
};

export const TimelineEvent = Type.Object({
  ...EventFields,
  touchpointId: Nullable(
    Type.String({ description: 'Touchpoint of the first matching mapping rule' }),
  ),
});

export const ListResponse = Type.Object({
  customers: Type.Array(Customer),
  total: Type.Integer({ description: 'Customers matching the filters, all pages' }),
  nextCursor: Nullable(Type.String()),
});

export const ProfileResponse = Type.Object({
  customer: CustomerProfile,
  conflicts: Type.Array(Conflict),
  merges: Type.Array(Merge),
});

export const EventsResponse = Type.Object({
  events: Type.Array(TimelineEvent),
  nextCursor: Nullable(Type.String()),
});

export const Erasure = Type.Object({
  id: Type.String(),
  customerId: Type.String(),
  counts: Type.Record(Type.String(), Type.Integer(), { description: 'Rows deleted per kind' }),
  erasedAt: Timestamp,
  erasedBy: Type.Object({
    kind: Type.Union([Type.Literal('user'), Type.Literal('key'), Type.Literal('cli')]),
    id: Nullable(Type.String()),
    name: Type.String(),
  }),
});

export const ErasuresResponse = Type.Object({ erasures: Type.Array(Erasure) });
export const ConflictsResponse = Type.Object({ conflicts: Type.Array(Conflict) });
export const MergesResponse = Type.Object({ merges: Type.Array(Merge) });

export const MergeBody = Strict({
  into: Id,
  from: Id,
  reason: Type.String({
    minLength: 1,
    maxLength: 500,
    pattern: '\\S',
    description: 'Why, for the log',
  }),
});

const ExportObject = Type.Object(
  {
    format: Type.Literal('parcours.customer-export'),
    version: Type.Literal(1),
    exportedAt: Timestamp,
    workspaceId: Type.String(),
    customerId: Type.String(),
    profile: Nullable(CustomerProfile),
    identities: Type.Array(Identity),
    events: Type.Array(Type.Object(EventFields)),
    conflicts: Type.Array(Conflict),
    merges: Type.Array(Merge),
  },
  { additionalProperties: true, description: 'Everything held about the customer' },
);

/** Sent as ready-made JSON text (see the export route): typed as text, documented as the object. */
export const ExportDocument = Type.Unsafe<string>(ExportObject);
