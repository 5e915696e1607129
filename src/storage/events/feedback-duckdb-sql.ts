/**
 * SQL of the survey-answer queries of the DuckDB adapter (./feedback-duckdb.ts). Every value
 * is bound; only whitelisted expressions (dimensions, fixed fragments) are written into SQL.
 *
 * `answersCte` builds, from the workspace's `Survey Answered` events:
 * - `revisions`: every well-formed answer event (kind nps/csat/ces, whole score on its scale);
 * - `answers`: the latest revision of each answer key, with its place in the journey, and, when
 *   asked for, the persona of the customer it resolves to.
 */
import {
  DOUBLE,
  type DuckDBConnection,
  type DuckDBType,
  type DuckDBValue,
  LIST,
  listValue,
  TIMESTAMPTZ,
  VARCHAR,
} from '@duckdb/node-api';
import { SURVEY_ANSWERED } from '../../feedback/answer-event.ts';
import type { AnswerDimension, AnswerFilter, ResponseQuery } from './feedback-port.ts';
import { toTimestampTz } from './identity-duckdb-sql.ts';

/** Collects bound values; `bind` answers the placeholder to write in the SQL. */
export class Binder {
  readonly values: DuckDBValue[] = [];
  readonly types: DuckDBType[] = [];

  bind(value: DuckDBValue, type: DuckDBType = VARCHAR): string {
    this.values.push(value);
    this.types.push(type);
    return `$${this.values.length}`;
  }

  strings(values: readonly string[]): string {
    return this.bind(listValue([...values]), LIST(VARCHAR));
  }

  date(value: Date): string {
    return this.bind(toTimestampTz(value), TIMESTAMPTZ);
  }
}

export async function readRows(
  c: DuckDBConnection,
  sql: string,
  binder: Binder,
): Promise<DuckDBValue[][]> {
  return (await c.runAndReadAll(sql, binder.values, binder.types)).getRows();
}

const prop = (path: string): string => `json_extract_string(e.properties, '$.${path}')`;

/** SQL of each dimension over the `answers` CTE; '' for answers without a value. */
export const DIMENSION_SQL: Readonly<Record<AnswerDimension, string>> = {
  touchpoint: "coalesce(touchpoint_id, '')",
  stage: "coalesce(stage_id, '')",
  channel: "coalesce(channel, '')",
  persona: "coalesce(persona, '')",
  survey: "coalesce(survey_id, '')",
  week: "strftime(date_trunc('week', timezone('UTC', ts)), '%Y-%m-%d')",
  month: "strftime(date_trunc('month', timezone('UTC', ts)), '%Y-%m')",
};

/** The persona join is costly (every identify event): only when a query needs it. */
const PERSONA_CTES = `ids AS (SELECT kind, value, customer_id FROM identities WHERE workspace_id = $1),
  personas AS (
    SELECT coalesce(u.customer_id, a.customer_id) AS customer_id,
      arg_max(json_extract_string(e.traits, '$.persona'), e.ts) AS persona
    FROM events e
    LEFT JOIN ids u ON u.kind = 'user' AND u.value = e.user_id
    LEFT JOIN ids a ON a.kind = 'anonymous' AND a.value = e.anonymous_id
    WHERE e.workspace_id = $1 AND e.type = 'identify'
      AND json_extract_string(e.traits, '$.persona') IS NOT NULL
    GROUP BY 1),`;

const WITH_PERSONA = `SELECT l.*, p.persona FROM latest l
    LEFT JOIN ids u ON u.kind = 'user' AND u.value = l.user_id
    LEFT JOIN ids a ON a.kind = 'anonymous' AND a.value = l.anonymous_id
    LEFT JOIN personas p ON p.customer_id = coalesce(u.customer_id, a.customer_id)`;

/**
 * CTEs `revisions` and `answers` (see the header). `$1` is the workspace id: bind it first.
 * `where` adds conditions on the raw events (e.g. answer keys) before the latest is picked.
 */
