/**
 * How the event store maps a window of events fast whatever the number of rules: events are
 * grouped by signature — call type, name, channel — and a rule's type, name and channel lists
 * decide the same for every event of a signature. So, per signature (`compileCandidates`):
 * - no rule admits it: all its events are unmapped;
 * - the first rule that admits it has no property condition: all its events map to that rule;
 * - otherwise its events go through a short chain of rules whose property conditions are
 *   tested event by event in SQL (the last rule of the chain, if it has no condition, takes
 *   the rest).
 * On the demo history only the few signatures shared by touchpoints of several journeys need
 * a chain; every other event is counted without looking at it. Pure.
 */
import type { EventType } from '../../ingest/event.ts';
import { compileCandidates } from '../../mapping/match.ts';
import type { MappingRule } from '../../mapping/rules.ts';
import type { MappingPreview, UnmappedGroup } from './mapping-port.ts';

/** What a rule's type, name and channel lists look at: an event's key. */
export interface EventKey {
  readonly type: EventType;
  readonly event: string | null;
  readonly channel: string | null;
}

export interface Signature extends EventKey {
  readonly count: number;
  readonly lastSeen: Date;
}

export interface MappingPlan<S extends EventKey = Signature> {
  /** Signatures mapped as a whole: the position of their rule, or null when unmapped. */
  readonly settled: readonly { readonly signature: S; readonly rule: number | null }[];
  /** Signatures whose events need their properties tested, with the chain they go through. */
  readonly chained: readonly { readonly signature: S; readonly chain: number }[];
  /** Rule positions, in order; the last one may be without property conditions. */
  readonly chains: readonly (readonly number[])[];
}

export function planMapping<S extends EventKey>(
  rules: readonly MappingRule[],
  signatures: readonly S[],
): MappingPlan<S> {
  const candidates = compileCandidates(rules);
  const settled: { signature: S; rule: number | null }[] = [];
  const chained: { signature: S; chain: number }[] = [];
  const chains: number[][] = [];
  const chainIds = new Map<string, number>();
  for (const signature of signatures) {
    // The lists are checked here, in JS, exactly as `compileMatcher` checks them.
    const chain = candidates(signature);
    const first = chain[0];
    if (first === undefined) settled.push({ signature, rule: null });
    else if (rules[first]?.when.properties.length === 0) settled.push({ signature, rule: first });
    else {
      const key = chain.join(',');
      let id = chainIds.get(key);
      if (id === undefined) {
        id = chains.length;
        chains.push(chain);
        chainIds.set(key, id);
      }
      chained.push({ signature, chain: id });
    }
  }
  return { settled, chained, chains };
}

/** Events of chained signatures, counted by the rule they mapped to (null: unmapped). */
export interface ChainedCount {
  readonly rule: number | null;
  readonly type: EventType;
  readonly event: string | null;
  readonly channel: string | null;
  readonly count: number;
  readonly lastSeen: Date;
}

/** Nulls first, then by text. */
function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** The preview from the plan's settled signatures and the counts of its chained ones. */
export function summarisePlan(
  rules: readonly MappingRule[],
  plan: MappingPlan,
  chained: readonly ChainedCount[],
  maxGroups: number,
): MappingPreview {
  const matched = new Map<number, number>();
  const groups: UnmappedGroup[] = [];
  const add = (rule: number | null, group: UnmappedGroup) => {
    if (rule === null) groups.push(group);
    else matched.set(rule, (matched.get(rule) ?? 0) + group.count);
  };
  for (const { signature, rule } of plan.settled) {
    const { type, event, channel, count, lastSeen } = signature;
    add(rule, { type, event, channel, count, lastSeen });
  }
  for (const { rule, ...group } of chained) add(rule, group);
  const perRule = rules.map((rule, index) => ({
    ruleId: rule.id,
    matched: matched.get(index) ?? 0,
  }));
  const unmapped = groups.reduce((sum, group) => sum + group.count, 0);
  const total = unmapped + perRule.reduce((sum, entry) => sum + entry.matched, 0);
  groups.sort(
    (a, b) =>
      b.count - a.count ||
      compareText(a.type, b.type) ||
      compareText(a.event, b.event) ||
      compareText(a.channel, b.channel),
  );
  return { total, unmapped, perRule, unmappedGroups: groups.slice(0, maxGroups) };
}
