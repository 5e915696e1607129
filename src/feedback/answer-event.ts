/**
 * A survey answer as an event (docs/adr/0009-survey-answers-as-events.md): a Segment `track`
 * call named `Survey Answered` whose properties carry the survey, the score with its scale and
 * direction, the place in the journey and the verbatims. Asking someone is a `Survey
 * Requested` call, which cooldowns and caps count. Events are append-only, so changing an
 * answer stores a new revision under the same `answerKey`; measures read the latest revision
 * of every key. Pure: names and shapes only.
 */
import { SCALES, type Scale, type SurveyKind } from './scales.ts';

export const SURVEY_ANSWERED = 'Survey Answered';
export const SURVEY_REQUESTED = 'Survey Requested';

export const ANSWER_SOURCES = ['link', 'widget', 'import', 'api'] as const;
/** How an answer reached Parcours. */
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

/** The `properties` of a `Survey Answered` event written by Parcours. */
export interface AnswerProperties {
  readonly survey: SurveyKind;
  readonly score: number;
  readonly scale: Scale;
  readonly surveyId: string;
  /** One answer: every revision of it shares this key (the latest counts). */
  readonly answerKey: string;
  /** 1 for the first answer, then one more per change. */
  readonly revision: number;
  readonly touchpointId: string | null;
  readonly stageId: string;
  readonly channel: string | null;
  readonly channelId: string | null;
  /** The answer to the open follow-up question. */
  readonly comment: string | null;
  /** Answers to the custom questions, by question id. */
  readonly answers: Readonly<Record<string, string>>;
  readonly source: AnswerSource;
  readonly lang: string;
}

/** What a respondent gave: the score and the texts. */
export interface AnswerContent {
  readonly score: number;
  readonly comment: string | null;
  readonly answers: Readonly<Record<string, string>>;
}

/** Whether two contents are the same answer (then nothing new is stored). */
export function sameContent(a: AnswerContent, b: AnswerContent): boolean {
  const keys = new Set([...Object.keys(a.answers), ...Object.keys(b.answers)]);
  return (
    a.score === b.score &&
    (a.comment ?? '') === (b.comment ?? '') &&
    [...keys].every((key) => (a.answers[key] ?? '') === (b.answers[key] ?? ''))
  );
}

export const scaleOf = (kind: SurveyKind): Scale => SCALES[kind];
