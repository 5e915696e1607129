/**
 * The simulation plan: the ground truth the simulator draws customers from, derived from a
 * workspace model and kept as plain data, so that analytics tests can compare what they
 * measure with the probabilities that produced the data.
 *
 * The probability model, in words (the figures are defaults: `PlanParameters` overrides them):
 *
 * Who. Only personas with a current journey are simulated (the first current journey of
 * each). A customer's persona is drawn with the persona shares normalised to sum to 1; a
 * persona without a share takes the mean of the given ones (1 when none is given).
 *
 * Where a customer starts. Entry touchpoints are those of the first stage that has some, plus
 * those before the purchase stage that no transition leads to. The entry is drawn in
 * proportion to the touchpoints' audience (an unknown audience counts as the journey's median
 * audience). The purchase stage is the first stage named like one (purchase, achat, order,
 * checkout, contract…), else the stage at 45 % of the stage list (the fifth of ten).
 *
 * Missing touchpoints are never visited: a transition to one counts as abandonment.
 *
 * What happens after a visit to touchpoint T. Exactly one of: abandon (the journey ends), or
 * one move; the probabilities sum to 1.
 * - Abandonment a(T) = base(performance) × (1 − 0.1 × emotion), base enchantment 0.08,
 *   neutral 0.15, irritant 0.30, emotion −3..+3 (unknown = 0), halved at stages after the
 *   purchase stage (the order is placed: customers mostly follow through), kept in
 *   [0.01, 0.9]. Per-touchpoint values can be imposed.
 * - Backtracking b(T) = 0.03, doubled after an irritant, only for touchpoints after the entry
 *   stage and up to the purchase stage, order points excepted: a move back to a touchpoint of
 *   the closest earlier stage that has one that some transition leads to (so: back to the
 *   home page, not to an ad), else to any of that stage, drawn in proportion to audience.
 * - The rest, 1 − a − b, is split over T's transitions in proportion to the audience of
 *   their targets, a transition marked `possible: false` (forced, a rupture) weighing 0.15 of
 *   an ordinary one. When T has no ordinary transition, its forced ones keep only 0.15 of
 *   their share. What is not shared out, and the share of transitions to missing touchpoints,
 *   is added to abandonment. A move that is both a transition and a backtrack gets both.
 * - After a forced move, the abandonment at its target is raised to 0.5 (if lower) and the
 *   target's moves are scaled down in proportion (`movesAfter`): customers pushed to another
 *   channel often give up there.
 * - A touchpoint without transitions and without backtracking ends the journey: before the
 *   purchase stage that is abandonment (probability 1); from the purchase stage on it is
 *   completion, except that with probability 0.3 the customer comes back later (a `return`
 *   move) through a re-entry touchpoint other than T: one after the purchase stage that no
 *   transition leads to (newsletter, push, win-back…), else an entry touchpoint, by audience.
 *
 * How long between two visits: lognormal, with the median set by the move (σ 1, or 0.8 for
 * comebacks): a return 30 days; from after the purchase stage back to it or before 20 days;
 * towards a stage after the purchase stage 10 minutes on the same channel and stage, else one
 * day per stage crossed (at least one); before and at purchase 3 minutes on the same channel,
 * 30 minutes between two digital channels, one day when a physical channel is involved.
 * Visits are at least 5 seconds apart. A journey stops when its next visit would fall after
 * the end date (censored) or after 150 visits (truncated).
 *
 * What the visits emit (see `generate.ts`): every visit is an event; the customer is
 * identified at the first touchpoint that is a sign-up, at or after the purchase stage, or on
 * a channel that knows the customer (physical, email, SMS, phone, mail); an order point (a
 * purchase-stage touchpoint with no transition to another purchase-stage touchpoint) emits
 * `Order Completed` once per buying cycle (a new one starts when the path goes back before the
 * purchase stage), with revenue drawn lognormally around the
 * persona's average basket (the first amount in the persona description, else €75; σ 0.5);
 * each visit to a survey stage (evaluation / after-sales / support after purchase) emits a
 * `Survey Answered` with probability 0.15, scored from what the customer feels there,
 * f = 0.6·(the touchpoint's emotion) + 0.4·(mean emotion m of the visits so far): NPS at
 * evaluation stages normal(7 + 1.2·f, 1.5) rounded into 0–10; elsewhere CES on web and app
 * touchpoints normal(4.6 + 0.8·f, 1.2) into 1–7, else CSAT normal(3.5 + 0.6·f, 0.8) into 1–5
 * (the kinds of the demo surveys, src/feedback/demo-surveys.ts).
 */
import type { Performance, WorkspaceModel } from '../model/schema.ts';
import type { CallType } from './names.ts';
import { planPersonas } from './plan-personas.ts';

export type MoveKind = 'expected' | 'forced' | 'backtrack' | 'return';
export type ExitKind = 'abandonment' | 'completion';

