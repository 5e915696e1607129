/**
 * Every attribution model side by side, one row per channel, in the column names of the
 * ChannelAttribution package (the `parcours attribution` CLI contract). Pure.
 */
import { heuristicAttribution, shapleyAttribution } from './heuristics.ts';
import { type Credits, channelsOf, type Journey } from './journeys.ts';
import { markovAttribution } from './markov.ts';

export interface ChannelAttributionRow {
  readonly channel_name: string;
  readonly first_touch_conversions: number;
  readonly first_touch_value: number;
  readonly last_touch_conversions: number;
  readonly last_touch_value: number;
  readonly linear_touch_conversions: number;
  readonly linear_touch_value: number;
  readonly position_based_conversions: number;
  readonly position_based_value: number;
  readonly markov_conversions: number;
  readonly markov_value: number;
  readonly markov_removal_effect: number;
  readonly shapley_conversions: number;
  readonly shapley_value: number;
}

export interface AttributionOptions {
  readonly markovOrder?: number;
  /** Ignore the non-converting counts (n = 0 everywhere), as ChannelAttribution without var_null. */
  readonly withoutNulls?: boolean;
}

export function attributionTable(
  journeys: readonly Journey[],
  options: AttributionOptions = {},
): ChannelAttributionRow[] {
  const used = options.withoutNulls === true ? journeys.map((j) => ({ ...j, nulls: 0 })) : journeys;
  const first = heuristicAttribution(used, 'first-touch');
  const last = heuristicAttribution(used, 'last-touch');
  const linear = heuristicAttribution(used, 'linear');
  const position = heuristicAttribution(used, 'position-based');
  const markov = markovAttribution(used, options.markovOrder ?? 1);
  const shapley = shapleyAttribution(used);
  const of = (credits: Credits, channel: string) =>
    credits.get(channel) ?? { conversions: 0, value: 0 };
  return channelsOf(used).map((channel) => ({
    channel_name: channel,
    first_touch_conversions: of(first, channel).conversions,
    first_touch_value: of(first, channel).value,
    last_touch_conversions: of(last, channel).conversions,
    last_touch_value: of(last, channel).value,
    linear_touch_conversions: of(linear, channel).conversions,
    linear_touch_value: of(linear, channel).value,
    position_based_conversions: of(position, channel).conversions,
    position_based_value: of(position, channel).value,
    markov_conversions: of(markov.credits, channel).conversions,
    markov_value: of(markov.credits, channel).value,
    markov_removal_effect: markov.removalEffects.get(channel) ?? 0,
    shapley_conversions: of(shapley, channel).conversions,
    shapley_value: of(shapley, channel).value,
  }));
}
