/** Payload schemas of the mapping-rules API (validation, types and OpenAPI from one source). */
import { type Static, Type } from 'typebox';
import { Id, Strict, Timestamp } from '../server/schema.ts';
import { EventTypeSchema, MappingRuleSet, MappingRules } from './rules.ts';

export const WorkspaceParams = Strict({ workspaceId: Id });

export const RuleSetResponse = MappingRuleSet;

export const SaveRulesBody = Strict({
  rules: MappingRules,
  version: Type.Integer({
    minimum: 0,
    description: 'The version the rules were edited from (0: the defaults); 409 if stale',
  }),
});

export const PreviewBody = Strict({
  rules: MappingRules,
  from: Type.Optional(Timestamp),
  to: Type.Optional(Timestamp),
});

const UnmappedGroup = Type.Object({
  type: EventTypeSchema,
  event: Type.Union([Type.String(), Type.Null()]),
  channel: Type.Union([Type.String(), Type.Null()]),
  count: Type.Integer(),
  lastSeen: Timestamp,
});

export const PreviewResponse = Type.Object(
  {
    window: Type.Object({ from: Timestamp, to: Timestamp }),
    latestEventAt: Type.Union([Timestamp, Type.Null()]),
    total: Type.Integer({ description: 'Events in the window' }),
    unmapped: Type.Integer({ description: 'Events of the window that no enabled rule matches' }),
    perRule: Type.Array(Type.Object({ ruleId: Type.String(), matched: Type.Integer() }), {
      description: 'In rule order: the events each rule wins (first match)',
    }),
    unmappedGroups: Type.Array(UnmappedGroup, {
      description: 'The 50 largest groups of unmapped events',
    }),
  },
  { description: 'How the rules map the events of the window' },
);

export type PreviewResponse = Static<typeof PreviewResponse>;
