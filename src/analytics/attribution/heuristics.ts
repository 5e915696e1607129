/**
 * Rule-based attribution models and the Shapley value (../shared/REFERENCE.md §1). Each gives
 * every converting journey's conversions and value to its touches by weights summing to 1, so
 * every model's credits add up to the totals. Pure.
 */
import { type Credits, credit, emptyCredits, type Journey } from './journeys.ts';

export type HeuristicModel =
  | 'first-touch'
  | 'last-touch'
  | 'linear'
  | 'position-based'
  | 'time-decay';

export interface HeuristicOptions {
  /** Position-based shares of the first and last touch (default 0.4 each). */
  readonly firstShare?: number;
  readonly lastShare?: number;
  /** Time-decay half-life in milliseconds (default 7 days). */
  readonly halfLifeMs?: number;
}

const DAY_MS = 86_400_000;

/** Weight of each touch of a journey of `length` touches, per model. */
function weightsOf(model: HeuristicModel, journey: Journey, options: HeuristicOptions): number[] {
  const length = journey.touches.length;
  const only = (index: number) => journey.touches.map((_, i) => (i === index ? 1 : 0));
  switch (model) {
    case 'first-touch':
      return only(0);
    case 'last-touch':
      return only(length - 1);
    case 'linear':
      return journey.touches.map(() => 1 / length);
    case 'position-based':
      return positionWeights(length, options.firstShare ?? 0.4, options.lastShare ?? 0.4);
    case 'time-decay':
      return decayWeights(journey, options.halfLifeMs ?? 7 * DAY_MS);
  }
}

/** One touch: all; two: 50/50; more: first and last shares, the rest split over the middle. */
function positionWeights(length: number, first: number, last: number): number[] {
  if (length === 1) return [1];
  if (length === 2) return [0.5, 0.5];
  const middle = (1 - first - last) / (length - 2);
  return Array.from({ length }, (_, i) => (i === 0 ? first : i === length - 1 ? last : middle));
}

/** 2^(−Δt / H) per touch, normalised. Needs the touches' times before the conversion. */
function decayWeights(journey: Journey, halfLifeMs: number): number[] {
  const before = journey.msBeforeConversion;
  if (before === undefined || before.length !== journey.touches.length) {
    throw new RangeError('time decay needs the time of every touch before the conversion');
  }
  const raw = before.map((ms) => 2 ** (-ms / halfLifeMs));
  const total = raw.reduce((sum, weight) => sum + weight, 0);
  return raw.map((weight) => weight / total);
}

export function heuristicAttribution(
  journeys: readonly Journey[],
  model: HeuristicModel,
  options: HeuristicOptions = {},
): Credits {
  const credits = emptyCredits(journeys);
  for (const journey of journeys) {
    if (journey.conversions === 0 && journey.value === 0) continue;
    const weights = weightsOf(model, journey, options);
    journey.touches.forEach((touch, index) => {
      credit(credits, touch, journey, weights[index] ?? 0);
    });
  }
  return credits;
}

/**
 * Shapley value with the characteristic function of Zhao et al. (2018): a coalition is worth
 * the conversions of the journeys whose channels it contains, which reduces to splitting each
 * journey's conversions equally over its distinct channels.
 */
export function shapleyAttribution(journeys: readonly Journey[]): Credits {
  const credits = emptyCredits(journeys);
  for (const journey of journeys) {
    if (journey.conversions === 0 && journey.value === 0) continue;
    const distinct = [...new Set(journey.touches)];
    for (const channel of distinct) credit(credits, channel, journey, 1 / distinct.length);
  }
  return credits;
}
