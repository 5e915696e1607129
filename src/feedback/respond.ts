/**
 * Answering through a signed ticket: the hosted page (`/s/<token>`) and the web widget both
 * open the ticket (signature, expiry, survey still there and active, its place still in the
 * model), then store the answer under a key derived from the ticket, so that answering twice
 * with one link updates the answer instead of adding one.
 */
import { readModel } from '../model/service.ts';
import { conflict, fail, notFound, ok, type Result } from '../shared/result.ts';
import type { StoredAnswer } from '../storage/events/feedback-port.ts';
import { checkAnswer, type GivenAnswer } from './answer-content.ts';
import { digest } from './answer-payload.ts';
import { type FeedbackContext, intakeOf } from './context.ts';
import { type RecordOutcome, recordAnswers } from './record.ts';
import { findSurvey } from './repository.ts';
import type { Survey } from './survey-schema.ts';
import { isActiveAt, type Placement, placementOf } from './surveys.ts';
import { type SurveyTicket, verifyTicket } from './tickets.ts';
import { langOf, type SurveyLang } from './wording.ts';

export interface OpenedSurvey {
  readonly token: string;
  readonly ticket: SurveyTicket;
  readonly survey: Survey;
  readonly placement: Placement;
  readonly lang: SurveyLang;
  /** Every answer given with this ticket shares it. */
  readonly answerKey: string;
  /** The answer already given with this ticket, if any. */
  readonly previous: StoredAnswer | null;
}

/** The answer key of a ticket: a digest, so stored events never hold a usable token. */
export const answerKeyOf = (token: string): string => `ticket:${digest(token)}`;

export async function openTicket(
  ctx: FeedbackContext,
  token: string,
  acceptLanguage?: string,
): Promise<Result<OpenedSurvey>> {
  const verified = verifyTicket(ctx.secret, token, ctx.access.now());
  if (!verified.ok) return verified;
  const ticket = verified.value;
  const survey = await findSurvey(ctx.access.db, ticket.workspaceId, ticket.surveyId);
  if (survey === undefined) return fail(notFound('this survey no longer exists'));
  if (!isActiveAt(survey, ctx.access.now())) {
    return fail(conflict('this survey is closed: it no longer takes answers'));
  }
  const { model } = await readModel(ctx.access, ticket.workspaceId);
  const placement = placementOf(model, survey.target);
  if (placement === undefined) return fail(notFound('this survey no longer exists'));
  const answerKey = answerKeyOf(token);
  const latest = await ctx.events.feedback.latestAnswers(ticket.workspaceId, [answerKey]);
  return ok({
    token,
    ticket,
    survey,
    placement,
    lang: ticket.lang ?? langOf(acceptLanguage),
    answerKey,
    previous: latest.get(answerKey) ?? null,
  });
}

export interface TicketAnswer {
  readonly given: GivenAnswer;
  /** `score-only` for a one-click answer, which keeps texts given earlier. */
  readonly mode: 'replace' | 'score-only';
  readonly ip?: string;
}

/** Stores the answer given with an opened ticket. */
export async function answerTicket(
  ctx: FeedbackContext,
  opened: OpenedSurvey,
  answer: TicketAnswer,
): Promise<Result<RecordOutcome>> {
  const content = checkAnswer(opened.survey, answer.given);
  if (!content.ok) return content;
  const { ticket } = opened;
  const result = await recordAnswers(intakeOf(ctx), ticket.workspaceId, [
    {
      survey: opened.survey,
      placement: opened.placement,
      respondent: { userId: ticket.userId, anonymousId: ticket.anonymousId },
      answerKey: opened.answerKey,
      content: content.value,
      mode: answer.mode,
      source: ticket.via,
      lang: opened.lang,
      at: ctx.access.now(),
      ...(answer.ip === undefined ? {} : { ip: answer.ip }),
    },
  ]);
  const refused = result.rejected[0];
  if (refused !== undefined) {
    const message = refused.errors.map((e) => e.message).join('; ');
    return fail({ kind: 'invalid', message, errors: refused.errors });
  }
  return ok(result.outcomes[0] ?? 'unchanged');
}
