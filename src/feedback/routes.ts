/**
 * The feedback API under /api/v1: survey definitions, personal links, answers sent or
 * imported, and the measures (./routes-measures.ts). The public surfaces (hosted page,
 * widget) are in ./routes-public.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Need } from '../access/authorize.ts';
import { requireAccess } from '../server/auth.ts';
import type { ServerDeps } from '../server/deps.ts';
import { orFail } from '../server/problem.ts';
import { problems } from '../server/schema.ts';
import { csvRows, XLSX_TYPE, xlsxRows } from './answers-file.ts';
import { importAnswerRows, submitAnswers } from './answers-service.ts';
import { issueLinks } from './asks.ts';
import type { FeedbackContext } from './context.ts';
import { feedbackContext } from './feedback-context.ts';
import * as s from './http-schemas.ts';
import { measureRoutes } from './routes-measures.ts';
import {
  createSurvey,
  getSurvey,
  listSurveysWithCounts,
  removeSurvey,
  updateSurvey,
} from './surveys-service.ts';

const tags = ['feedback'];
/** A year of answers of a busy touchpoint fits well within it. */
const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

export const feedbackRoutes =
  (deps: ServerDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const ctx = feedbackContext(deps);
    await app.register(surveyRoutes(ctx));
    await app.register(measureRoutes(ctx));
  };

const surveyRoutes =
  (ctx: FeedbackContext): FastifyPluginAsyncTypebox =>
  async (app) => {
    const access = (request: FastifyRequest, workspaceId: string, need: Need) =>
      requireAccess(ctx.access, request, workspaceId, need);
    const base = '/workspaces/:workspaceId/feedback/surveys';

    app.get(
      base,
      {
        schema: {
          tags,
          summary: 'Survey definitions, with their answer counts',
          params: s.WorkspaceParams,
          response: { 200: s.SurveysResponse, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        return { surveys: await listSurveysWithCounts(ctx, granted.workspaceId) };
      },
    );

    app.post(
      base,
      {
        schema: {
          tags,
          summary: 'Create a survey at a touchpoint or a stage',
          params: s.WorkspaceParams,
          body: s.SurveyInput,
          response: { 201: s.Survey, ...problems(400, 401, 403, 404) },
        },
      },
      async (request, reply) => {
        const granted = await access(request, request.params.workspaceId, 'edit');
        return reply.code(201).send(orFail(await createSurvey(ctx, granted, request.body)));
      },
    );

    app.get(
      `${base}/:surveyId`,
      {
        schema: {
          tags,
          summary: 'One survey definition',
          params: s.SurveyParams,
          response: { 200: s.Survey, ...problems(401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'read');
        return orFail(await getSurvey(ctx, granted.workspaceId, request.params.surveyId));
      },
    );

    app.put(
      `${base}/:surveyId`,
      {
        schema: {
          tags,
          summary: 'Change a survey (send the version it was read at)',
          params: s.SurveyParams,
          body: s.SurveyUpdate,
          response: { 200: s.Survey, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'edit');
        const { version, ...input } = request.body as s.SurveyUpdateBody;
        return orFail(await updateSurvey(ctx, granted, request.params.surveyId, input, version));
      },
    );

    app.delete(
      `${base}/:surveyId`,
      {
        schema: {
          tags,
          summary: 'Delete a survey (its answers stay in the measures of its place)',
          params: s.SurveyParams,
          response: { 204: { type: 'null' }, ...problems(401, 403, 404) },
        },
      },
      async (request, reply) => {
        const granted = await access(request, request.params.workspaceId, 'edit');
        orFail(await removeSurvey(ctx, granted, request.params.surveyId));
        return reply.code(204).send(null);
      },
    );

    app.post(
      `${base}/:surveyId/links`,
      {
        schema: {
          tags,
          summary: 'Personal signed links for customers (targeting applies)',
          description:
            'Each link opens the hosted survey page at /s/<token>; it expires and cannot be changed to answer for someone else. Add ?score=N for a one-click answer (an email button). Each issued link is recorded as a `Survey Requested` event.',
          params: s.SurveyParams,
          body: s.LinksBody,
          response: { 200: s.LinksResponse, ...problems(400, 401, 403, 404) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'edit');
        const { recipients, expiresInDays = 30, respectTargeting = true } = request.body;
        const links = orFail(
          await issueLinks(ctx, granted.workspaceId, request.params.surveyId, {
            recipients,
            expiresInDays,
            respectTargeting,
          }),
        );
        return { links };
      },
    );

    app.post(
      `${base}/:surveyId/answers`,
      {
        schema: {
          tags,
          summary: 'Send answers collected elsewhere (stored as Survey Answered events)',
          params: s.SurveyParams,
          body: s.AnswersBody,
          response: { 200: s.AnswersSummary, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'edit');
        return orFail(
          await submitAnswers(
            ctx,
            granted.workspaceId,
            request.params.surveyId,
            request.body.answers,
          ),
        );
      },
    );

    app.addContentTypeParser(['text/csv', XLSX_TYPE], { parseAs: 'buffer' }, (_req, body, done) =>
      done(null, body),
    );

    app.post(
      `${base}/:surveyId/answers/import`,
      {
        bodyLimit: IMPORT_BODY_LIMIT,
        schema: {
          tags,
          summary: 'Import answers from a CSV or XLSX file',
          description:
            'Send the file as the body (Content-Type text/csv or the XLSX type). Line 1 names the columns: userId, score, comment, answeredAt, answerId, lang, and the ids of custom questions (French names accepted). Good lines are stored, bad ones listed; importing the file again stores nothing new.',
          consumes: ['text/csv', XLSX_TYPE],
          params: s.SurveyParams,
          body: Type.Unsafe<unknown>({ description: 'The file, as raw bytes' }),
          response: { 200: s.AnswersSummary, ...problems(400, 401, 403, 404, 409, 415) },
        },
      },
      async (request) => {
        const granted = await access(request, request.params.workspaceId, 'edit');
        const survey = orFail(await getSurvey(ctx, granted.workspaceId, request.params.surveyId));
        const data = request.body as Buffer;
        const isXlsx = (request.headers['content-type'] ?? '').startsWith(XLSX_TYPE);
        const rows = orFail(isXlsx ? await xlsxRows(data) : csvRows(data));
        return orFail(await importAnswerRows(ctx, granted.workspaceId, survey, rows));
      },
    );
  };
