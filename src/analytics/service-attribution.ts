/**
 * Multi-touch attribution of a workspace's conversions to channels or touchpoints, from the
 * customers' traces (conversion events included): every model of ./attribution side by side.
 */
import { ok, type Result } from '../shared/result.ts';
import { type AttributionLevel, collectJourneys } from './attribution/collect.ts';
import { heuristicAttribution, shapleyAttribution } from './attribution/heuristics.ts';
import type { Credits } from './attribution/journeys.ts';
import { markovAttribution } from './attribution/markov.ts';
import type * as s from './http-schemas.ts';
import { type AnalyticsContext, prepare } from './service.ts';

export const DEFAULT_CONVERSION_EVENTS = ['Order Completed'];
const DAY_MS = 86_400_000;

export async function runAttribution(
  ctx: AnalyticsContext,
  workspaceId: string,
  body: s.AttributionBody,
): Promise<Result<s.AttributionResponse>> {
  const prepared = await prepare(ctx, workspaceId, body);
  if (!prepared.ok) return prepared;
  const { frame, scope } = prepared.value;
  const level: AttributionLevel = body.level ?? 'channel';
  const conversions = {
    events: body.conversionEvents ?? DEFAULT_CONVERSION_EVENTS,
    valueProperty: body.valueProperty ?? 'revenue',
  };
  const collector = await collectJourneys(ctx.events.analytics, scope, frame, {
    level,
    conversions,
  });
  const journeys = collector.aggregated();
  const markov = markovAttribution(journeys, body.markovOrder ?? 1);
  const models: Record<string, Credits> = {
    firstTouch: heuristicAttribution(journeys, 'first-touch'),
    lastTouch: heuristicAttribution(journeys, 'last-touch'),
    linear: heuristicAttribution(journeys, 'linear'),
    positionBased: heuristicAttribution(journeys, 'position-based'),
    timeDecay: heuristicAttribution(collector.timed, 'time-decay', {
      halfLifeMs: (body.halfLifeDays ?? 7) * DAY_MS,
    }),
    markov: markov.credits,
    shapley: shapleyAttribution(journeys),
  };
  const credit = (model: string, id: string) =>
    models[model]?.get(id) ?? { conversions: 0, value: 0 };
  const labelOf = (id: string) =>
    level === 'touchpoint'
      ? (frame.journey.touchpoints.find((touchpoint) => touchpoint.id === id)?.name ?? id)
      : (frame.channels.find((channel) => channel.id === id)?.name ?? id);
  const ids = [...(models.linear?.keys() ?? [])];
  return ok({
    journeyId: frame.journey.id,
    level,
    conversions: journeys.reduce((sum, journey) => sum + journey.conversions, 0),
    value: journeys.reduce((sum, journey) => sum + journey.value, 0),
    journeys: journeys.reduce((sum, journey) => sum + journey.conversions + journey.nulls, 0),
    conversionProbability: markov.conversionProbability,
    rows: ids.map((id) => ({
      id,
      label: labelOf(id),
      firstTouch: credit('firstTouch', id),
      lastTouch: credit('lastTouch', id),
      linear: credit('linear', id),
      positionBased: credit('positionBased', id),
      timeDecay: credit('timeDecay', id),
      markov: credit('markov', id),
      markovRemovalEffect: markov.removalEffects.get(id) ?? 0,
      shapley: credit('shapley', id),
    })),
  });
}
