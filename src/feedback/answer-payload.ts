/**
 * The Segment calls Parcours writes for surveys: an answer (`Survey Answered`, one per
 * revision) and an ask (`Survey Requested`). Their messageIds derive from the answer key and
 * the revision, so a retried write is stored once and a changed answer is a new revision.
 * Pure (node:crypto only, for the hashes).
 */
import { createHash } from 'node:crypto';
import {
  type AnswerContent,
  type AnswerProperties,
  type AnswerSource,
  SURVEY_ANSWERED,
  SURVEY_REQUESTED,
  scaleOf,
} from './answer-event.ts';
import type { Survey } from './survey-schema.ts';
import type { Placement } from './surveys.ts';
import type { SurveyLang } from './wording.ts';

export const FEEDBACK_LIBRARY = { name: 'parcours-feedback', version: '1' } as const;

export interface Respondent {
  readonly userId: string | null;
  readonly anonymousId: string | null;
}

/** One answer to store: who, to what, and what they said. */
export interface AnswerSubmission {
  readonly survey: Survey;
  readonly placement: Placement;
  readonly respondent: Respondent;
  /** Identifies the answer across its revisions (derived from the link, ticket or import row). */
  readonly answerKey: string;
  readonly content: AnswerContent;
  /**
   * `score-only`: a one-click answer (the score in an email button) changes the score and
   * keeps the texts already given; `replace`: the content replaces the previous answer.
   */
  readonly mode: 'replace' | 'score-only';
  readonly source: AnswerSource;
  readonly lang: SurveyLang;
  /** When it was answered. */
  readonly at: Date;
  /** The sender's address, kept as Segment's `context.ip`. */
  readonly ip?: string;
}

/** A short, stable digest (hex) used in keys and messageIds. */
export const digest = (text: string, length = 32): string =>
  createHash('sha256').update(text).digest('hex').slice(0, length);

const who = ({ userId, anonymousId }: Respondent) => ({
  ...(userId === null ? {} : { userId }),
  ...(anonymousId === null ? {} : { anonymousId }),
});

const contextOf = (lang: SurveyLang, ip: string | undefined) => ({
  locale: lang,
  library: FEEDBACK_LIBRARY,
  ...(ip === undefined ? {} : { ip }),
});

/** The `Survey Answered` call of a submission at a revision. */
export function answerCall(
  submission: AnswerSubmission,
  revision: number,
): Record<string, unknown> {
  const { survey, placement, content } = submission;
  const properties: AnswerProperties = {
    survey: survey.kind,
    score: content.score,
    scale: scaleOf(survey.kind),
    surveyId: survey.id,
    answerKey: submission.answerKey,
    revision,
    touchpointId: placement.touchpointId,
    stageId: placement.stageId,
    channel: placement.channel,
    channelId: placement.channelId,
    comment: content.comment,
    answers: content.answers,
    source: submission.source,
    lang: submission.lang,
  };
  return {
    type: 'track',
    event: SURVEY_ANSWERED,
    messageId: `survey-answer-${digest(submission.answerKey)}-r${revision}`,
    timestamp: submission.at.toISOString(),
    ...who(submission.respondent),
    properties,
    context: contextOf(submission.lang, submission.ip),
  };
}

export interface AskRecord {
  readonly survey: Survey;
  readonly placement: Placement;
  readonly respondent: Respondent;
  /** Identifies the ask: the same ask written twice is stored once. */
  readonly requestKey: string;
  readonly via: 'link' | 'widget';
  readonly lang: SurveyLang;
  readonly at: Date;
}

/** The `Survey Requested` call of an ask (a link issued, a widget shown). */
export function requestCall(ask: AskRecord): Record<string, unknown> {
  return {
    type: 'track',
    event: SURVEY_REQUESTED,
    messageId: `survey-request-${digest(ask.requestKey)}`,
    timestamp: ask.at.toISOString(),
    ...who(ask.respondent),
    properties: {
      survey: ask.survey.kind,
      surveyId: ask.survey.id,
      touchpointId: ask.placement.touchpointId,
      stageId: ask.placement.stageId,
      // No channel: the ask is not a visit of the touchpoint's channel (mapping rules).
      via: ask.via,
    },
    context: contextOf(ask.lang, undefined),
  };
}
