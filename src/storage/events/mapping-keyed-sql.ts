/**
 * The item (touchpoint position) of each event by key resolution (src/mapping/key-resolution.ts):
 * a small table of the distinct (type, event, channel) keys with the item each key maps to
 * is joined to the events, and only events of keys whose candidate rules have property
 * conditions evaluate those conditions. Much cheaper than a CASE over every rule for every
 * event, with the same first-match result. Every value is bound.
 */
import { BOOLEAN, INTEGER, LIST, listValue, VARCHAR } from '@duckdb/node-api';
import { type EventKey, keyResolver } from '../../mapping/key-resolution.ts';
import type { MappingRule } from '../../mapping/rules.ts';
import type { SqlParameters } from './mapping-sql.ts';
import { conditionSql } from './mapping-sql-conditions.ts';

export interface KeyedMapping {
  /** A relation `(k_type, k_event, k_channel, k_id, k_item, k_conditional)` to join on. */
  readonly keysTable: string;
  /** The join condition with the events table `e`. */
  readonly joinOn: string;
  /** The item of the event: NULL when unmapped or mapped outside `touchpointIds`. */
  readonly item: string;
}

/** Distinct keys of a workspace's events, for `keyedMapping` (columns type, event, channel). */
export const DISTINCT_KEYS_SQL = (where: string) =>
  `SELECT DISTINCT e.type, e.event, e.channel FROM events e WHERE ${where}`;

export function keyedMapping(
  params: SqlParameters,
  rules: readonly MappingRule[],
  keys: readonly EventKey[],
  touchpointIds: readonly string[],
): KeyedMapping {
  const resolve = keyResolver(rules);
  const itemOf = (rule: MappingRule | undefined) => {
    const position = rule === undefined ? -1 : touchpointIds.indexOf(rule.touchpointId);
    return position < 0 ? null : position;
  };
  const conditionalBranches: string[] = [];
  const items: (number | null)[] = [];
  const conditional: boolean[] = [];
  keys.forEach((key, id) => {
    const resolution = resolve(key);
    items.push(itemOf(resolution.fallback?.rule));
    conditional.push(resolution.conditional.length > 0);
    if (resolution.conditional.length === 0) return;
    const whens = resolution.conditional.map(({ rule }) => {
      const tests = rule.when.properties.map((condition) =>
        conditionSql(params, 'e.properties', condition),
      );
      const item = itemOf(rule);
      return `WHEN ${tests.join(' AND ')} THEN ${item === null ? 'NULL' : params.bind(item, INTEGER)}`;
    });
    const fallback = items[id] ?? null;
    const otherwise = fallback === null ? 'NULL' : params.bind(fallback, INTEGER);
    conditionalBranches.push(
      `WHEN ${params.bind(id, INTEGER)} THEN (CASE ${whens.join(' ')} ELSE ${otherwise} END)`,
    );
  });
  const list = <T extends string | number | boolean | null>(
    values: T[],
    type: Parameters<typeof LIST>[0],
  ) => params.bind(listValue(values), LIST(type));
  const keysTable = `(SELECT unnest(${list(
    keys.map((k) => k.type),
    VARCHAR,
  )}) AS k_type,
      unnest(${list(
        keys.map((k) => k.event),
        VARCHAR,
      )}) AS k_event,
      unnest(${list(
        keys.map((k) => k.channel),
        VARCHAR,
      )}) AS k_channel,
      unnest(${list(
        keys.map((_, id) => id),
        INTEGER,
      )}) AS k_id,
      unnest(${list(items, INTEGER)}) AS k_item,
      unnest(${list(conditional, BOOLEAN)}) AS k_conditional)`;
  const item =
    conditionalBranches.length === 0
      ? 'k.k_item'
      : `CASE WHEN k.k_conditional THEN (CASE k.k_id ${conditionalBranches.join(' ')} END) ELSE k.k_item END`;
  return {
    keysTable,
    joinOn: `e.type = k.k_type AND e.event IS NOT DISTINCT FROM k.k_event
      AND e.channel IS NOT DISTINCT FROM k.k_channel`,
    item,
  };
}
