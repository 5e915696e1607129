/**
 * The item (touchpoint position) of each event, by the signature plan of ./mapping-plan.ts:
 * a small table of the distinct (type, event, channel) keys with the item each key maps to is
 * joined to the events, and only events of keys whose candidate rules have property conditions
 * evaluate those conditions (`chainedRuleSql`). Much cheaper than a CASE over every rule for
 * every event, with the same first-match result. Every value is bound.
 */
import { INTEGER, LIST, listValue, VARCHAR } from '@duckdb/node-api';
import type { MappingRule } from '../../mapping/rules.ts';
import { type EventKey, planMapping } from './mapping-plan.ts';
import { chainedRuleSql, type SqlParameters } from './mapping-sql.ts';

export interface KeyedMapping {
  /** A relation `(k_type, k_event, k_channel, k_item, k_chain)` to join on. */
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
  const plan = planMapping(rules, keys);
  // The item of each rule (by position): NULL for a touchpoint outside the ones analysed.
  const ruleItems = rules.map((rule) => {
    const position = touchpointIds.indexOf(rule.touchpointId);
    return position < 0 ? null : position;
  });
  const rows = [
    ...plan.settled.map(({ signature, rule }) => ({
      key: signature,
      item: rule === null ? null : (ruleItems[rule] ?? null),
      chain: null,
    })),
    ...plan.chained.map(({ signature, chain }) => ({ key: signature, item: null, chain })),
  ];
  const list = <T extends string | number | null>(
    values: T[],
    type: typeof VARCHAR | typeof INTEGER,
  ) => params.bind(listValue(values), LIST(type));
  const keysTable = `(SELECT unnest(${list(
    rows.map((r) => r.key.type),
    VARCHAR,
  )}) AS k_type,
      unnest(${list(
        rows.map((r) => r.key.event),
        VARCHAR,
      )}) AS k_event,
      unnest(${list(
        rows.map((r) => r.key.channel),
        VARCHAR,
      )}) AS k_channel,
      unnest(${list(
        rows.map((r) => r.item),
        INTEGER,
      )}) AS k_item,
      unnest(${list(
        rows.map((r) => r.chain),
        INTEGER,
      )}) AS k_chain)`;
  const item =
    plan.chains.length === 0
      ? 'k.k_item'
      : `CASE WHEN k.k_chain IS NULL THEN k.k_item
          ELSE list_extract(${list(ruleItems, INTEGER)},
            ${chainedRuleSql(rules, plan.chains, params, 'k.k_chain', { table: 'e' })} + 1) END`;
  return {
    keysTable,
    joinOn: `e.type = k.k_type AND e.event IS NOT DISTINCT FROM k.k_event
      AND e.channel IS NOT DISTINCT FROM k.k_channel`,
    item,
  };
}
