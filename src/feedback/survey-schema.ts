/**
 * A survey definition: what is asked (kind, standard question, optional follow-up and custom
 * questions, in French and English), where in the journey (a touchpoint or a stage), of whom
 * and how often (targeting), and when (active dates). One TypeBox schema is the TypeScript
 * type, the API validation and the OpenAPI description. Pure.
 */
import { type Static, Type } from 'typebox';

const Id = Type.String({ minLength: 1, maxLength: 64, description: 'Identifier' });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Text = (max: number, description: string) =>
  Type.String({ minLength: 1, maxLength: max, pattern: '\\S', description });

export const SurveyKindSchema = Type.Union(
  [Type.Literal('nps'), Type.Literal('csat'), Type.Literal('ces')],
  { description: 'nps: 0–10 recommendation; csat: 1–5 satisfaction; ces: 1–7 ease (agreement)' },
);

export const WordingSchema = Type.Object(
  { en: Text(500, 'In English'), fr: Text(500, 'En français') },
  { additionalProperties: false, description: 'The same text in both languages' },
);

export const SurveyTarget = Type.Union([
  Type.Object(
    { type: Type.Literal('touchpoint'), touchpointId: Id },
    { additionalProperties: false, description: 'Asked at one touchpoint of the map' },
  ),
  Type.Object(
    { type: Type.Literal('stage'), stageId: Id },
    { additionalProperties: false, description: 'Asked at a stage, whatever the channel' },
  ),
]);

export const CustomQuestion = Type.Object(
  {
    id: Type.String({
      pattern: '^[a-z0-9][a-z0-9_-]{0,31}$',
      description: 'Stable key of the answer (lower case, digits, - and _)',
    }),
    label: WordingSchema,
  },
  { additionalProperties: false, description: 'An extra open question, always optional' },
);

export const PERIODS = ['day', 'week', 'month'] as const;
export type Period = (typeof PERIODS)[number];

export const Targeting = Type.Object(
  {
    samplingPercent: Type.Number({
      minimum: 0,
      maximum: 100,
      description: 'Share of eligible customers asked; the same customer is always in or out',
    }),
    cooldownDays: Type.Integer({
      minimum: 0,
      maximum: 365,
      description: 'Nobody is asked again (by any survey) within this many days of being asked',
    }),
    maxPerPeriod: Nullable(
      Type.Object(
        {
          count: Type.Integer({ minimum: 1, maximum: 10_000_000 }),
          period: Type.Enum(PERIODS),
        },
        { additionalProperties: false, description: 'At most this many asks per calendar period' },
      ),
    ),
    personaIds: Type.Array(Id, {
      maxItems: 200,
      description: 'Only customers whose `persona` trait names one of these personas; empty: all',
    }),
  },
  { additionalProperties: false },
);

export const SurveyInput = Type.Object(
  {
    name: Text(200, 'Name shown to the team'),
    kind: SurveyKindSchema,
    target: SurveyTarget,
    question: Type.Optional(WordingSchema),
    followUp: Type.Optional(Nullable(WordingSchema)),
    customQuestions: Type.Optional(Type.Array(CustomQuestion, { maxItems: 5 })),
    targeting: Type.Optional(Targeting),
    triggerEvent: Type.Optional(
      Nullable(
        Type.String({
          minLength: 1,
          maxLength: 200,
          description: 'The web widget shows the survey when a tracked event has this name',
        }),
      ),
    ),
    activeFrom: Type.Optional(Nullable(Type.String({ format: 'date-time' }))),
    activeUntil: Type.Optional(Nullable(Type.String({ format: 'date-time' }))),
    active: Type.Optional(Type.Boolean({ description: 'false: paused' })),
  },
  {
    additionalProperties: false,
    description:
      'Omitted fields take their defaults: the standard question, the standard follow-up, no custom questions, everyone every 90 days, active now',
  },
);

/** A stored survey: every field filled. */
export const Survey = Type.Object({
  id: Id,
  version: Type.Integer({ minimum: 1 }),
  name: Type.String(),
  kind: SurveyKindSchema,
  target: SurveyTarget,
  question: WordingSchema,
  followUp: Nullable(WordingSchema),
  customQuestions: Type.Array(CustomQuestion),
  targeting: Targeting,
  triggerEvent: Nullable(Type.String()),
  activeFrom: Nullable(Type.String({ format: 'date-time' })),
  activeUntil: Nullable(Type.String({ format: 'date-time' })),
  active: Type.Boolean(),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export type SurveyTarget = Static<typeof SurveyTarget>;
export type CustomQuestion = Static<typeof CustomQuestion>;
export type Targeting = Static<typeof Targeting>;
export type SurveyInput = Static<typeof SurveyInput>;
export type Survey = Static<typeof Survey>;

export const DEFAULT_TARGETING: Targeting = {
  samplingPercent: 100,
  cooldownDays: 90,
  maxPerPeriod: null,
  personaIds: [],
};
