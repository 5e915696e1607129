/**
 * Markov-chain attribution by removal effect (Anderl et al. 2016; ChannelAttribution's path
 * handling, ../shared/REFERENCE.md §1), computed exactly from the absorbing chain instead of
 * by simulating random walks. Pure.
 *
 * States are channels (order 1) or k-tuples of consecutive channels (order k; a journey shorter
 * than k is one state); consecutive identical states are collapsed. A journey adds c + n to
 * (start) → s₁ and to each of its transitions, c to s_last → (conversion), n to
 * s_last → (null). Removing channel k sends every state containing it to (null):
 * RE(k) = 1 − P₋ₖ(conv) / P(conv), and k gets RE(k) / Σ RE × the total conversions (value).
 */
import { type Credits, channelsOf, type Journey } from './journeys.ts';
import { absorptionProbability, type Chain } from './markov-solve.ts';

export interface MarkovResult {
  readonly credits: Credits;
  readonly removalEffects: ReadonlyMap<string, number>;
  /** Probability of conversion from (start) in the full chain. */
  readonly conversionProbability: number;
  readonly states: number;
}

/** The states a journey walks through at order k, consecutive repeats collapsed. */
export function statesOf(touches: readonly string[], order: number): string[][] {
  const windows =
    touches.length < order
      ? [[...touches]]
      : Array.from({ length: touches.length - order + 1 }, (_, i) => touches.slice(i, i + order));
  return windows.filter((state, i) => i === 0 || !sameState(state, windows[i - 1] ?? []));
}

const sameState = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((touch, i) => touch === b[i]);

/** Builds the chain's transition counts from the journeys. */
export function buildChain(
  journeys: readonly Journey[],
  order: number,
): Chain & { keys: string[][] } {
  const index = new Map<string, number>();
  const keys: string[][] = [];
  const stateOf = (state: string[]): number => {
    const key = JSON.stringify(state);
    let id = index.get(key);
    if (id === undefined) {
      id = keys.push(state) - 1;
      index.set(key, id);
    }
    return id;
  };
  const moves = new Map<number, Map<number, number>>();
  const add = (from: number, to: number, weight: number) => {
    if (weight === 0) return;
    const row = moves.get(from) ?? new Map<number, number>();
    row.set(to, (row.get(to) ?? 0) + weight);
    moves.set(from, row);
  };
  const START = -1;
  const toConversion = new Map<number, number>();
  const toNull = new Map<number, number>();
  for (const journey of journeys) {
    const weight = journey.conversions + journey.nulls;
    if (weight === 0) continue;
    const states = statesOf(journey.touches, order).map(stateOf);
    states.forEach((state, i) => {
      add(i === 0 ? START : (states[i - 1] ?? START), state, weight);
    });
    const last = states.at(-1) ?? START;
    toConversion.set(last, (toConversion.get(last) ?? 0) + journey.conversions);
    toNull.set(last, (toNull.get(last) ?? 0) + journey.nulls);
  }
  return { keys, moves, toConversion, toNull, stateCount: keys.length };
}

export function markovAttribution(journeys: readonly Journey[], order = 1): MarkovResult {
  if (!Number.isInteger(order) || order < 1) throw new RangeError('order must be an integer ≥ 1');
  const chain = buildChain(journeys, order);
  const full = absorptionProbability(chain, new Set());
  const channels = channelsOf(journeys);
  const effects = new Map<string, number>();
  for (const channel of channels) {
    const removed = new Set<number>();
    chain.keys.forEach((state, id) => {
      if (state.includes(channel)) removed.add(id);
    });
    const without = absorptionProbability(chain, removed);
    effects.set(channel, full === 0 ? 0 : Math.max(0, 1 - without / full));
  }
  const totalEffect = [...effects.values()].reduce((sum, effect) => sum + effect, 0);
  const totalConversions = journeys.reduce((sum, journey) => sum + journey.conversions, 0);
  const totalValue = journeys.reduce((sum, journey) => sum + journey.value, 0);
  const credits: Credits = new Map(
    channels.map((channel) => {
      const share = totalEffect === 0 ? 0 : (effects.get(channel) ?? 0) / totalEffect;
      return [channel, { conversions: share * totalConversions, value: share * totalValue }];
    }),
  );
  return {
    credits,
    removalEffects: effects,
    conversionProbability: full,
    states: chain.stateCount,
  };
}
