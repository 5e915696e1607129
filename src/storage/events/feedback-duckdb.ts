/**
 * The survey-answer queries of the DuckDB adapter (contract: ./feedback-port.ts). Reads only,
 * on the store's pooled reader connections; SQL pieces in ./feedback-duckdb-sql.ts.
 */
import { BIGINT, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { SURVEY_ANSWERED, SURVEY_REQUESTED } from '../../feedback/answer-event.ts';
import { isSurveyKind } from '../../feedback/scales.ts';
import { assertWorkspaceId } from './contract.ts';
import {
  ANSWER_COLUMNS,
  answersCte,
  Binder,
  DIMENSION_SQL,
  filterSql,
  readRows,
} from './feedback-duckdb-sql.ts';
import {
  ANSWER_DIMENSIONS,
  type AnswerDimension,
  type AnswerFilter,
  type AnswerTally,
  DEFAULT_RESPONSE_LIMIT,
  type FeedbackQueries,
  MAX_RESPONSE_LIMIT,
  MAX_SEARCH_LENGTH,
  type Respondent,
  type ResponsePage,
  type ResponseQuery,
  type ScoreCount,
  type StoredAnswer,
} from './feedback-port.ts';
import { toDate } from './identity-duckdb-sql.ts';
import { InvalidEventQueryError } from './port.ts';

type Read = <T>(task: (connection: DuckDBConnection) => Promise<T>) => Promise<T>;

const nullableText = (value: DuckDBValue | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

function customAnswers(value: DuckDBValue | undefined): Record<string, string> {
  if (typeof value !== 'string') return {};
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
  } catch {
    return {};
  }
}

/** A row of `ANSWER_COLUMNS`. */
function decodeAnswer(row: DuckDBValue[]): StoredAnswer {
  const kind = String(row[3]);
  if (!isSurveyKind(kind)) throw new Error(`unexpected survey kind ${kind}`);
  return {
    messageId: String(row[0]),
    answerKey: String(row[1]),
    revision: Number(row[2]),
    kind,
    score: Number(row[4]),
    surveyId: nullableText(row[5]),
    touchpointId: nullableText(row[6]),
    stageId: nullableText(row[7]),
    channel: nullableText(row[8]),
    persona: nullableText(row[9]),
    comment: nullableText(row[10]),
    answers: customAnswers(row[11]),
    userId: nullableText(row[12]),
    anonymousId: nullableText(row[13]),
    source: nullableText(row[14]),
    lang: nullableText(row[15]),
    timestamp: toDate(row[16]),
  };
}

const searchText = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

function assertFilter(filter: Partial<AnswerFilter>): void {
  if (filter.kind !== undefined && !isSurveyKind(filter.kind)) {
    throw new InvalidEventQueryError('kind', 'must be nps, csat or ces');
  }
  for (const field of ['from', 'to'] as const) {
    const value = filter[field];
    if (value !== undefined && (!(value instanceof Date) || Number.isNaN(value.getTime()))) {
      throw new InvalidEventQueryError(field, 'must be a valid Date');
    }
  }
}

function assertRespondent(respondent: Respondent): void {
  if (!respondent.userId && !respondent.anonymousId) {
    throw new InvalidEventQueryError('respondent', 'needs a userId or an anonymousId');
  }
}

function limitOf(query: ResponseQuery): { limit: number; offset: number } {
  const limit = query.limit ?? DEFAULT_RESPONSE_LIMIT;
  const offset = query.offset ?? 0;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RESPONSE_LIMIT) {
    throw new InvalidEventQueryError(
      'limit',
      `must be a whole number from 1 to ${MAX_RESPONSE_LIMIT}`,
    );
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new InvalidEventQueryError('offset', 'must be a whole number ≥ 0');
  }
  return { limit, offset };
}

/** The total of a page past the end, which has no row to carry it. */
async function countAnswers(
  c: DuckDBConnection,
  workspaceId: string,
  filters: Parameters<typeof filterSql>[1],
): Promise<number> {
  const b = new Binder();
  b.bind(workspaceId);
  const sql = `${answersCte(b, true)} SELECT count(*) FROM answers WHERE ${filterSql(b, filters)}`;
  return Number((await readRows(c, sql, b))[0]?.[0] ?? 0);
}

export class DuckDbFeedbackQueries implements FeedbackQueries {
  constructor(private readonly read: Read) {}

  async scoreCounts(
    workspaceId: string,
    filter: AnswerFilter,
    groupBy: readonly AnswerDimension[],
  ): Promise<ScoreCount[]> {
    assertWorkspaceId(workspaceId);
    assertFilter(filter);
    if (!isSurveyKind(filter.kind)) throw new InvalidEventQueryError('kind', 'is required');
    const unknown = groupBy.find((d) => !(ANSWER_DIMENSIONS as readonly string[]).includes(d));
    if (unknown !== undefined)
      throw new InvalidEventQueryError('groupBy', `unknown dimension ${unknown}`);
    const b = new Binder();
    b.bind(workspaceId);
    const withPersona = groupBy.includes('persona') || filter.persona !== undefined;
    const keys = groupBy.map((d, i) => `${DIMENSION_SQL[d]} AS k${i}`);
    const sql = `${answersCte(b, withPersona)}
      SELECT ${[...keys, 'CAST(score AS INTEGER) AS score', 'count(*) AS n'].join(', ')}
      FROM answers WHERE ${filterSql(b, filter)}
      GROUP BY ALL ORDER BY ALL`;
    return this.read(async (c) =>
      (await readRows(c, sql, b)).map((row) => ({
        keys: groupBy.map((_, i) => String(row[i] ?? '')),
        score: Number(row[groupBy.length]),
        count: Number(row[groupBy.length + 1]),
      })),
    );
  }

