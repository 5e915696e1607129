/**
 * The DuckDB SQL of mapping rules, event by event: for every stored event, the rule chosen by
 * the CASE expression is the one `compileMatcher` chooses. (The conformance suite checks the
 * same through the port's aggregates; this looks at each event.)
 */
import {
  BIGINT,
  type DuckDBConnection,
  DuckDBInstance,
  TIMESTAMPTZ,
  VARCHAR,
} from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../ingest/event.ts';
import { compileMatcher } from '../../mapping/match.ts';
import type { MappingRule } from '../../mapping/rules.ts';
import { parseJsonField } from './contract.ts';
import { migrate } from './duckdb-schema.ts';
import { toTimestampTz } from './identity-duckdb-sql.ts';
import { randomEvents, randomRules } from './mapping-random.ts';
import { compileRuleIndex, SqlParameters, touchpointOfEventSql } from './mapping-sql.ts';
import { jsonPointerOf } from './mapping-sql-conditions.ts';

let instance: DuckDBInstance;
let connection: DuckDBConnection;
let events: EventRecord[];

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  await migrate(connection);
  events = randomEvents('ws', 7, 500);
  for (const [seq, event] of events.entries()) {
    await connection.run(
      `INSERT INTO events (seq, workspace_id, message_id, type, event, channel, ts, received_at,
        properties, traits, context) VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8, '{}', '{}')`,
      [
        BigInt(seq),
        event.workspaceId,
        event.messageId,
        event.type,
        event.event,
        event.channel,
        toTimestampTz(event.timestamp),
        JSON.stringify(event.properties),
      ],
      [BIGINT, VARCHAR, VARCHAR, VARCHAR, VARCHAR, VARCHAR, TIMESTAMPTZ, VARCHAR],
    );
  }
});
afterAll(() => {
  connection.closeSync();
  instance.closeSync();
});

/** The rule index the SQL gives each event, in `seq` order, with its properties as stored. */
async function sqlIndexes(rules: readonly MappingRule[]) {
  const { sql, values, types } = compileRuleIndex(rules);
  const reader = await connection.runAndReadAll(
    `SELECT ${sql}, properties FROM events ORDER BY seq`,
    values,
    types,
  );
  return reader.getRows().map((row) => ({
    index: row[0] === null ? null : Number(row[0]),
    properties: parseJsonField(String(row[1])),
  }));
}

describe('mapping SQL', () => {
  it('chooses the same rule as compileMatcher for every event (seeded random rules)', async () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rules = randomRules(seed, 1 + (seed % 9), ['tp-1', 'tp-2']);
      const match = compileMatcher(rules);
      const rows = await sqlIndexes(rules);
      rows.forEach((row, position) => {
        const event = { ...(events[position] as EventRecord), properties: row.properties };
        const winner = match(event);
        const expected = winner === null ? null : rules.indexOf(winner);
        if (row.index !== expected) {
          const context = { seed, event, rules, sql: row.index, js: expected };
          expect.fail(JSON.stringify(context, null, 1));
        }
      });
    }
  });

  it('gives the touchpoint of each event and binds every value', async () => {
    const rules: MappingRule[] = [
      {
        id: 'r',
        name: 'r',
        enabled: true,
        touchpointId: "tp'); DROP TABLE events; --",
        when: { types: [], events: ["x'); DROP TABLE events; --"], channels: [], properties: [] },
      },
    ];
    const params = new SqlParameters();
    const sql = touchpointOfEventSql(rules, params, { table: 'e' });
    expect(sql).not.toContain('DROP');
    expect(params.values).toHaveLength(2);
    const reader = await connection.runAndReadAll(
      `SELECT count(${sql}) FROM events e`,
      params.values,
      params.types,
    );
    expect(Number(reader.getRows()[0]?.[0])).toBeGreaterThan(0);
    expect(() => touchpointOfEventSql(rules, params, { table: 'e; DROP' })).toThrow();
  });

  it('writes paths as JSON Pointers', () => {
    expect(jsonPointerOf('a.b/c.d~e')).toBe('/a/b~1c/d~0e');
  });
});
