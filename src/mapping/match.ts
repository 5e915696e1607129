/**
 * Which mapping rule, hence which touchpoint, an event maps to. This is the reference
 * definition; the event store's SQL (src/storage/events/mapping-sql.ts) must give the same
 * answer for every event, which the mapping conformance test checks on random rules.
 *
 * Rules are tried in order; disabled rules are skipped; the first rule whose conditions all
 * hold wins; an event that no rule matches is unmapped (null). A rule's conditions:
 * - `types`: the event's call type is one of them (empty = any type);
 * - `events`: the event's name (`event`: track event, page or screen name) is one of them,
 *   compared exactly (case-sensitive, no trimming or normalisation); an event without a name
 *   (identify, group, alias, unnamed page) only passes an empty list;
 * - `channels`: the event's channel, lower-cased, is one of the rule's channels lower-cased
 *   (`String.prototype.toLowerCase`, i.e. the Unicode default case mapping; the intake already
 *   stores channels lower-cased); an event without a channel only passes an empty list;
 * - `properties`: every property condition holds (./conditions.ts defines them).
 */
import type { EventRecord } from '../ingest/event.ts';
import { compileCondition } from './conditions.ts';
import type { MappingRule } from './rules.ts';

/** What mapping looks at in an event. */
export type MappableEvent = Pick<EventRecord, 'type' | 'event' | 'channel' | 'properties'>;

/** The rule an event maps to, or null when it is unmapped. */
export type Matcher = (event: MappableEvent) => MappingRule | null;

/** `null` stands for "any": an empty list in the rule. */
const setOf = (values: readonly string[], key: (value: string) => string = (value) => value) =>
  values.length === 0 ? null : new Set(values.map(key));

const lowerCase = (value: string): string => value.toLowerCase();

type ListedEvent = Pick<MappableEvent, 'type' | 'event' | 'channel'>;

/** The rule's lists: call type, event name and channel (empty lists admit anything). */
function compileLists(rule: MappingRule): (event: ListedEvent) => boolean {
  const types = setOf(rule.when.types);
  const names = setOf(rule.when.events);
  const channels = setOf(rule.when.channels, lowerCase);
  return (event) => {
    if (types !== null && !types.has(event.type)) return false;
    if (names !== null && (event.event === null || !names.has(event.event))) return false;
    return channels === null || (event.channel !== null && channels.has(lowerCase(event.channel)));
  };
}

interface CompiledRule {
  readonly index: number;
  readonly rule: MappingRule;
  readonly admits: (event: ListedEvent) => boolean;
  readonly holds: (properties: Record<string, unknown>) => boolean;
}

function compileRule(rule: MappingRule, index: number): CompiledRule {
  const conditions = rule.when.properties.map(compileCondition);
  return {
    index,
    rule,
    admits: compileLists(rule),
    holds: (properties) => conditions.every((holds) => holds(properties)),
  };
}

const NONE: readonly CompiledRule[] = [];

/** The enabled rules indexed by the event names they list; those listing none apart. */
interface RuleIndex {
  readonly byName: ReadonlyMap<string, readonly CompiledRule[]>;
  readonly anyName: readonly CompiledRule[];
}

function indexRules(rules: readonly MappingRule[]): RuleIndex {
  const byName = new Map<string, CompiledRule[]>();
  const anyName: CompiledRule[] = [];
  rules.forEach((rule, index) => {
    if (!rule.enabled) return;
    const compiled = compileRule(rule, index);
    if (rule.when.events.length === 0) anyName.push(compiled);
    for (const name of new Set(rule.when.events)) {
      const list = byName.get(name);
      if (list === undefined) byName.set(name, [compiled]);
      else list.push(compiled);
    }
  });
  return { byName, anyName };
}

/**
 * Visits, in rule order, the rules that may match `event` — those listing its name merged with
 * those listing none — until `stop` answers true; answers that rule, or null.
 */
function visitInOrder(
  index: RuleIndex,
  event: ListedEvent,
  stop: (rule: CompiledRule) => boolean,
): CompiledRule | null {
  const named = (event.event === null ? undefined : index.byName.get(event.event)) ?? NONE;
  const { anyName } = index;
  let i = 0;
  let j = 0;
  for (;;) {
    const left = named[i];
    const right = anyName[j];
    const next =
      right === undefined || (left !== undefined && left.index < right.index) ? left : right;
    if (next === undefined) return null;
    if (next === left) i++;
    else j++;
    if (stop(next)) return next;
  }
}

/**
 * Compiles `rules` once into a matcher to run over many events: rules are indexed by the
 * event names they list (so an event is only tried against the rules that can match it),
 * name and channel lists become sets, property paths are split in advance. Pure; the rules
 * are not copied, so they must not be changed while the matcher is in use.
 */
export function compileMatcher(rules: readonly MappingRule[]): Matcher {
  const index = indexRules(rules);
  return (event) =>
    visitInOrder(index, event, (rule) => rule.admits(event) && rule.holds(event.properties))
      ?.rule ?? null;
}

/**
 * For events that share a call type, name and channel: the positions in `rules` of the
 * enabled rules whose lists admit them, in order, up to the first one without property
 * conditions (which matches them all, so nothing after it can win). Which of these rules an
 * event maps to then depends on its properties only. Used by the event store to map whole
 * groups of events at once; same semantics as `compileMatcher`.
 */
export function compileCandidates(rules: readonly MappingRule[]): (event: ListedEvent) => number[] {
  const index = indexRules(rules);
  return (event) => {
    const chain: number[] = [];
    visitInOrder(index, event, (rule) => {
      if (!rule.admits(event)) return false;
      chain.push(rule.index);
      return rule.rule.when.properties.length === 0;
    });
    return chain;
  };
}
