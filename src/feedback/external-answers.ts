/**
 * Answers that arrive already given — through the API, or as rows of a file — read and checked
 * into submissions, each bad one named by its position (API: `/answers/3/score`; file: line and
 * column). Their key is the sender's `answerId`, else the respondent and the time of the answer,
 * so that sending or importing the same answers again stores nothing new. Pure.
 */
import type { FieldError } from '../shared/result.ts';
import { checkAnswer } from './answer-content.ts';
import type { AnswerSource } from './answer-event.ts';
import type { AnswerSubmission } from './answer-payload.ts';
import { digest } from './answer-payload.ts';
import type { Survey } from './survey-schema.ts';
import type { Placement } from './surveys.ts';
import { isSurveyLang, type SurveyLang } from './wording.ts';

/** One answer as sent: field names of the API body and of the file's columns. */
export interface ExternalAnswer {
  readonly userId?: string | undefined;
  readonly anonymousId?: string | undefined;
  readonly score: unknown;
  readonly comment?: string | undefined;
  readonly answers?: Readonly<Record<string, string>> | undefined;
  /** ISO 8601; now when absent. */
  readonly answeredAt?: string | undefined;
  /** The sender's id of the answer: sending it again updates instead of adding. */
  readonly answerId?: string | undefined;
  readonly lang?: string | undefined;
}

export interface ReadAnswers {
  readonly submissions: AnswerSubmission[];
  /** Position of each submission in the input (index or line). */
  readonly positions: number[];
  readonly errors: FieldError[];
}

export interface ExternalContext {
  readonly survey: Survey;
  readonly placement: Placement;
  readonly source: Extract<AnswerSource, 'api' | 'import'>;
  readonly now: Date;
  /** Field prefix of an answer's errors: `/answers/3` or `/lines/12`. */
  readonly pointer: (position: number) => string;
}

/** Accepts `2026-03-01`, `2026-03-01T10:00:00Z` and the French `01/03/2026 10:00`. */
export function parseInstant(text: string): Date | undefined {
  const trimmed = text.trim();
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2}))?$/.exec(trimmed);
  if (french) {
    const [, d, m, y, h = '0', min = '0'] = french;
    const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d), Number(h), Number(min)));
    return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(d) ? undefined : date;
  }
  if (
    !/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(trimmed)
  ) {
    return undefined;
  }
  const date = new Date(trimmed.length === 10 ? `${trimmed}T00:00:00Z` : trimmed);
  // `2026-02-30` would silently become 2 March: the day must exist in its month.
  const [year, month, day] = trimmed.slice(0, 10).split('-').map(Number);
  const real = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 0));
  if (real.getUTCDate() !== day || real.getUTCMonth() !== (month ?? 1) - 1) return undefined;
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function readExternalAnswers(
  context: ExternalContext,
  answers: readonly (ExternalAnswer & { readonly position: number })[],
): ReadAnswers {
  const result: ReadAnswers = { submissions: [], positions: [], errors: [] };
  for (const answer of answers) {
    const at = context.pointer(answer.position);
    const errors: FieldError[] = [];
    const userId = answer.userId?.trim() || null;
    const anonymousId = answer.anonymousId?.trim() || null;
    if (userId === null && anonymousId === null) {
      errors.push({ field: `${at}/userId`, message: 'a userId or an anonymousId is required' });
    }
    const answeredAt = answer.answeredAt?.trim() ? parseInstant(answer.answeredAt) : context.now;
    if (answeredAt === undefined) {
      errors.push({
        field: `${at}/answeredAt`,
        message: 'must be a date (2026-03-01 or 2026-03-01T10:00:00Z)',
      });
    }
    const lang = answer.lang?.trim().toLowerCase() || 'en';
    if (!isSurveyLang(lang)) errors.push({ field: `${at}/lang`, message: 'must be en or fr' });
    const content = checkAnswer(context.survey, answer);
    if (!content.ok && content.error.kind === 'invalid') {
      errors.push(...content.error.errors.map((e) => ({ ...e, field: `${at}${e.field}` })));
    }
    if (errors.length > 0 || !content.ok || answeredAt === undefined || !isSurveyLang(lang)) {
      result.errors.push(...errors);
      continue;
    }
    const who = userId ?? `anonymous:${anonymousId}`;
    const id = answer.answerId?.trim()
      ? `id:${answer.answerId.trim()}`
      : answer.answeredAt?.trim()
        ? `at:${who}|${answeredAt.toISOString()}`
        : `new:${who}|${context.now.toISOString()}|${answer.position}`;
    result.submissions.push({
      survey: context.survey,
      placement: context.placement,
      respondent: { userId, anonymousId },
      answerKey: `${context.source}:${context.survey.id}:${digest(id)}`,
      content: content.value,
      mode: 'replace',
      source: context.source,
      lang: lang as SurveyLang,
      at: answeredAt,
    });
    result.positions.push(answer.position);
  }
  return result;
}

const HEADERS: Readonly<Record<string, keyof ExternalAnswer>> = {
  userid: 'userId',
  user: 'userId',
  customerid: 'userId',
  client: 'userId',
  anonymousid: 'anonymousId',
  score: 'score',
  note: 'score',
  comment: 'comment',
  commentaire: 'comment',
  verbatim: 'comment',
  answeredat: 'answeredAt',
  date: 'answeredAt',
  answerid: 'answerId',
  id: 'answerId',
  lang: 'lang',
  langue: 'lang',
  language: 'lang',
};

const headerKey = (header: string): string =>
  header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export interface FileAnswers {
  readonly answers: (ExternalAnswer & { readonly position: number })[];
  readonly errors: FieldError[];
}

/**
 * The answers of a file's rows: the first row names the columns (userId, score, comment,
 * answeredAt, answerId, lang — in English or French — and the ids of custom questions);
 * positions are 1-based line numbers.
 */
export function answersOfRows(survey: Survey, rows: readonly (readonly string[])[]): FileAnswers {
  const [header = [], ...body] = rows;
  const questionIds = new Set(survey.customQuestions.map((q) => q.id));
  const columns = header.map((name) => {
    if (questionIds.has(name.trim())) return { question: name.trim() };
    const field = HEADERS[headerKey(name)];
    return field === undefined ? null : { field };
  });
  const errors: FieldError[] = [];
  if (!columns.some((c) => c !== null && 'field' in c && c.field === 'score')) {
    errors.push({
      field: '/lines/1',
      message: 'line 1 must name the columns, with a "score" column',
    });
    return { answers: [], errors };
  }
  const answers: (ExternalAnswer & { position: number })[] = [];
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return;
    const fields: Record<string, string> = {};
    const custom: Record<string, string> = {};
    columns.forEach((column, i) => {
      const cell = cells[i] ?? '';
      if (column === null) return;
      if ('question' in column) custom[column.question] = cell;
      else fields[column.field] = cell;
    });
    const scoreText = (fields.score ?? '').trim();
    const score = /^-?\d+$/.test(scoreText) ? Number(scoreText) : scoreText;
    answers.push({ ...fields, score, answers: custom, position: index + 2 });
  });
  return { answers, errors };
}
