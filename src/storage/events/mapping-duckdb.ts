/**
 * DuckDB implementation of the mapping queries (./mapping-port.ts), used by ./duckdb.ts on
 * its reader pool. A preview counts the window's events by signature (type, name, channel),
 * settles most signatures in memory (./mapping-plan.ts), and asks a second statement only
 * for the events whose properties decide their rule: its cost hardly grows with the number
 * of rules. Both statements run in one read transaction, so they see the same events.
 */
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import { INTEGER, LIST, listValue, TIMESTAMPTZ, VARCHAR } from '@duckdb/node-api';
import { type EventType, isEventType } from '../../ingest/event.ts';
import type { MappingRule } from '../../mapping/rules.ts';
import { assertWorkspaceId } from './contract.ts';
import { toDate, toTimestampTz } from './identity-duckdb-sql.ts';
import {
  type ChainedCount,
  type MappingPlan,
  planMapping,
  type Signature,
  summarisePlan,
} from './mapping-plan.ts';
import {
  MAX_UNMAPPED_GROUPS,
  type MappingPreview,
  type MappingQueries,
  type TimeWindow,
} from './mapping-port.ts';
import { chainedRuleSql, SqlParameters } from './mapping-sql.ts';
import { InvalidEventQueryError } from './port.ts';

export type ReadOn = <T>(task: (connection: DuckDBConnection) => Promise<T>) => Promise<T>;

const SIGNATURES = `SELECT type, event, channel, count(*), max(ts)
  FROM events WHERE workspace_id = $1 AND ts >= $2 AND ts < $3
  GROUP BY type, event, channel`;

/** The events of chained signatures, counted by the rule they map to (NULL: unmapped). */
function chainedSql(
  rules: readonly MappingRule[],
  plan: MappingPlan,
  workspaceId: string,
  window: TimeWindow,
) {
  const params = new SqlParameters();
  const list = (values: readonly (string | null)[]) =>
    params.bind(listValue([...values]), LIST(VARCHAR));
  const signatures = plan.chained.map((entry) => entry.signature);
  const types = list(signatures.map((signature) => signature.type));
  const names = list(signatures.map((signature) => signature.event));
  const channels = list(signatures.map((signature) => signature.channel));
  const chainIds = params.bind(listValue(plan.chained.map((entry) => entry.chain)), LIST(INTEGER));
  const rule = chainedRuleSql(rules, plan.chains, params, 'l.chain', { table: 'e' });
  const sql = `WITH lookup AS (
      SELECT unnest(${types}) AS type, unnest(${names}) AS event, unnest(${channels}) AS channel,
        unnest(${chainIds}) AS chain
    ), mapped AS (
      SELECT e.type, e.event, e.channel, e.ts, ${rule} AS rule
      FROM events e JOIN lookup l ON e.type = l.type
        AND e.event IS NOT DISTINCT FROM l.event AND e.channel IS NOT DISTINCT FROM l.channel
      WHERE e.workspace_id = ${params.bind(workspaceId, VARCHAR)}
        AND e.ts >= ${params.bind(toTimestampTz(window.from), TIMESTAMPTZ)}
        AND e.ts < ${params.bind(toTimestampTz(window.to), TIMESTAMPTZ)}
    )
    SELECT rule, type, event, channel, count(*), max(ts) FROM mapped GROUP BY ALL`;
  return { sql, values: params.values, types: params.types };
}

const textOrNull = (value: DuckDBValue | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

function typeOf(value: DuckDBValue | undefined): EventType {
  const type = String(value);
  if (!isEventType(type)) throw new Error(`unexpected event type ${type}`);
  return type;
}

const signatureOf = (row: readonly DuckDBValue[]): Signature => ({
  type: typeOf(row[0]),
  event: textOrNull(row[1]),
  channel: textOrNull(row[2]),
  count: Number(row[3]),
  lastSeen: toDate(row[4]),
});

const chainedCountOf = (row: readonly DuckDBValue[]): ChainedCount => ({
  rule: row[0] === null || row[0] === undefined ? null : Number(row[0]),
  type: typeOf(row[1]),
  event: textOrNull(row[2]),
  channel: textOrNull(row[3]),
  count: Number(row[4]),
  lastSeen: toDate(row[5]),
});

function checkWindow(window: TimeWindow): void {
  const valid = (date: unknown) => date instanceof Date && !Number.isNaN(date.getTime());
  if (!valid(window.from) || !valid(window.to))
    throw new InvalidEventQueryError('window', 'from and to must be valid dates');
}

export class DuckDbMappingQueries implements MappingQueries {
  constructor(private readonly read: ReadOn) {}

  async preview(
    workspaceId: string,
    rules: readonly MappingRule[],
    window: TimeWindow,
  ): Promise<MappingPreview> {
    assertWorkspaceId(workspaceId);
    checkWindow(window);
    const bounds = [workspaceId, toTimestampTz(window.from), toTimestampTz(window.to)];
    // One transaction: both statements see the same events (a snapshot).
    return this.read(async (c) => {
      await c.run('BEGIN TRANSACTION');
      try {
        const signatures = (
          await c.runAndReadAll(SIGNATURES, bounds, [VARCHAR, TIMESTAMPTZ, TIMESTAMPTZ])
        )
          .getRows()
          .map(signatureOf);
        const plan = planMapping(rules, signatures);
        if (plan.chained.length === 0) return summarisePlan(rules, plan, [], MAX_UNMAPPED_GROUPS);
        const { sql, values, types } = chainedSql(rules, plan, workspaceId, window);
        const rows = (await c.runAndReadAll(sql, values, types)).getRows();
        return summarisePlan(rules, plan, rows.map(chainedCountOf), MAX_UNMAPPED_GROUPS);
      } finally {
        await c.run('ROLLBACK');
      }
    });
  }

  async latestEventTime(workspaceId: string): Promise<Date | null> {
    assertWorkspaceId(workspaceId);
    const rows = await this.read(async (c) => {
      const sql = 'SELECT max(ts) FROM events WHERE workspace_id = $1';
      return (await c.runAndReadAll(sql, [workspaceId], [VARCHAR])).getRows();
    });
    const latest = rows[0]?.[0];
    return latest === null || latest === undefined ? null : toDate(latest);
  }
}