export function answersCte(b: Binder, withPersona: boolean, where = ''): string {
  return `WITH ${withPersona ? PERSONA_CTES : ''}
  revisions AS (
    SELECT e.seq, e.message_id, e.ts, e.user_id, e.anonymous_id, e.channel,
      ${prop('survey')} AS kind,
      TRY_CAST(json_extract(e.properties, '$.score') AS DOUBLE) AS score,
      coalesce(${prop('answerKey')}, e.message_id) AS answer_key,
      coalesce(TRY_CAST(json_extract(e.properties, '$.revision') AS BIGINT), 0) AS revision,
      ${prop('surveyId')} AS survey_id, ${prop('touchpointId')} AS touchpoint_id,
      ${prop('stageId')} AS stage_id, nullif(${prop('comment')}, '') AS comment,
      json_extract(e.properties, '$.answers') AS custom, ${prop('source')} AS source,
      ${prop('lang')} AS lang
    FROM events e
    WHERE e.workspace_id = $1 AND e.type = 'track' AND e.event = ${b.bind(SURVEY_ANSWERED)} ${where}),
  latest AS (
    SELECT * FROM revisions
    WHERE score = floor(score) AND ((kind = 'nps' AND score BETWEEN 0 AND 10)
      OR (kind = 'csat' AND score BETWEEN 1 AND 5) OR (kind = 'ces' AND score BETWEEN 1 AND 7))
    QUALIFY row_number() OVER (PARTITION BY answer_key ORDER BY revision DESC, ts DESC, seq DESC) = 1),
  answers AS (${withPersona ? WITH_PERSONA : 'SELECT *, CAST(NULL AS VARCHAR) AS persona FROM latest'})`;
}

type FilterFields = Omit<ResponseQuery, 'limit' | 'offset'> & Partial<Pick<AnswerFilter, 'kind'>>;

/** Conditions on the `answers` CTE, joined with AND ('TRUE' when there are none). */
export function filterSql(b: Binder, q: FilterFields): string {
  const where: string[] = [];
  if (q.kind !== undefined) where.push(`kind = ${b.bind(q.kind)}`);
  if (q.from !== undefined) where.push(`ts >= ${b.date(q.from)}`);
  if (q.to !== undefined) where.push(`ts < ${b.date(q.to)}`);
  if (q.touchpointId !== undefined) where.push(`touchpoint_id = ${b.bind(q.touchpointId)}`);
  if (q.stageId !== undefined) where.push(`stage_id = ${b.bind(q.stageId)}`);
  if (q.channel !== undefined) where.push(`channel = ${b.bind(q.channel)}`);
  if (q.persona !== undefined) where.push(`persona = ${b.bind(q.persona)}`);
  if (q.surveyId !== undefined) where.push(`survey_id = ${b.bind(q.surveyId)}`);
  if (q.minScore !== undefined) where.push(`score >= ${b.bind(q.minScore, DOUBLE)}`);
  if (q.maxScore !== undefined) where.push(`score <= ${b.bind(q.maxScore, DOUBLE)}`);
  if (q.withComment !== undefined) where.push(`comment IS ${q.withComment ? 'NOT ' : ''}NULL`);
  if (q.search !== undefined) {
    where.push(`contains(strip_accents(lower(coalesce(comment, '') || ' ' ||
      coalesce(CAST(custom AS VARCHAR), ''))), ${b.bind(q.search)})`);
  }
  return where.length === 0 ? 'TRUE' : where.join(' AND ');
}

/** Columns read by `decodeAnswer`, in its order. */
export const ANSWER_COLUMNS = `message_id, answer_key, revision, kind, score, survey_id,
  touchpoint_id, stage_id, channel, persona, comment, CAST(custom AS VARCHAR), user_id,
  anonymous_id, source, lang, ts`;
