/**
 * The prioritisation domain as TypeBox schemas, which are at once the TypeScript types, the
 * validation of API payloads and their OpenAPI description: actions ("chantiers"), the
 * scoring weights and the budget settings of a workspace.
 *
 * Units as in the journey model: money in cents of the workspace currency, effort in
 * person-months (RICE's unit), delays in weeks, recurring costs per month.
 */
import { type Static, Type } from 'typebox';

export type { Horizon } from './horizons.ts';

const Uid = Type.String({ minLength: 1, maxLength: 64, description: 'Identifier' });
const Cents = (description: string) =>
  Type.Integer({ minimum: 0, maximum: 1e13, description: `${description}, in cents` });

export const ActionStatus = Type.Union(
  [
    Type.Literal('idea'),
    Type.Literal('planned'),
    Type.Literal('in-progress'),
    Type.Literal('done'),
  ],
  {
    description:
      'idea and planned are candidates of a plan; in-progress is committed; done is past',
  },
);

/** Expected return of an action per horizon, in cents (short: immediate sales, …). */
export const HorizonCents = Type.Object(
  {
    short: Cents('Immediate sales'),
    medium: Cents('Recurring revenue that pays back acquisition'),
    long: Cents('Loyalty and advocacy'),
  },
  { additionalProperties: false },
);

/** A weight or a return per unit spent for each horizon. */
export const HorizonNumbers = Type.Object(
  {
    short: Type.Number({ minimum: 0, maximum: 1000 }),
    medium: Type.Number({ minimum: 0, maximum: 1000 }),
    long: Type.Number({ minimum: 0, maximum: 1000 }),
  },
  { additionalProperties: false },
);

export const RiceImpact = Type.Union(
  [Type.Literal(3), Type.Literal(2), Type.Literal(1), Type.Literal(0.5), Type.Literal(0.25)],
  { description: 'RICE impact: 3 massive, 2 high, 1 medium, 0.5 low, 0.25 minimal' },
);
export const RiceConfidence = Type.Union([Type.Literal(1), Type.Literal(0.8), Type.Literal(0.5)], {
  description: 'RICE confidence: 1 high, 0.8 medium, 0.5 low',
});

/** What a person edits; the stored action adds its id and timestamps. */
export const ActionFields = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S', description: 'Name' }),
    description: Type.String({ maxLength: 4000, description: 'What will be done' }),
    owner: Type.Union([Type.String({ maxLength: 200 }), Type.Null()], {
      description: 'Owner in the organisation',
    }),
    status: ActionStatus,
    touchpointIds: Type.Array(Uid, { maxItems: 200, description: 'Touchpoints it acts on' }),
    channelId: Type.Union([Uid, Type.Null()], {
      description: 'The channel budget line that pays for it (its min/max apply)',
    }),
    oneOffCents: Cents('One-off cost'),
    recurringCents: Cents('Recurring cost per month'),
    divisible: Type.Boolean({ description: 'Can be funded in part (scaled down)' }),
    minSpendCents: Type.Union([Cents('If funded, at least this much'), Type.Null()]),
    effort: Type.Number({ minimum: 0, maximum: 10000, description: 'Effort in person-months' }),
    weeksToDeliver: Type.Number({ minimum: 0, maximum: 520, description: 'Time to deliver' }),
    requires: Type.Array(Uid, { maxItems: 50, description: 'Actions that must be done first' }),
    returns: HorizonCents,
    reach: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
      description: 'People reached per period (RICE); null: the audience of its touchpoints',
    }),
    riceImpact: RiceImpact,
    confidence: RiceConfidence,
  },
  { additionalProperties: false },
);

export const Action = Type.Object(
  {
    id: Uid,
    ...ActionFields.properties,
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);

const Weight = Type.Number({ minimum: 0, maximum: 100, description: 'Relative weight' });

/** Criteria of a touchpoint's score; cost, investment and time are cost-type (inverted). */
export const TouchpointWeights = Type.Object(
  {
    importance: Weight,
    performance: Weight,
    impact: Weight,
    cost: Weight,
    investment: Weight,
    time: Weight,
  },
  { additionalProperties: false },
);

/** Criteria of an action's score; cost, effort and time are cost-type (inverted). */
export const ActionWeights = Type.Object(
  { value: Weight, touchpoints: Weight, cost: Weight, effort: Weight, time: Weight },
  { additionalProperties: false },
);

export const ScoringMethod = Type.Union([Type.Literal('weighted'), Type.Literal('rice')]);

export const ScoringWeights = Type.Object(
  { method: ScoringMethod, touchpoint: TouchpointWeights, action: ActionWeights },
  { additionalProperties: false },
);

export const ObjectiveHorizon = Type.Union([
  Type.Literal('short'),
  Type.Literal('medium'),
  Type.Literal('long'),
  Type.Literal('balanced'),
]);

export const ChannelBudget = Type.Object(
  {
    channelId: Uid,
    minCents: Cents('Spend at least'),
    maxCents: Type.Union([Cents('Spend at most'), Type.Null()]),
    returns: HorizonNumbers,
  },
  { additionalProperties: false, description: 'Media spend of a channel and its return per unit' },
);

export const BudgetSettings = Type.Object(
  {
    totalCents: Cents('Budget of the period'),
    periodMonths: Type.Integer({ minimum: 1, maximum: 60, description: 'Length of the plan' }),
    horizonMode: Type.Union([Type.Literal('objectives'), Type.Literal('manual')]),
    manualWeights: HorizonNumbers,
    objectiveHorizons: Type.Array(
      Type.Object({ objectiveId: Uid, horizon: ObjectiveHorizon }, { additionalProperties: false }),
      { maxItems: 100 },
    ),
    channels: Type.Array(ChannelBudget, { maxItems: 100 }),
  },
  { additionalProperties: false },
);

export type ActionStatus = Static<typeof ActionStatus>;
export type HorizonCents = Static<typeof HorizonCents>;
export type HorizonNumbers = Static<typeof HorizonNumbers>;
export type RiceImpact = Static<typeof RiceImpact>;
export type RiceConfidence = Static<typeof RiceConfidence>;
export type ActionFields = Static<typeof ActionFields>;
export type Action = Static<typeof Action>;
export type TouchpointWeights = Static<typeof TouchpointWeights>;
export type ActionWeights = Static<typeof ActionWeights>;
export type ScoringMethod = Static<typeof ScoringMethod>;
export type ScoringWeights = Static<typeof ScoringWeights>;
export type ObjectiveHorizon = Static<typeof ObjectiveHorizon>;
export type ChannelBudget = Static<typeof ChannelBudget>;
export type BudgetSettings = Static<typeof BudgetSettings>;
