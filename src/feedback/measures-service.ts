/**
 * The satisfaction measures of a workspace: breakdowns, trends, a comparison of two periods or
 * segments, the touchpoints' satisfaction with irritant proposals, and the answers themselves.
 * The store counts; the pure modules compute (./breakdown.ts, ./measures.ts).
 */
import { readModel } from '../model/service.ts';
import type { AnswerFilter, ResponsePage, ResponseQuery } from '../storage/events/feedback-port.ts';
import {
  type Breakdown,
  breakdownOf,
  distributionsBy,
  type IrritantReason,
  irritantReasons,
  type TrendPoint,
  trendOf,
} from './breakdown.ts';
import type { FeedbackContext } from './context.ts';
import { type BreakdownDimension, labeller, storeDimension, touchpointPlaces } from './labels.ts';
import { type Measure, measureOf } from './measures.ts';
import { listSurveys } from './repository.ts';
import { SURVEY_KINDS, type SurveyKind } from './scales.ts';
import { type Comparison, compareMeasures } from './significance.ts';

export async function breakdown(
  ctx: FeedbackContext,
  workspaceId: string,
  filter: AnswerFilter,
  by: BreakdownDimension,
): Promise<Breakdown> {
  const [{ model }, surveys, counts] = await Promise.all([
    readModel(ctx.access, workspaceId),
    listSurveys(ctx.access.db, workspaceId),
    ctx.events.feedback.scoreCounts(workspaceId, filter, [storeDimension(by)]),
  ]);
  const places = touchpointPlaces(model);
  const keyOf =
    by === 'phase'
      ? (keys: readonly string[]) => places.get(keys[0] ?? '')?.lifecyclePhaseId ?? ''
      : undefined;
  return breakdownOf(
    filter.kind,
    distributionsBy(filter.kind, counts, keyOf),
    labeller(by, model, surveys),
  );
}

export async function trend(
  ctx: FeedbackContext,
  workspaceId: string,
  filter: AnswerFilter,
  period: 'week' | 'month',
): Promise<TrendPoint[]> {
  const counts = await ctx.events.feedback.scoreCounts(workspaceId, filter, [period]);
  return trendOf(filter.kind, distributionsBy(filter.kind, counts));
}

export interface SegmentComparison {
  readonly a: Measure;
  readonly b: Measure;
  /** a − b; null when it cannot be estimated. */
  readonly comparison: Comparison | null;
}

/** Two periods or segments of one kind: does `a` really differ from `b`? */
export async function compareSegments(
  ctx: FeedbackContext,
  workspaceId: string,
  a: AnswerFilter,
  b: Omit<AnswerFilter, 'kind'>,
): Promise<SegmentComparison> {
  const [countsA, countsB] = await Promise.all([
    ctx.events.feedback.scoreCounts(workspaceId, a, []),
    ctx.events.feedback.scoreCounts(workspaceId, { ...b, kind: a.kind }, []),
  ]);
  const measureA = measureOf(a.kind, distributionsBy(a.kind, countsA, () => '').get('') ?? []);
  const measureB = measureOf(a.kind, distributionsBy(a.kind, countsB, () => '').get('') ?? []);
  return { a: measureA, b: measureB, comparison: compareMeasures(measureA, measureB) };
}

export interface TouchpointSatisfaction {
  readonly touchpointId: string;
  readonly name: string;
  readonly journeyId: string;
  readonly stageId: string;
  readonly channelId: string;
  readonly nps: Measure | null;
  readonly csat: Measure | null;
  readonly ces: Measure | null;
  /** Proposed as an irritant: significantly less satisfied than the rest of the workspace. */
  readonly irritant: boolean;
  readonly reasons: IrritantReason[];
}

/** Satisfaction per touchpoint of the map (the measured layer), with irritant proposals. */
export async function touchpointSatisfaction(
  ctx: FeedbackContext,
  workspaceId: string,
  period: Pick<AnswerFilter, 'from' | 'to'>,
): Promise<TouchpointSatisfaction[]> {
  const { model } = await readModel(ctx.access, workspaceId);
  const places = touchpointPlaces(model);
  const perKind = await Promise.all(
    SURVEY_KINDS.map(async (kind) => {
      const counts = await ctx.events.feedback.scoreCounts(workspaceId, { ...period, kind }, [
        'touchpoint',
      ]);
      const result = breakdownOf(kind, distributionsBy(kind, counts), (key) => ({
        label: key,
        order: null,
      }));
      return { kind, groups: new Map(result.groups.map((g) => [g.key, g])) };
    }),
  );
  const measured = new Set(perKind.flatMap(({ groups }) => [...groups.keys()]));
  return [...places.values()]
    .filter((place) => measured.has(place.touchpointId))
    .sort((a, b) => a.order - b.order)
    .map((place) => {
      const of = (kind: SurveyKind) =>
        perKind.find((k) => k.kind === kind)?.groups.get(place.touchpointId);
      const reasons = irritantReasons(
        SURVEY_KINDS.flatMap((kind) => {
          const group = of(kind);
          return group === undefined ? [] : [{ ...group, kind }];
        }),
      );
      return {
        touchpointId: place.touchpointId,
        name: place.name,
        journeyId: place.journeyId,
        stageId: place.stageId,
        channelId: place.channelId,
        nps: of('nps')?.measure ?? null,
        csat: of('csat')?.measure ?? null,
        ces: of('ces')?.measure ?? null,
        irritant: reasons.length > 0,
        reasons,
      };
    });
}

/** A page of answers (verbatims), newest first. */
export function responses(
  ctx: FeedbackContext,
  workspaceId: string,
  query: ResponseQuery,
): Promise<ResponsePage> {
  return ctx.events.feedback.responses(workspaceId, query);
}
