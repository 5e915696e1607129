/** Payload schemas of the prioritisation API (they feed validation and OpenAPI). */
import { Type } from 'typebox';
import { Id, Strict, Timestamp } from '../server/schema.ts';
import { Action, ActionFields, BudgetSettings, ScoringWeights } from './schema.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const Money = Type.Number({ description: 'Cents' });
const Horizons = Type.Object({ short: Type.Number(), medium: Type.Number(), long: Type.Number() });

export const WorkspaceParams = Strict({ workspaceId: Id });
export const ActionParams = Strict({ workspaceId: Id, actionId: Id });
export const PlanParams = Strict({ workspaceId: Id, planId: Id });
export const ScoresQuery = Strict({
  journeyId: Type.Optional(Id),
});
export const ExportQuery = Strict({
  lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('en')])),
  journeyId: Type.Optional(Id),
});

/** A new action: a name is enough, the rest has defaults. */
export const CreateActionBody = Strict({
  name: ActionFields.properties.name,
  ...Type.Partial(Type.Omit(ActionFields, ['name'])).properties,
});
export const ChangeActionBody = Type.Partial(ActionFields, {
  minProperties: 1,
  additionalProperties: false,
});

export const ActionsResponse = Type.Object({ actions: Type.Array(Action) });
export const RemovedResponse = Type.Object({
  released: Type.Array(Type.String(), { description: 'Actions that required it, no longer do' }),
});
export const WeightsBody = ScoringWeights;
export const BudgetBody = BudgetSettings;

const Contribution = Type.Object({
  key: Type.String(),
  raw: Type.Union([Type.Number(), Type.String(), Type.Null()]),
  value: Nullable(Type.Number()),
  inverted: Type.Boolean(),
  side: Type.String(),
  weight: Type.Number(),
  appliedWeight: Type.Number(),
  contribution: Type.Number(),
});
const Scored = {
  score: Nullable(Type.Number()),
  impact: Nullable(Type.Number()),
  feasibility: Nullable(Type.Number()),
  contributions: Type.Array(Contribution),
};
const ScoredTouchpoint = Type.Object({
  touchpointId: Type.String(),
  journeyId: Type.String(),
  personaId: Type.String(),
  name: Type.String(),
  stageId: Type.String(),
  channelId: Type.String(),
  importance: Nullable(Type.Integer()),
  performance: Type.String(),
  monthlyCostCents: Nullable(Money),
  audience: Nullable(Type.Integer()),
  ...Scored,
});
const ScoredAction = Type.Object({
  actionId: Type.String(),
  name: Type.String(),
  status: Type.String(),
  weightedReturnCents: Money,
  costCents: Money,
  effort: Type.Number(),
  reach: Type.Number(),
  rice: Nullable(Type.Number()),
  ...Scored,
});
const Point = Type.Object({
  kind: Type.String(),
  id: Type.String(),
  name: Type.String(),
  x: Type.Number(),
  y: Type.Number(),
  size: Type.Number(),
  quadrant: Type.String(),
  journeyId: Type.Optional(Type.String()),
  personaId: Type.Optional(Type.String()),
});
export const MatricesResponse = Type.Object({
  impactFeasibility: Type.Object({
    threshold: Type.Number(),
    points: Type.Array(Point),
    unplaced: Type.Integer(),
  }),
  importancePerformance: Type.Object({
    importanceThreshold: Type.Number(),
    performanceThreshold: Type.Number(),
    points: Type.Array(Point),
    unplaced: Type.Integer(),
  }),
  valueEffort: Type.Array(
    Type.Object({
      horizon: Type.String(),
      valueThreshold: Type.Number(),
      effortThreshold: Type.Number(),
      points: Type.Array(Point),
    }),
  ),
});
const HorizonWeights = Type.Object({
  weights: Horizons,
  source: Type.String({ description: 'objectives, manual or equal' }),
  objectives: Type.Array(
    Type.Object({
      objectiveId: Type.String(),
      name: Type.String(),
      horizon: Type.String(),
      share: Type.Number(),
    }),
  ),
});
export const ScoresResponse = Type.Object({
  method: Type.String(),
  horizon: HorizonWeights,
  touchpoints: Type.Array(ScoredTouchpoint),
  actions: Type.Array(ScoredAction),
  matrices: MatricesResponse,
});

const Reason = Type.Object({
  kind: Type.String({ description: 'dependency, no-return, bound, budget or tie' }),
  neededCents: Money,
  leftCents: Money,
  requiredActionId: Type.Optional(Type.String()),
  channelId: Type.Optional(Type.String()),
  roomCents: Type.Optional(Money),
  forcedLossCents: Type.Optional(Nullable(Money)),
});
const PlannedAction = Type.Object({
  actionId: Type.String(),
  name: Type.String(),
  decision: Type.String({ description: 'chosen, partial, left-out or committed' }),
  fraction: Type.Number(),
  spendCents: Money,
  costCents: Money,
  weightedReturnCents: Money,
  channelId: Nullable(Type.String()),
  reason: Nullable(Reason),
});
const ChannelOutcome = Type.Object({
  channelId: Type.String(),
  name: Type.String(),
  mediaCents: Money,
  actionCents: Money,
  totalCents: Money,
  minCents: Money,
  maxCents: Nullable(Money),
  returns: Horizons,
});
const ConflictItem = Type.Object({
  kind: Type.String({ description: 'budget, channel-min, channel-max, committed or requires' }),
  budgetCents: Type.Optional(Money),
  channelId: Type.Optional(Nullable(Type.String())),
  minCents: Type.Optional(Money),
  maxCents: Type.Optional(Money),
  actionId: Type.Optional(Type.String()),
  costCents: Type.Optional(Money),
  requiredIds: Type.Optional(Type.Array(Type.String())),
});
const BudgetPlan = Type.Object({
  status: Type.String({ description: 'optimal, time-limit or infeasible' }),
  weights: Horizons,
  budgetCents: Money,
  solution: Nullable(
    Type.Object({
      status: Type.String(),
      budgetCents: Money,
      spentCents: Money,
      weightedReturnCents: Money,
      returns: Horizons,
      actions: Type.Array(PlannedAction),
      channels: Type.Array(ChannelOutcome),
    }),
  ),
  conflict: Nullable(
    Type.Object({
      items: Type.Array(ConflictItem),
      neededCents: Money,
      availableCents: Nullable(Money),
      names: Type.Record(Type.String(), Type.String()),
      message: Type.String(),
    }),
  ),
  sensitivity: Type.Array(
    Type.Object({
      change: Type.Number(),
      budgetCents: Money,
      weightedReturnCents: Nullable(Money),
      spentCents: Nullable(Money),
      returns: Nullable(Horizons),
    }),
  ),
  solveMs: Type.Number(),
});
const PlanSummary = {
  id: Type.String(),
  name: Type.String(),
  status: Type.String(),
  budgetCents: Money,
  weightedReturnCents: Nullable(Money),
  createdAt: Timestamp,
  createdBy: Nullable(Type.String()),
};
export const PlansResponse = Type.Object({ plans: Type.Array(Type.Object(PlanSummary)) });
export const PlanResponse = Type.Object({ ...PlanSummary, plan: BudgetPlan });
export const SolveBody = Strict({
  name: Type.Optional(Type.String({ maxLength: 200 })),
  budget: Type.Optional(BudgetSettings),
});
