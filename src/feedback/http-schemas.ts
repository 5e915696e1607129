/** Payload schemas of the feedback API (validation, types and OpenAPI from one source). */
import { type Static, type TProperties, Type } from 'typebox';
import { Id, Strict, Timestamp } from '../server/schema.ts';
import { ANSWER_SOURCES } from './answer-event.ts';
import { BREAKDOWNS } from './labels.ts';
import { Survey, SurveyInput, SurveyKindSchema } from './survey-schema.ts';
import { ASK_REFUSALS } from './targeting.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const literals = <const V extends string[]>(values: readonly [...V], description?: string) =>
  Type.Enum(values, description === undefined ? {} : { description });

export const WorkspaceParams = Strict({ workspaceId: Id });
export const SurveyParams = Strict({ workspaceId: Id, surveyId: Id });

export const SurveyWithCount = Type.Object({
  ...Survey.properties,
  answerCount: Type.Integer({
    description: 'Answers counted for this survey (see the survey list)',
  }),
});
export const SurveysResponse = Type.Object({ surveys: Type.Array(SurveyWithCount) });
export { Survey, SurveyInput };

export const SurveyUpdate = Type.Object(
  {
    ...(SurveyInput.properties as TProperties),
    version: Type.Integer({ minimum: 1, description: 'The version the change was made from' }),
  },
  { additionalProperties: false },
);

export const LinksBody = Strict({
  recipients: Type.Array(
    Strict({
      userId: Type.String({
        minLength: 1,
        maxLength: 200,
        description: 'The customer (Segment userId)',
      }),
      lang: Type.Optional(literals(['en', 'fr'])),
    }),
    { minItems: 1, maxItems: 1000 },
  ),
  expiresInDays: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 365, description: '30 by default' }),
  ),
  respectTargeting: Type.Optional(
    Type.Boolean({ description: 'true by default: sampling, cooldown, cap and personas apply' }),
  ),
});

export const LinksResponse = Type.Object({
  links: Type.Array(
    Type.Object({
      userId: Type.String(),
      url: Nullable(Type.String()),
      oneClickUrl: Nullable(
        Type.String({ description: 'Replace {score} by a score to answer in one click' }),
      ),
      expiresAt: Nullable(Timestamp),
      refusal: Nullable(literals(ASK_REFUSALS, 'Why this person is not asked')),
    }),
  ),
});

const ExternalAnswer = Strict({
  userId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  anonymousId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  score: Type.Integer({ description: 'On the survey scale (checked against it)' }),
  comment: Type.Optional(Type.String({ maxLength: 2000 })),
  answers: Type.Optional(
    Type.Record(Type.String(), Type.String({ maxLength: 2000 }), {
      description: 'Answers to the custom questions, by question id',
    }),
  ),
  answeredAt: Type.Optional(Timestamp),
  answerId: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        'Your id of the answer: sending it again updates the answer instead of adding one',
    }),
  ),
  lang: Type.Optional(literals(['en', 'fr'])),
});

export const AnswersBody = Strict({
  answers: Type.Array(ExternalAnswer, { minItems: 1, maxItems: 500 }),
});

export const AnswersSummary = Type.Object({
  stored: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer({ description: 'Sent again identical: nothing stored' }),
  rejected: Type.Integer(),
  errors: Type.Array(Type.Object({ field: Type.String(), message: Type.String() })),
});

const Filters = {
  from: Type.Optional(Timestamp),
  to: Type.Optional(Timestamp),
  touchpointId: Type.Optional(Id),
  stageId: Type.Optional(Id),
  channel: Type.Optional(Type.String({ maxLength: 200, description: 'Lower-cased channel name' })),
  persona: Type.Optional(
    Type.String({ maxLength: 200, description: 'Value of the persona trait' }),
  ),
  surveyId: Type.Optional(Id),
};

export const MeasuresQuery = Strict({
  kind: SurveyKindSchema,
  by: literals(BREAKDOWNS, 'What the measures are broken down by'),
  ...Filters,
});

export const TrendQuery = Strict({
  kind: SurveyKindSchema,
  period: literals(['week', 'month']),
  ...Filters,
});

const Segment = Strict(Filters, 'A period or a segment');
export const CompareBody = Strict({ kind: SurveyKindSchema, a: Segment, b: Segment });

export const PeriodQuery = Strict({ from: Type.Optional(Timestamp), to: Type.Optional(Timestamp) });

