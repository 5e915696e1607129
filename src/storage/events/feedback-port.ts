/**
 * Survey answers in the event store: the counts the satisfaction measures are computed from,
 * the answers themselves (verbatims), and the few facts targeting needs (when someone was last
 * asked, how many were asked). `EventStore.feedback` (./port.ts) holds them.
 *
 * Contract shared by all methods (on top of the event store's, see ./port.ts):
 * - an answer is a `track` event named `Survey Answered` (src/feedback/answer-event.ts) whose
 *   `properties.survey` is nps, csat or ces and whose `properties.score` is a whole number on
 *   that scale; other such events (malformed ones sent through the tracking API) are ignored;
 * - only the latest revision of each answer counts: events sharing `properties.answerKey` (or,
 *   without one, the event's own messageId) are revisions of one answer, the one with the
 *   highest `properties.revision` — then the latest timestamp — wins;
 * - an answer's persona is the latest `persona` trait of the customer it resolves to (identity
 *   graph: by userId first, else anonymousId); its channel is the event's channel;
 * - periods are calendar weeks (starting Monday) and months, in UTC;
 * - every method takes the workspace and never sees another workspace's events.
 */
import type { SurveyKind } from '../../feedback/scales.ts';

export const ANSWER_DIMENSIONS = [
  'touchpoint',
  'stage',
  'channel',
  'persona',
  'survey',
  'week',
  'month',
] as const;
/** What answers can be grouped by. */
export type AnswerDimension = (typeof ANSWER_DIMENSIONS)[number];

export interface AnswerFilter {
  readonly kind: SurveyKind;
  /** Answers with `timestamp >= from`. */
  readonly from?: Date;
  /** Answers with `timestamp < to`. */
  readonly to?: Date;
  readonly touchpointId?: string;
  readonly stageId?: string;
  /** The channel as events carry it (lower-cased name). */
  readonly channel?: string;
  readonly persona?: string;
  readonly surveyId?: string;
}

/** Answers at one score in one group. */
export interface ScoreCount {
  /** The group's values, in the order of the dimensions asked; '' when an answer has none. */
  readonly keys: readonly string[];
  readonly score: number;
  readonly count: number;
}

/** The latest revision of one answer. */
export interface StoredAnswer {
  readonly messageId: string;
  readonly answerKey: string;
  readonly revision: number;
  readonly kind: SurveyKind;
  readonly score: number;
  readonly surveyId: string | null;
  readonly touchpointId: string | null;
  readonly stageId: string | null;
  readonly channel: string | null;
  readonly persona: string | null;
  readonly comment: string | null;
  readonly answers: Readonly<Record<string, string>>;
  readonly userId: string | null;
  readonly anonymousId: string | null;
  readonly source: string | null;
  readonly lang: string | null;
  readonly timestamp: Date;
}

export interface ResponseQuery extends Omit<AnswerFilter, 'kind'> {
  readonly kind?: SurveyKind;
  readonly minScore?: number;
  readonly maxScore?: number;
  /** Only answers with (true) or without (false) a comment. */
  readonly withComment?: boolean;
  /** Text the comment or a custom answer contains, ignoring case and accents. */
  readonly search?: string;
  /** 1 to `MAX_RESPONSE_LIMIT`; `DEFAULT_RESPONSE_LIMIT` when absent. */
  readonly limit?: number;
  readonly offset?: number;
}

export interface ResponsePage {
  /** Newest first. */
  readonly responses: StoredAnswer[];
  /** Answers matching the filters (all pages). */
  readonly total: number;
}

/** Who an answer or an ask is about. */
export interface Respondent {
  readonly userId?: string | null;
  readonly anonymousId?: string | null;
}

/** Answers of one survey id (null: answers without one), kind and place. */
export interface AnswerTally {
  readonly surveyId: string | null;
  readonly kind: SurveyKind;
  readonly touchpointId: string | null;
  readonly stageId: string | null;
  readonly count: number;
}

export const DEFAULT_RESPONSE_LIMIT = 50;
export const MAX_RESPONSE_LIMIT = 500;
export const MAX_SEARCH_LENGTH = 200;

export interface FeedbackQueries {
  /** Answers counted by group and score, for the measures (src/feedback/measures.ts). */
  scoreCounts(
    workspaceId: string,
    filter: AnswerFilter,
    groupBy: readonly AnswerDimension[],
  ): Promise<ScoreCount[]>;

  /** A page of answers, newest first. */
  responses(workspaceId: string, query: ResponseQuery): Promise<ResponsePage>;

  /** The latest revision of each of these answers that exists (by answer key). */
  latestAnswers(
    workspaceId: string,
    answerKeys: readonly string[],
  ): Promise<Map<string, StoredAnswer>>;

  /** When the person was last asked (`Survey Requested`) or last answered; null if never. */
  lastAskedAt(workspaceId: string, respondent: Respondent): Promise<Date | null>;

  /** `Survey Requested` events of a survey since `from`. */
  requestCount(workspaceId: string, surveyId: string, from: Date): Promise<number>;

  /** The latest `persona` trait of the customer the respondent resolves to; null if none. */
  personaOf(workspaceId: string, respondent: Respondent): Promise<string | null>;

  /** Answers counted by survey id, kind and place (a survey list's answer counts). */
  answerTallies(workspaceId: string): Promise<AnswerTally[]>;
}
