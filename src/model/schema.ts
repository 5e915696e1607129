/**
 * The journey model of one workspace, as one typed document. The TypeBox
 * schemas are at once the TypeScript types, the validation of imported
 * documents and API payloads, and their OpenAPI description.
 *
 * Units: money in minor units (cents) with the workspace currency; durations
 * in hours; audience as a count of people per month; scales 1 (low) to 5 (high).
 */
import { type Static, Type } from 'typebox';

const Uid = Type.String({ minLength: 1, maxLength: 64, description: 'Identifier' });
const Text = (max: number, description: string) => Type.String({ maxLength: max, description });
const Label = (description: string) =>
  Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const PERFORMANCES = ['enchantment', 'neutral', 'irritant', 'missing'] as const;
export const Performance = Type.Union(
  [
    Type.Literal('enchantment'),
    Type.Literal('neutral'),
    Type.Literal('irritant'),
    Type.Literal('missing'),
  ],
  { description: "The customer's experience; missing = expected by customers, not offered" },
);
export const Scale = Type.Integer({ minimum: 1, maximum: 5, description: '1 (low) to 5 (high)' });
export const Emotion = Type.Integer({
  minimum: -3,
  maximum: 3,
  description: '−3 (awful) to +3 (delight)',
});
export const Color = Type.String({
  pattern: '^#[0-9a-fA-F]{6}$',
  description: 'Colour as #rrggbb',
});

export const Persona = Type.Object(
  {
    id: Uid,
    name: Label('Name of the customer typology'),
    description: Text(4000, 'Who they are'),
    goals: Type.Array(Text(500, 'A goal'), { maxItems: 50 }),
    frustrations: Type.Array(Text(500, 'A frustration'), { maxItems: 50 }),
    share: Nullable(
      Type.Number({ minimum: 0, maximum: 1, description: 'Share of customers, 0–1' }),
    ),
    color: Color,
    pictureUrl: Nullable(Type.String({ maxLength: 2000, format: 'uri' })),
  },
  { additionalProperties: false },
);

export const LifecyclePhase = Type.Object(
  { id: Uid, name: Label('Phase name'), description: Text(2000, 'When a customer is in it') },
  { additionalProperties: false },
);

export const Stage = Type.Object(
  { id: Uid, name: Label('Stage name'), description: Text(2000, 'What the customer does') },
  { additionalProperties: false },
);

export const ChannelKind = Type.Union([Type.Literal('digital'), Type.Literal('physical')]);
export const Channel = Type.Object(
  {
    id: Uid,
    name: Label('Channel name'),
    kind: ChannelKind,
    media: Type.Array(Text(200, 'A vehicle: newsletter, ad, flyer…'), { maxItems: 50 }),
  },
  { additionalProperties: false },
);

export const Objective = Type.Object(
  {
    id: Uid,
    name: Label('Strategic objective'),
    description: Text(2000, 'What it means'),
    weight: Type.Number({ minimum: 0, maximum: 100, description: 'Relative weight' }),
  },
  { additionalProperties: false },
);

export const Money = Type.Object(
  {
    amountCents: Type.Integer({ minimum: 0, maximum: 1e15, description: 'Amount in cents' }),
    period: Type.Union([Type.Literal('one-off'), Type.Literal('monthly'), Type.Literal('yearly')]),
  },
  { additionalProperties: false },
);

export const Touchpoint = Type.Object(
  {
    id: Uid,
    stageId: Uid,
    channelId: Uid,
    name: Label('What happens here'),
    description: Text(4000, 'Details'),
    media: Nullable(Text(200, 'Media (vehicle) of the contact')),
    owner: Nullable(Text(200, 'Owner in the organisation')),
    cost: Nullable(Money),
    audience: Nullable(Type.Integer({ minimum: 0, description: 'People reached per month' })),
    performance: Performance,
    importance: Nullable(Scale),
    investment: Nullable(Scale),
    setupHours: Nullable(Type.Number({ minimum: 0, description: 'Time to set up, hours' })),
    processingHours: Nullable(Type.Number({ minimum: 0, description: 'Time to process, hours' })),
    impact: Nullable(Scale),
    objectiveIds: Type.Array(Uid, { maxItems: 50, description: 'Strategic objectives impacted' }),
    lifecyclePhaseId: Nullable(Uid),
    emotion: Nullable(Emotion),
    momentOfTruth: Type.Boolean(),
    rupture: Type.Boolean(),
    notes: Text(10000, 'Free notes'),
    /** In a target journey: the touchpoint of the current journey this one comes from. */
    derivedFromId: Nullable(Uid),
  },
  { additionalProperties: false },
);

export const Transition = Type.Object(
  {
    id: Uid,
    fromId: Uid,
    toId: Uid,
    possible: Type.Boolean({ description: 'false: the move is impossible or forced (a rupture)' }),
    label: Text(200, 'What triggers the move'),
  },
  { additionalProperties: false },
);

export const JourneyState = Type.Union([Type.Literal('current'), Type.Literal('target')]);
export const Journey = Type.Object(
  {
    id: Uid,
    personaId: Uid,
    state: JourneyState,
    name: Label('Journey name'),
    /** For a target: the current journey it was derived from. */
    derivedFromId: Nullable(Uid),
    touchpoints: Type.Array(Touchpoint, { maxItems: 5000 }),
    transitions: Type.Array(Transition, { maxItems: 20000 }),
  },
  { additionalProperties: false },
);

/** The whole model of a workspace. Arrays are ordered: their order is the display order. */
export const WorkspaceModel = Type.Object(
  {
    currency: Type.String({ pattern: '^[A-Z]{3}$', description: 'ISO 4217 code of money values' }),
    personas: Type.Array(Persona, { maxItems: 200 }),
    phases: Type.Array(LifecyclePhase, { maxItems: 50 }),
    stages: Type.Array(Stage, { maxItems: 100 }),
    channels: Type.Array(Channel, { maxItems: 100 }),
    objectives: Type.Array(Objective, { maxItems: 100 }),
    journeys: Type.Array(Journey, { maxItems: 1000 }),
  },
  { additionalProperties: false, $id: 'WorkspaceModel' },
);

export type Performance = Static<typeof Performance>;
export type Persona = Static<typeof Persona>;
export type LifecyclePhase = Static<typeof LifecyclePhase>;
export type Stage = Static<typeof Stage>;
export type ChannelKind = Static<typeof ChannelKind>;
export type Channel = Static<typeof Channel>;
export type Objective = Static<typeof Objective>;
export type Money = Static<typeof Money>;
export type Touchpoint = Static<typeof Touchpoint>;
export type Transition = Static<typeof Transition>;
export type JourneyState = Static<typeof JourneyState>;
export type Journey = Static<typeof Journey>;
export type WorkspaceModel = Static<typeof WorkspaceModel>;
