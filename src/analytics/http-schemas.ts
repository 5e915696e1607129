/** Payload schemas of the journey analytics API (one schema: validation, types and OpenAPI). */
import { type Static, Type } from 'typebox';
import { Id, Strict, Timestamp } from '../server/schema.ts';

const Ratio = Type.Number({ minimum: 0, maximum: 1 });
const Ms = Type.Union([Type.Number({ minimum: 0 }), Type.Null()], {
  description: 'Milliseconds (within 2 %), null without data',
});
const Short = Type.String({ minLength: 1, maxLength: 200 });

export const AnalyticsFilters = Strict(
  {
    from: Type.Optional(Timestamp),
    to: Type.Optional(Timestamp),
    personas: Type.Optional(
      Type.Array(Short, { maxItems: 50, description: 'Persona names or ids (trait "persona")' }),
    ),
    channels: Type.Optional(
      Type.Array(Short, { maxItems: 100, description: 'Only events on these channels (keys)' }),
    ),
    trait: Type.Optional(
      Strict({ name: Short, values: Type.Array(Short, { minItems: 1, maxItems: 100 }) }),
    ),
  },
  'Which customers and events are analysed; all optional, combined with AND',
);

export const Breakdown = Type.Union([
  Strict({ by: Type.Literal('persona') }),
  Strict({ by: Type.Literal('first-channel') }),
  Strict({ by: Type.Literal('trait'), name: Short }),
]);

const Scope = {
  journeyId: Type.Optional(Id),
  filters: Type.Optional(AnalyticsFilters),
};

export const FunnelStep = Type.Union([
  Strict({ kind: Type.Literal('stage'), stageId: Id }),
  Strict({
    kind: Type.Literal('touchpoints'),
    touchpointIds: Type.Array(Id, { minItems: 1, maxItems: 100 }),
  }),
]);

export const FunnelBody = Strict({
  ...Scope,
  steps: Type.Optional(
    Type.Array(FunnelStep, { minItems: 1, maxItems: 20, description: 'Default: every stage' }),
  ),
  mode: Type.Optional(
    Type.Union([Type.Literal('ordered'), Type.Literal('strict'), Type.Literal('any')]),
  ),
  windowHours: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 24 * 3650 })),
  excludedTouchpointIds: Type.Optional(Type.Array(Id, { maxItems: 100 })),
  breakdown: Type.Optional(Breakdown),
});

const StepFigures = Type.Object({
  label: Type.String(),
  customers: Type.Integer(),
  overallConversion: Ratio,
  stepConversion: Ratio,
  dropOff: Type.Integer(),
  medianMsFromStart: Ms,
});

const FunnelFigures = Type.Object({
  population: Type.Integer(),
  steps: Type.Array(StepFigures),
  timeToConvert: Type.Object({
    medianMs: Ms,
    bucketsMs: Type.Array(Type.Number()),
    counts: Type.Array(Type.Integer()),
  }),
});

export const FunnelResponse = Type.Object({
  journeyId: Type.String(),
  mode: Type.String(),
  windowHours: Type.Number(),
  overall: FunnelFigures,
  breakdown: Type.Array(Type.Object({ value: Type.String(), figures: FunnelFigures })),
});

export const PathsBody = Strict({
  ...Scope,
  level: Type.Optional(
    Type.Union([Type.Literal('touchpoint'), Type.Literal('stage'), Type.Literal('channel')]),
  ),
  share: Type.Optional(
    Type.Number({ minimum: 0, maximum: 1, description: 'Share of arcs kept (pm4py paths filter)' }),
  ),
  topVariants: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
});

const PathNode = Type.Object({
  id: Type.String({
    description: 'Touchpoint, stage or channel id; "start" and "end" for the ends',
  }),
  label: Type.String(),
  count: Type.Integer(),
  starts: Type.Integer(),
  ends: Type.Integer(),
});

const PathEdge = Type.Object({
  from: Type.String(),
  to: Type.String(),
  frequency: Type.Integer(),
  customers: Type.Integer(),
  share: Ratio,
  medianMs: Ms,
});

export const PathsResponse = Type.Object({
  journeyId: Type.String(),
  level: Type.String(),
  customers: Type.Integer(),
  events: Type.Integer(),
  nodes: Type.Array(PathNode),
  edges: Type.Array(PathEdge, {
    description: 'Arcs kept at the requested share, most frequent first',
  }),
  totalEdges: Type.Integer(),
  variants: Type.Object({
    distinct: Type.Integer(),
    top: Type.Array(
      Type.Object({ path: Type.Array(Type.String()), customers: Type.Integer(), share: Ratio }),
    ),
  }),
});

export const ScopeBody = Strict(Scope);

