/**
 * The measures API: breakdowns (by touchpoint, stage, channel, persona, phase, survey,
 * period), trends, the comparison of two periods or segments, the touchpoints' satisfaction
 * with irritant proposals (the map's measured layer), and the answers (verbatims).
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { readModel } from '../model/service.ts';
import { requireAccess } from '../server/auth.ts';
import { problems } from '../server/schema.ts';
import type { AnswerFilter, StoredAnswer } from '../storage/events/feedback-port.ts';
import { ANSWER_SOURCES, type AnswerSource } from './answer-event.ts';
import type { FeedbackContext } from './context.ts';
import * as s from './http-schemas.ts';
import { touchpointPlaces } from './labels.ts';
import {
  breakdown,
  compareSegments,
  responses,
  touchpointSatisfaction,
  trend,
} from './measures-service.ts';
import { listSurveys } from './repository.ts';

const tags = ['feedback measures'];

interface FilterText {
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly touchpointId?: string | undefined;
  readonly stageId?: string | undefined;
  readonly channel?: string | undefined;
  readonly persona?: string | undefined;
  readonly surveyId?: string | undefined;
}

/** The filter fields of a query or body, dates parsed, absent ones left out. */
function filterOf(text: FilterText): Omit<AnswerFilter, 'kind'> {
  const entries = Object.entries({
    ...text,
    from: text.from === undefined ? undefined : new Date(text.from),
    to: text.to === undefined ? undefined : new Date(text.to),
  }).filter(([, value]) => value !== undefined && value !== '');
  return Object.fromEntries(entries) as Omit<AnswerFilter, 'kind'>;
}

const sourceOf = (source: string | null): AnswerSource | 'other' | null =>
  source === null ? null : (ANSWER_SOURCES.find((known) => known === source) ?? 'other');

export const measureRoutes =
  (ctx: FeedbackContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const read = (request: FastifyRequest, workspaceId: string) =>
      requireAccess(ctx.access, request, workspaceId, 'read');
    const base = '/workspaces/:workspaceId/feedback';

    app.get(
      `${base}/measures`,
      {
        schema: {
          tags,
          summary: 'NPS, CSAT or CES broken down, each group tested against the rest',
          params: s.WorkspaceParams,
          querystring: s.MeasuresQuery,
          response: { 200: s.BreakdownResponse, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await read(request, request.params.workspaceId);
        const { kind, by, ...filters } = request.query;
        return breakdown(ctx, granted.workspaceId, { ...filterOf(filters), kind }, by);
      },
    );

    app.get(
      `${base}/trend`,
      {
        schema: {
          tags,
          summary:
            'A measure week by week or month by month, each period tested against the one before',
          params: s.WorkspaceParams,
          querystring: s.TrendQuery,
          response: { 200: s.TrendResponse, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await read(request, request.params.workspaceId);
        const { kind, period, ...filters } = request.query;
        const points = await trend(
          ctx,
          granted.workspaceId,
          { ...filterOf(filters), kind },
          period,
        );
        return { kind, period, points };
      },
    );

    app.post(
      `${base}/compare`,
      {
        schema: {
          tags,
          summary:
            'Do two periods or two segments really differ? (NPS z, two-proportion z, Welch t)',
          params: s.WorkspaceParams,
          body: s.CompareBody,
          response: { 200: s.CompareResponse, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await read(request, request.params.workspaceId);
        const { kind, a, b } = request.body;
        return compareSegments(ctx, granted.workspaceId, { ...filterOf(a), kind }, filterOf(b));
      },
    );

    app.get(
      `${base}/touchpoints`,
      {
        schema: {
          tags,
          summary:
            "Satisfaction per touchpoint (the map's measured layer), with irritant proposals",
          params: s.WorkspaceParams,
          querystring: s.PeriodQuery,
          response: { 200: s.TouchpointsResponse, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await read(request, request.params.workspaceId);
        return {
          touchpoints: await touchpointSatisfaction(
            ctx,
            granted.workspaceId,
            filterOf(request.query),
          ),
        };
      },
    );

    app.get(
      `${base}/responses`,
      {
        schema: {
          tags,
          summary: 'Answers and verbatims, newest first, filtered',
          params: s.WorkspaceParams,
          querystring: s.ResponsesQuery,
          response: { 200: s.ResponsesResponse, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await read(request, request.params.workspaceId);
        const { kind, minScore, maxScore, withComment, search, limit, offset, ...filters } =
          request.query;
        const query = Object.fromEntries(
          Object.entries({ kind, minScore, maxScore, withComment, search, limit, offset }).filter(
            ([, value]) => value !== undefined,
          ),
        );
        const [page, { model }, surveys] = await Promise.all([
          responses(ctx, granted.workspaceId, { ...filterOf(filters), ...query }),
          readModel(ctx.access, granted.workspaceId),
          listSurveys(ctx.access.db, granted.workspaceId),
        ]);
        const places = touchpointPlaces(model);
        const names = new Map(surveys.map((survey) => [survey.id, survey.name]));
        const view = (answer: StoredAnswer) => {
          const { messageId: _id, timestamp, source, ...rest } = answer;
          return {
            ...rest,
            surveyName: answer.surveyId === null ? null : (names.get(answer.surveyId) ?? null),
            touchpointName:
              answer.touchpointId === null ? null : (places.get(answer.touchpointId)?.name ?? null),
            source: sourceOf(source),
            answeredAt: timestamp.toISOString(),
          };
        };
        return { total: page.total, responses: page.responses.map(view) };
      },
    );
  };