export const ResponsesQuery = Strict({
  kind: Type.Optional(SurveyKindSchema),
  ...Filters,
  minScore: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
  maxScore: Type.Optional(Type.Integer({ minimum: 0, maximum: 10 })),
  withComment: Type.Optional(Type.Boolean()),
  search: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 })),
});

const Share = Type.Object({ value: Type.Number(), low: Type.Number(), high: Type.Number() });

export const MeasureSchema = Type.Object(
  {
    kind: SurveyKindSchema,
    n: Type.Integer({ description: 'Answers counted' }),
    value: Nullable(Type.Number({ description: 'NPS points, CSAT % of 4–5, or CES mean' })),
    low: Nullable(Type.Number({ description: '95 % confidence interval' })),
    high: Nullable(Type.Number()),
    se: Nullable(Type.Number({ description: 'Standard error of value' })),
    mean: Nullable(Type.Number({ description: 'Mean score' })),
    smallSample: Type.Boolean({ description: 'Fewer than 30 answers' }),
    distribution: Type.Array(Type.Integer(), {
      description: 'Answers at each point of the scale, from its minimum',
    }),
    breakdown: Nullable(
      Type.Object({
        promoters: Type.Integer(),
        passives: Type.Integer(),
        detractors: Type.Integer(),
      }),
    ),
    easyShare: Nullable(Share),
    sd: Nullable(Type.Number()),
  },
  { description: 'A satisfaction measure with its sample size and 95 % interval' },
);

export const ComparisonSchema = Nullable(
  Type.Object({
    test: literals(['nps-z', 'two-proportion-z', 'welch-t']),
    difference: Type.Number(),
    se: Type.Number(),
    statistic: Type.Number(),
    df: Nullable(Type.Number()),
    pValue: Type.Number(),
    significant: Type.Boolean({ description: 'p < 5 %' }),
    smallSample: Type.Boolean(),
  }),
);

export const BreakdownResponse = Type.Object({
  kind: SurveyKindSchema,
  overall: MeasureSchema,
  groups: Type.Array(
    Type.Object({
      key: Type.String({ description: "The group's id or value; '' for answers without one" }),
      label: Type.String(),
      measure: MeasureSchema,
      versusRest: ComparisonSchema,
    }),
  ),
});

export const TrendResponse = Type.Object({
  kind: SurveyKindSchema,
  period: literals(['week', 'month']),
  points: Type.Array(
    Type.Object({ period: Type.String(), measure: MeasureSchema, change: ComparisonSchema }),
  ),
});

export const CompareResponse = Type.Object({
  a: MeasureSchema,
  b: MeasureSchema,
  comparison: ComparisonSchema,
});

export const TouchpointsResponse = Type.Object({
  touchpoints: Type.Array(
    Type.Object({
      touchpointId: Type.String(),
      name: Type.String(),
      journeyId: Type.String(),
      stageId: Type.String(),
      channelId: Type.String(),
      nps: Nullable(MeasureSchema),
      csat: Nullable(MeasureSchema),
      ces: Nullable(MeasureSchema),
      irritant: Type.Boolean({
        description: 'Proposed as an irritant: significantly below the rest of the workspace',
      }),
      reasons: Type.Array(
        Type.Object({
          kind: SurveyKindSchema,
          measure: MeasureSchema,
          versusRest: ComparisonSchema,
        }),
      ),
    }),
  ),
});

export const ResponsesResponse = Type.Object({
  total: Type.Integer(),
  responses: Type.Array(
    Type.Object({
      answerKey: Type.String(),
      revision: Type.Integer(),
      kind: SurveyKindSchema,
      score: Type.Integer(),
      surveyId: Nullable(Type.String()),
      surveyName: Nullable(Type.String()),
      touchpointId: Nullable(Type.String()),
      touchpointName: Nullable(Type.String()),
      stageId: Nullable(Type.String()),
      channel: Nullable(Type.String()),
      persona: Nullable(Type.String()),
      comment: Nullable(Type.String()),
      answers: Type.Record(Type.String(), Type.String()),
      userId: Nullable(Type.String()),
      anonymousId: Nullable(Type.String()),
      source: Nullable(literals([...ANSWER_SOURCES, 'other'])),
      lang: Nullable(Type.String()),
      answeredAt: Timestamp,
    }),
  ),
});

/** The body of a survey change: the definition and the version it was read at. */
export type SurveyUpdateBody = Static<typeof SurveyInput> & { readonly version: number };