/** Lognormal waiting time before a move: median in minutes, σ of its logarithm. */
export interface DwellPlan {
  readonly medianMinutes: number;
  readonly sigma: number;
}

export interface MovePlan {
  readonly toId: string;
  readonly probability: number;
  readonly kind: MoveKind;
  readonly dwell: DwellPlan;
  /** Abandonment at the target when arriving by this move (forced moves), else null. */
  readonly abandonmentAfter: number | null;
}

export interface TouchpointPlan {
  readonly touchpointId: string;
  readonly personaId: string;
  readonly journeyId: string;
  readonly name: string;
  readonly eventName: string;
  readonly callType: CallType;
  readonly stageId: string;
  readonly stageName: string;
  readonly stageIndex: number;
  readonly channelId: string;
  /** The channel name, lower-cased, as events carry it. */
  readonly channelKey: string;
  readonly performance: Exclude<Performance, 'missing'>;
  readonly emotion: number;
  /** Every possible move; `exit` = 1 − the sum of their probabilities. */
  readonly moves: readonly MovePlan[];
  readonly exit: number;
  readonly exitKind: ExitKind;
  /** The customer gives their identity here, if not known yet. */
  readonly identifies: boolean;
  /** Emits `Order Completed` (once per buying cycle). */
  readonly orderPoint: boolean;
  /** In a survey stage: the first such visit may emit `Survey Answered`. */
  readonly surveyPoint: boolean;
}

export interface EntryPlan {
  readonly touchpointId: string;
  readonly probability: number;
}

export interface PersonaPlan {
  readonly personaId: string;
  readonly name: string;
  readonly journeyId: string;
  /** Normalised: the shares of the plan sum to 1. */
  readonly share: number;
  readonly entries: readonly EntryPlan[];
  /** Order revenue: lognormal, median in cents, σ of its logarithm. */
  readonly basket: { readonly medianCents: number; readonly sigma: number };
}

export interface SimulationPlan {
  readonly currency: string;
  readonly purchaseStageIndex: number;
  readonly personas: readonly PersonaPlan[];
  /** By touchpoint id; only touchpoints that can be visited (missing ones are left out). */
  readonly touchpoints: Readonly<Record<string, TouchpointPlan>>;
  readonly surveyRate: number;
  readonly maxVisits: number;
}

export interface PlanParameters {
  readonly abandonment: Readonly<Record<Exclude<Performance, 'missing'>, number>>;
  readonly emotionEffect: number;
  readonly postPurchaseFactor: number;
  readonly backtrack: number;
  readonly forcedWeight: number;
  readonly forcedAbandonment: number;
  readonly returnRate: number;
  readonly surveyRate: number;
  readonly basketSigma: number;
  readonly defaultBasketCents: number;
  readonly maxVisits: number;
  /** Abandonment imposed on given touchpoints, by id. */
  readonly touchpointAbandonment: Readonly<Record<string, number>>;
  /** Shares imposed on given personas, by id (before normalisation). */
  readonly personaShares: Readonly<Record<string, number>>;
}

export const DEFAULT_PARAMETERS: PlanParameters = {
  abandonment: { enchantment: 0.08, neutral: 0.15, irritant: 0.3 },
  emotionEffect: 0.1,
  postPurchaseFactor: 0.5,
  backtrack: 0.03,
  forcedWeight: 0.15,
  forcedAbandonment: 0.5,
  returnRate: 0.3,
  surveyRate: 0.15,
  basketSigma: 0.5,
  defaultBasketCents: 7500,
  maxVisits: 150,
  touchpointAbandonment: {},
  personaShares: {},
};

/** The ground truth of a simulation of `model`; parameters override the defaults. */
export function buildPlan(
  model: WorkspaceModel,
  parameters: Partial<PlanParameters> = {},
): SimulationPlan {
  const merged: PlanParameters = { ...DEFAULT_PARAMETERS, ...parameters };
  const { personas, touchpoints, purchaseStageIndex } = planPersonas(model, merged);
  return {
    currency: model.currency,
    purchaseStageIndex,
    personas,
    touchpoints,
    surveyRate: merged.surveyRate,
    maxVisits: merged.maxVisits,
  };
}

/**
 * The moves out of `touchpoint` for a customer who arrived by a move whose
 * `abandonmentAfter` is given (forced moves): abandonment raised to it, moves scaled down.
 */
export function movesAfter(
  touchpoint: TouchpointPlan,
  abandonmentAfter: number | null,
): { readonly moves: readonly MovePlan[]; readonly exit: number } {
  if (abandonmentAfter === null || abandonmentAfter <= touchpoint.exit) return touchpoint;
  const scale = (1 - abandonmentAfter) / (1 - touchpoint.exit);
  const moves = touchpoint.moves.map((move) => ({
    ...move,
    probability: move.probability * scale,
  }));
  return { moves, exit: abandonmentAfter };
}