  async responses(workspaceId: string, query: ResponseQuery): Promise<ResponsePage> {
    assertWorkspaceId(workspaceId);
    assertFilter(query);
    const { limit, offset } = limitOf(query);
    if (query.search !== undefined && query.search.length > MAX_SEARCH_LENGTH) {
      throw new InvalidEventQueryError('search', `must be at most ${MAX_SEARCH_LENGTH} characters`);
    }
    const { search, limit: _limit, offset: _offset, ...rest } = query;
    const text = search === undefined ? '' : searchText(search);
    const filters = text === '' ? rest : { ...rest, search: text };
    const b = new Binder();
    b.bind(workspaceId);
    const sql = `${answersCte(b, true)}
      SELECT ${ANSWER_COLUMNS}, count(*) OVER () FROM answers WHERE ${filterSql(b, filters)}
      ORDER BY ts DESC, seq DESC
      LIMIT ${b.bind(BigInt(limit), BIGINT)} OFFSET ${b.bind(BigInt(offset), BIGINT)}`;
    return this.read(async (c) => {
      const rows = await readRows(c, sql, b);
      const first = rows[0];
      const total =
        first !== undefined
          ? Number(first[17] ?? 0)
          : offset === 0
            ? 0
            : await countAnswers(c, workspaceId, filters);
      return { responses: rows.map(decodeAnswer), total };
    });
  }

  async latestAnswers(
    workspaceId: string,
    answerKeys: readonly string[],
  ): Promise<Map<string, StoredAnswer>> {
    assertWorkspaceId(workspaceId);
    if (answerKeys.some((key) => typeof key !== 'string' || key === '')) {
      throw new InvalidEventQueryError('answerKeys', 'must be non-empty strings');
    }
    if (answerKeys.length === 0) return new Map();
    const b = new Binder();
    b.bind(workspaceId);
    const keys = b.strings([...new Set(answerKeys)]);
    const where = `AND coalesce(json_extract_string(e.properties, '$.answerKey'), e.message_id)
      IN (SELECT unnest(${keys}))`;
    const sql = `${answersCte(b, false, where)} SELECT ${ANSWER_COLUMNS} FROM answers`;
    return this.read(async (c) => {
      const answers = (await readRows(c, sql, b)).map(decodeAnswer);
      return new Map(answers.map((answer) => [answer.answerKey, answer]));
    });
  }

  async lastAskedAt(workspaceId: string, respondent: Respondent): Promise<Date | null> {
    assertWorkspaceId(workspaceId);
    assertRespondent(respondent);
    const b = new Binder();
    const sql = `SELECT max(ts) FROM events WHERE workspace_id = ${b.bind(workspaceId)}
      AND type = 'track' AND event IN (${b.bind(SURVEY_ANSWERED)}, ${b.bind(SURVEY_REQUESTED)})
      AND (user_id = ${b.bind(respondent.userId ?? null)}
        OR anonymous_id = ${b.bind(respondent.anonymousId ?? null)})`;
    return this.read(async (c) => {
      const value = (await readRows(c, sql, b))[0]?.[0];
      return value === null || value === undefined ? null : toDate(value);
    });
  }

  async requestCount(workspaceId: string, surveyId: string, from: Date): Promise<number> {
    assertWorkspaceId(workspaceId);
    assertFilter({ from });
    const b = new Binder();
    const sql = `SELECT count(*) FROM events WHERE workspace_id = ${b.bind(workspaceId)}
      AND type = 'track' AND event = ${b.bind(SURVEY_REQUESTED)} AND ts >= ${b.date(from)}
      AND json_extract_string(properties, '$.surveyId') = ${b.bind(surveyId)}`;
    return this.read(async (c) => Number((await readRows(c, sql, b))[0]?.[0] ?? 0));
  }

  async personaOf(workspaceId: string, respondent: Respondent): Promise<string | null> {
    assertWorkspaceId(workspaceId);
    assertRespondent(respondent);
    const b = new Binder();
    const ws = b.bind(workspaceId);
    const sql = `WITH customer AS (
        SELECT customer_id FROM identities WHERE workspace_id = ${ws}
          AND ((kind = 'user' AND value = ${b.bind(respondent.userId ?? null)})
            OR (kind = 'anonymous' AND value = ${b.bind(respondent.anonymousId ?? null)}))
        ORDER BY kind DESC LIMIT 1),
      ids AS (SELECT kind, value FROM identities
        WHERE workspace_id = ${ws} AND customer_id IN (SELECT customer_id FROM customer))
      SELECT arg_max(json_extract_string(traits, '$.persona'), ts) FROM events
      WHERE workspace_id = ${ws} AND type = 'identify'
        AND json_extract_string(traits, '$.persona') IS NOT NULL
        AND (user_id IN (SELECT value FROM ids WHERE kind = 'user')
          OR anonymous_id IN (SELECT value FROM ids WHERE kind = 'anonymous'))`;
    return this.read(async (c) => nullableText((await readRows(c, sql, b))[0]?.[0]));
  }

  async answerTallies(workspaceId: string): Promise<AnswerTally[]> {
    assertWorkspaceId(workspaceId);
    const b = new Binder();
    b.bind(workspaceId);
    const sql = `${answersCte(b, false)}
      SELECT survey_id, kind, touchpoint_id, stage_id, count(*) FROM answers
      GROUP BY ALL ORDER BY ALL`;
    return this.read(async (c) =>
      (await readRows(c, sql, b)).flatMap((row) => {
        const kind = String(row[1]);
        if (!isSurveyKind(kind)) return [];
        return [
          {
            surveyId: nullableText(row[0]),
            kind,
            touchpointId: nullableText(row[2]),
            stageId: nullableText(row[3]),
            count: Number(row[4]),
          },
        ];
      }),
    );
  }
}