export const ConformanceResponse = Type.Object({
  journeyId: Type.String(),
  customers: Type.Integer(),
  stages: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      reached: Type.Integer(),
      skipped: Type.Integer(),
      medianMs: Ms,
    }),
  ),
  channels: Type.Array(Type.Object({ id: Type.String(), name: Type.String() })),
  customersBacktracking: Type.Integer(),
  backtracks: Type.Integer(),
  customersSwitching: Type.Integer(),
  switchMatrix: Type.Array(Type.Array(Type.Integer()), {
    description: 'moves[from channel][to channel]',
  }),
  switches: Type.Array(
    Type.Object({
      stageId: Type.String(),
      fromChannelId: Type.String(),
      toChannelId: Type.String(),
      moves: Type.Integer(),
      abandoned: Type.Integer(),
      rate: Ratio,
      comparableMoves: Type.Integer(),
      comparableRate: Ratio,
      z: Type.Number(),
      rupture: Type.Boolean(),
    }),
  ),
});

export const MeasuredMapResponse = Type.Object({
  journeyId: Type.String(),
  customers: Type.Integer(),
  touchpoints: Type.Array(
    Type.Object({
      touchpointId: Type.String(),
      visits: Type.Integer(),
      reach: Type.Integer(),
      share: Ratio,
      onwardConversion: Type.Union([Ratio, Type.Null()]),
      medianMsToNext: Ms,
    }),
  ),
});

export const WorkspaceParams = Strict({ workspaceId: Id });

export type AnalyticsFilters = Static<typeof AnalyticsFilters>;
export type FunnelBody = Static<typeof FunnelBody>;
export type PathsBody = Static<typeof PathsBody>;
export type ScopeBody = Static<typeof ScopeBody>;
export type FunnelResponse = Static<typeof FunnelResponse>;
export type PathsResponse = Static<typeof PathsResponse>;
export type ConformanceResponse = Static<typeof ConformanceResponse>;
export type MeasuredMapResponse = Static<typeof MeasuredMapResponse>;

export const AttributionBody = Strict({
  journeyId: Type.Optional(Id),
  filters: Type.Optional(AnalyticsFilters),
  level: Type.Optional(Type.Union([Type.Literal('channel'), Type.Literal('touchpoint')])),
  conversionEvents: Type.Optional(
    Type.Array(Short, { minItems: 1, maxItems: 20, description: 'Default: Order Completed' }),
  ),
  valueProperty: Type.Optional(
    Type.String({ minLength: 1, maxLength: 100, description: 'Default: revenue' }),
  ),
  halfLifeDays: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 365 })),
  markovOrder: Type.Optional(Type.Integer({ minimum: 1, maximum: 3 })),
});

const ModelCredit = Type.Object({ conversions: Type.Number(), value: Type.Number() });

export const AttributionResponse = Type.Object({
  journeyId: Type.String(),
  level: Type.String(),
  conversions: Type.Number(),
  value: Type.Number(),
  journeys: Type.Integer({ description: 'Journeys analysed (converting or not)' }),
  conversionProbability: Type.Number({ description: 'Markov chain: P(conversion) from start' }),
  rows: Type.Array(
    Type.Object({
      id: Type.String(),
      label: Type.String(),
      firstTouch: ModelCredit,
      lastTouch: ModelCredit,
      linear: ModelCredit,
      positionBased: ModelCredit,
      timeDecay: ModelCredit,
      markov: ModelCredit,
      markovRemovalEffect: Type.Number(),
      shapley: ModelCredit,
    }),
  ),
});

export type AttributionBody = Static<typeof AttributionBody>;
export type AttributionResponse = Static<typeof AttributionResponse>;

export const LifecycleBody = Strict({
  journeyId: Type.Optional(Id),
  months: Type.Optional(
    Type.Integer({ minimum: 1, maximum: 36, description: 'Snapshots: default 12' }),
  ),
  at: Type.Optional(
    Type.String({ format: 'date-time', description: 'Evaluate up to this instant (default now)' }),
  ),
});

export const LifecycleResponse = Type.Object({
  at: Type.String(),
  customers: Type.Integer(),
  phases: Type.Array(
    Type.Object({
      id: Type.String(),
      name: Type.String(),
      customers: Type.Integer(),
      rule: Type.String(),
    }),
  ),
  withoutPhase: Type.Integer(),
  flows: Type.Array(
    Type.Object({ from: Type.String(), to: Type.String(), customers: Type.Integer() }),
  ),
  snapshots: Type.Array(
    Type.Object({ at: Type.String(), sizes: Type.Record(Type.String(), Type.Integer()) }),
  ),
});

export type LifecycleBody = Static<typeof LifecycleBody>;
export type LifecycleResponse = Static<typeof LifecycleResponse>;

export const DiagnosisResponse = Type.Object({
  journeyId: Type.String(),
  customers: Type.Integer(),
  findings: Type.Array(
    Type.Object({
      kind: Type.Union([
        Type.Literal('irritant'),
        Type.Literal('rupture'),
        Type.Literal('moment-of-truth'),
        Type.Literal('missing-touchpoint'),
      ]),
      title: Type.String({ description: 'What was found, in the map’s words' }),
      touchpointId: Type.Union([Type.String(), Type.Null()]),
      stageId: Type.Union([Type.String(), Type.Null()]),
      severity: Type.Number(),
      evidence: Type.Record(Type.String(), Type.Union([Type.Number(), Type.String()])),
    }),
  ),
});

export type DiagnosisResponse = Static<typeof DiagnosisResponse>;
