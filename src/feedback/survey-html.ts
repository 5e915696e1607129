/**
 * Handlers of the hosted survey page (`/s/<token>`): open the link, answer in one click from
 * `?score=N`, post the form, and render every outcome as a page in the respondent's language.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Failure } from '../shared/result.ts';
import type { GivenAnswer } from './answer-content.ts';
import type { AnswerContent } from './answer-event.ts';
import type { FeedbackContext } from './context.ts';
import { answerTicket, type OpenedSurvey, openTicket } from './respond.ts';
import { fill, RESPONDENT_TEXTS } from './respondent-texts.ts';
import { messagePage, surveyPage, thanksPage } from './survey-page.ts';
import { langOf, type SurveyLang } from './wording.ts';

type Handler = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply>;

/** Answers the seconds to wait when the address sent too many answers, else null. */
type Throttle = (request: FastifyRequest) => number | null;

const HEADERS = {
  // The token is in the path: never send it to another site, never cache the page.
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex',
  'x-content-type-options': 'nosniff',
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
};

const html = (reply: FastifyReply, status: number, body: string) =>
  reply.code(status).headers(HEADERS).type('text/html; charset=utf-8').send(body);

/** The page and status of a failure to open a link. */
function failurePage(failure: Failure, lang: SurveyLang): { status: number; text: string } {
  const texts = RESPONDENT_TEXTS[lang];
  switch (failure.kind) {
    case 'unauthenticated':
      return failure.reason === 'expired'
        ? { status: 410, text: texts.expired }
        : { status: 400, text: texts.invalid };
    case 'not-found':
      return { status: 404, text: texts.gone };
    case 'conflict':
      return { status: 410, text: texts.closed };
    case 'too-many':
      return { status: 429, text: texts.tooMany };
    default:
      return { status: 400, text: texts.error };
  }
}

const contentOf = (opened: OpenedSurvey): AnswerContent | null =>
  opened.previous === null
    ? null
    : {
        score: opened.previous.score,
        comment: opened.previous.comment,
        answers: opened.previous.answers,
      };

const tokenOf = (request: FastifyRequest): string =>
  (request.params as { '*'?: string })['*'] ?? '';

/** The answer given by the posted form: `score`, `comment`, `q.<question id>`. */
function givenOf(form: unknown): GivenAnswer {
  const fields = typeof form === 'object' && form !== null ? (form as Record<string, unknown>) : {};
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  const scoreText = text(fields.score)?.trim() ?? '';
  const answers: Record<string, string> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (name.startsWith('q.') && typeof value === 'string') answers[name.slice(2)] = value;
  }
  return {
    score: /^-?\d{1,3}$/.test(scoreText)
      ? Number(scoreText)
      : scoreText === ''
        ? undefined
        : scoreText,
    comment: text(fields.comment),
    answers,
  };
}

/** Field errors of a refused answer, by form field name (the score's in the page's language). */
function errorsByField(failure: Failure, lang: SurveyLang): Record<string, string> {
  if (failure.kind !== 'invalid') return {};
  const errors: Record<string, string> = Object.fromEntries(
    failure.errors.map((e) => [e.field.replace(/^\/(answers\/)?/, ''), e.message]),
  );
  if (errors.score !== undefined) errors.score = RESPONDENT_TEXTS[lang].scoreMissing;
  return errors;
}

export function surveyHtml(
  ctx: FeedbackContext,
  throttle: Throttle,
): { show: Handler; submit: Handler } {
  const open = async (request: FastifyRequest, reply: FastifyReply) => {
    const acceptLanguage = request.headers['accept-language'];
    const opened = await openTicket(ctx, tokenOf(request), acceptLanguage);
    if (opened.ok && opened.value.ticket.via === 'link') return { opened: opened.value };
    const lang = langOf(acceptLanguage);
    const failure: Failure = opened.ok
      ? { kind: 'unauthenticated', reason: 'invalid', message: 'not a link' }
      : opened.error;
    const { status, text } = failurePage(failure, lang);
    return { done: html(reply, status, messagePage(lang, text)) };
  };

  const throttled = (request: FastifyRequest, reply: FastifyReply, lang: SurveyLang) => {
    const wait = throttle(request);
    if (wait === null) return null;
    reply.header('retry-after', String(wait));
    return html(reply, 429, messagePage(lang, RESPONDENT_TEXTS[lang].tooMany));
  };

  const form = (
    reply: FastifyReply,
    status: number,
    opened: OpenedSurvey,
    answer: AnswerContent | null,
    notice: { kind: 'ok' | 'error'; text: string } | null,
    errors: Record<string, string> = {},
  ) =>
    html(
      reply,
      status,
      surveyPage({
        survey: opened.survey,
        lang: opened.lang,
        action: `/s/${opened.token}`,
        answer,
        notice,
        errors,
      }),
    );

  const show: Handler = async (request, reply) => {
    const result = await open(request, reply);
    if (result.done !== undefined) return result.done;
    const { opened } = result;
    const texts = RESPONDENT_TEXTS[opened.lang];
    const score = (request.query as { score?: unknown }).score;
    if (score === undefined) return form(reply, 200, opened, contentOf(opened), null);
    const limited = throttled(request, reply, opened.lang);
    if (limited !== null) return limited;
    const given = givenOf({ score });
    const stored = await answerTicket(ctx, opened, { given, mode: 'score-only', ip: request.ip });
    if (!stored.ok) {
      return form(
        reply,
        400,
        opened,
        contentOf(opened),
        { kind: 'error', text: texts.error },
        errorsByField(stored.error, opened.lang),
      );
    }
    const answer = {
      ...(contentOf(opened) ?? { comment: null, answers: {} }),
      score: given.score as number,
    };
    const notice = fill(texts.savedScore, { score: answer.score });
    return form(reply, 200, opened, answer, { kind: 'ok', text: `${texts.thanksMore} ${notice}` });
  };

  const submit: Handler = async (request, reply) => {
    const result = await open(request, reply);
    if (result.done !== undefined) return result.done;
    const { opened } = result;
    const limited = throttled(request, reply, opened.lang);
    if (limited !== null) return limited;
    const given = givenOf(request.body);
    const stored = await answerTicket(ctx, opened, { given, mode: 'replace', ip: request.ip });
    if (!stored.ok) {
      const texts = RESPONDENT_TEXTS[opened.lang];
      const errors = errorsByField(stored.error, opened.lang);
      const kept = {
        score: typeof given.score === 'number' ? given.score : Number.NaN,
        comment: given.comment ?? null,
        answers: given.answers ?? {},
      };
      return form(reply, 400, opened, kept, { kind: 'error', text: texts.error }, errors);
    }
    return html(reply, 200, thanksPage(opened.lang, given.score as number, `/s/${opened.token}`));
  };

  return { show, submit };
}
