/**
 * Event → touchpoint mapping rules of a workspace, as data (TypeBox schemas = TS types).
 *
 * Events are mapped at query time, never stamped (docs/adr/0007-event-mapping-at-query-time.md):
 * the rules are an ordered list, the first enabled rule that matches an event gives its
 * touchpoint, and an event that no rule matches is "unmapped". Matching semantics are
 * defined once, in ./match.ts; the SQL of the event store (src/storage/events/mapping-sql.ts)
 * reproduces them and a conformance test checks that both agree.
 */
import { type Static, Type } from 'typebox';

export const MAX_RULES = 2_000;
export const MAX_NAMES_PER_RULE = 200;
export const MAX_CONDITIONS_PER_RULE = 50;
export const MAX_EVENT_NAME_LENGTH = 200;
/** The intake keeps channel names up to 100 characters (src/ingest/normalise.ts). */
export const MAX_CHANNEL_LENGTH = 100;
export const MAX_PATH_LENGTH = 200;
export const MAX_VALUE_LENGTH = 500;

/** Every operator, in the order the editor offers them. */
export const PROPERTY_OPS = [
  'equals',
  'not-equals',
  'in',
  'contains',
  'exists',
  'not-exists',
  'gt',
  'gte',
  'lt',
  'lte',
] as const;

const Uid = Type.String({ minLength: 1, maxLength: 64, description: 'Identifier' });

export const PropertyOp = Type.Union(
  [
    Type.Literal('equals'),
    Type.Literal('not-equals'),
    Type.Literal('in'),
    Type.Literal('contains'),
    Type.Literal('exists'),
    Type.Literal('not-exists'),
    Type.Literal('gt'),
    Type.Literal('gte'),
    Type.Literal('lt'),
    Type.Literal('lte'),
  ],
  { description: 'Comparison; semantics in src/mapping/conditions.ts' },
);

const ScalarValue = Type.Union([
  Type.String({ maxLength: MAX_VALUE_LENGTH }),
  Type.Number(),
  Type.Boolean(),
]);

export const PropertyValue = Type.Union(
  [
    ScalarValue,
    Type.Array(Type.Union([Type.String({ maxLength: MAX_VALUE_LENGTH }), Type.Number()]), {
      maxItems: MAX_NAMES_PER_RULE,
    }),
  ],
  { description: 'A scalar; a list for `in`; absent for `exists` / `not-exists`' },
);

export const PropertyCondition = Type.Object(
  {
    path: Type.String({
      minLength: 1,
      maxLength: MAX_PATH_LENGTH,
      pattern: '^[^.]+(\\.[^.]+)*$',
      description: 'Dotted path in the event properties, e.g. `plan` or `product.category`',
    }),
    op: PropertyOp,
    value: Type.Optional(PropertyValue),
  },
  { additionalProperties: false },
);

export const EventTypeSchema = Type.Union(
  [
    Type.Literal('track'),
    Type.Literal('identify'),
    Type.Literal('page'),
    Type.Literal('screen'),
    Type.Literal('group'),
    Type.Literal('alias'),
  ],
  { description: 'Segment call type' },
);

export const RuleConditions = Type.Object(
  {
    types: Type.Array(EventTypeSchema, {
      maxItems: 6,
      description: 'Call types; empty = any',
    }),
    events: Type.Array(Type.String({ minLength: 1, maxLength: MAX_EVENT_NAME_LENGTH }), {
      maxItems: MAX_NAMES_PER_RULE,
      description:
        'Exact, case-sensitive event names (track event, page or screen name); empty = any',
    }),
    channels: Type.Array(Type.String({ minLength: 1, maxLength: MAX_CHANNEL_LENGTH }), {
      maxItems: MAX_NAMES_PER_RULE,
      description: 'Channel keys, compared lower-cased; empty = any',
    }),
    properties: Type.Array(PropertyCondition, {
      maxItems: MAX_CONDITIONS_PER_RULE,
      description: 'Conditions on the event properties; all must hold',
    }),
  },
  { additionalProperties: false },
);

export const MappingRule = Type.Object(
  {
    id: Uid,
    name: Type.String({ minLength: 1, maxLength: 200, description: 'Name shown in the editor' }),
    enabled: Type.Boolean(),
    touchpointId: Uid,
    when: RuleConditions,
  },
  { additionalProperties: false },
);

export const MappingRules = Type.Array(MappingRule, {
  maxItems: MAX_RULES,
  description: 'Ordered: the first enabled rule that matches an event wins',
});

export const MappingRuleSet = Type.Object(
  {
    rules: MappingRules,
    version: Type.Integer({ minimum: 0, description: '0 while the rules are the defaults' }),
    updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    updatedBy: Type.Union([Type.String(), Type.Null()]),
    isDefault: Type.Boolean({
      description: 'true: never saved, derived from the current journeys of the map',
    }),
  },
  { additionalProperties: false },
);

export type PropertyOp = Static<typeof PropertyOp>;
export type RuleEventType = Static<typeof EventTypeSchema>;
export type PropertyValue = Static<typeof PropertyValue>;
export type PropertyCondition = Static<typeof PropertyCondition>;
export type RuleConditions = Static<typeof RuleConditions>;
export type MappingRule = Static<typeof MappingRule>;
export type MappingRuleSet = Static<typeof MappingRuleSet>;
