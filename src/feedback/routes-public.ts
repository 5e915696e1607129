/**
 * The public surfaces of the surveys, at the root (registered before the web app's fallback):
 * - `GET /s/<token>`: the hosted survey page of a personal link; `?score=N` answers in one
 *   click (an email button) and then offers the open question; `POST /s/<token>` (a plain
 *   form) stores the answer;
 * - `GET /widget.js`: the embeddable widget (./widget-client.js);
 * - `GET /feedback/widget/survey` and `POST /feedback/widget/answers`: the widget's calls,
 *   authenticated by the workspace write key, open to any origin (CORS).
 * Answers are rate limited per address; failures render as pages (hosted page) or problems.
 */
import { readFileSync } from 'node:fs';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { authenticateKey } from '../access/sessions.ts';
import type { ServerDeps } from '../server/deps.ts';
import { FailureError, orFail } from '../server/problem.ts';
import { problems } from '../server/schema.ts';
import { type Failure, invalid } from '../shared/result.ts';
import { feedbackContext } from './feedback-context.ts';
import { RateLimiter } from './rate-limit.ts';
import { answerTicket, openTicket } from './respond.ts';
import { surveyHtml } from './survey-html.ts';
import { surveyForWidget } from './widget-service.ts';
import { langOf } from './wording.ts';

const WIDGET_JS = readFileSync(new URL('./widget-client.js', import.meta.url), 'utf8');
const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'content-type',
  'access-control-max-age': '86400',
};

const tooMany = (seconds: number): Failure => ({
  kind: 'too-many',
  message: `too many answers from this address: try again in ${seconds} s`,
  retryAfterSeconds: seconds,
});

const NOT_THIS_KEY: Failure = {
  kind: 'unauthenticated',
  reason: 'invalid',
  message: 'this ticket is not for this write key',
};

const WidgetSurveyResponse = Type.Object({
  survey: Type.Union([
    Type.Object({
      ticket: Type.String({ description: 'Signed, valid 24 h: send it back with the answer' }),
      surveyId: Type.String(),
      kind: Type.String(),
      lang: Type.String(),
      min: Type.Integer(),
      max: Type.Integer(),
      question: Type.String(),
      low: Type.String(),
      high: Type.String(),
      followUp: Type.Union([Type.String(), Type.Null()]),
      customQuestions: Type.Array(Type.Object({ id: Type.String(), label: Type.String() })),
      texts: Type.Record(Type.String(), Type.String()),
    }),
    Type.Null(),
  ]),
});

const WidgetSurveyQuery = Type.Object(
  {
    writeKey: Type.String({ minLength: 1, maxLength: 200 }),
    event: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    surveyId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    userId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    anonymousId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    lang: Type.Optional(Type.String({ maxLength: 20 })),
  },
  { additionalProperties: false },
);

const WidgetAnswerBody = Type.Object(
  {
    writeKey: Type.String({ minLength: 1, maxLength: 200 }),
    ticket: Type.String({ minLength: 1, maxLength: 2000 }),
    score: Type.Integer(),
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
    answers: Type.Optional(Type.Record(Type.String(), Type.String({ maxLength: 2000 }))),
  },
  { additionalProperties: false },
);

export const feedbackPublicRoutes =
  (deps: ServerDeps): FastifyPluginAsyncTypebox =>
  async (app) => {
    const ctx = feedbackContext(deps);
    const answers = new RateLimiter();
    const asks = new RateLimiter({ max: 120, windowMs: 60_000 });
    const limit = (limiter: RateLimiter, request: FastifyRequest) => {
      const wait = limiter.take(request.ip);
      if (wait > 0) throw new FailureError(tooMany(wait));
    };

    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_r, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    );
    // The widget posts JSON as text/plain: a "simple" cross-origin request, with no preflight.
    app.addContentTypeParser('text/plain', { parseAs: 'string' }, (_r, body, done) => {
      try {
        done(null, JSON.parse(String(body)));
      } catch {
        done(
          new FailureError({ kind: 'invalid', message: 'the body must be JSON', errors: [] }),
          undefined,
        );
      }
    });

    const page = surveyHtml(ctx, (request) => {
      const wait = answers.take(request.ip);
      return wait === 0 ? null : wait;
    });
    app.get('/s/*', { schema: { hide: true } }, page.show);
    app.post('/s/*', { schema: { hide: true } }, page.submit);

    app.get('/widget.js', { schema: { hide: true } }, async (_request, reply: FastifyReply) =>
      reply
        .type('text/javascript; charset=utf-8')
        .header('cache-control', 'public, max-age=300')
        .header('access-control-allow-origin', '*')
        .send(WIDGET_JS),
    );

    app.options('/feedback/widget/*', { schema: { hide: true } }, async (_request, reply) =>
      reply.code(204).headers(CORS).send(),
    );

    const workspaceOfKey = async (key: string) =>
      orFail(await authenticateKey(deps.access, key, 'write')).workspaceId;

    app.get(
      '/feedback/widget/survey',
      {
        schema: {
          tags: ['feedback widget'],
          summary: 'The survey the widget should show now (after an event, or by id), if any',
          security: [],
          querystring: WidgetSurveyQuery,
          response: { 200: WidgetSurveyResponse, ...problems(400, 401, 403, 404, 429) },
        },
      },
      async (request, reply) => {
        reply.headers(CORS);
        limit(asks, request);
        const { writeKey, event, surveyId, userId, anonymousId, lang } = request.query;
        const workspaceId = await workspaceOfKey(writeKey);
        if (userId === undefined && anonymousId === undefined) {
          throw new FailureError(invalid('/anonymousId', 'userId or anonymousId is required'));
        }
        const survey = orFail(
          await surveyForWidget(ctx, workspaceId, {
            ...(event === undefined ? {} : { event }),
            ...(surveyId === undefined ? {} : { surveyId }),
            respondent: { userId: userId ?? null, anonymousId: anonymousId ?? null },
            lang: langOf(lang),
          }),
        );
        return { survey };
      },
    );

    app.post(
      '/feedback/widget/answers',
      {
        schema: {
          tags: ['feedback widget'],
          summary: "The widget's answer: its ticket, the score and the texts",
          security: [],
          body: WidgetAnswerBody,
          response: {
            200: Type.Object({ outcome: Type.String() }),
            ...problems(400, 401, 403, 404, 409, 429),
          },
        },
      },
      async (request, reply) => {
        reply.headers(CORS);
        limit(answers, request);
        const { writeKey, ticket, score, comment, answers: custom } = request.body;
        const workspaceId = await workspaceOfKey(writeKey);
        const opened = orFail(await openTicket(ctx, ticket));
        if (opened.ticket.workspaceId !== workspaceId || opened.ticket.via !== 'widget') {
          throw new FailureError(NOT_THIS_KEY);
        }
        const outcome = orFail(
          await answerTicket(ctx, opened, {
            given: { score, comment, answers: custom },
            mode: 'replace',
            ip: request.ip,
          }),
        );
        return { outcome };
      },
    );
  };
