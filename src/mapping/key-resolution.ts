/**
 * Mapping by event key. Most rules look only at an event's type, name and channel — its key —
 * and an event stream has few distinct keys (dozens) for millions of events. So a key can be
 * resolved once: the rules that accept its type, name and channel, in order, up to the first
 * one without property conditions (which then always wins). Only events of keys whose
 * candidates have property conditions need looking at one by one, and only for those rules.
 * The candidates come from `compileCandidates` (./match.ts), so first-match semantics are
 * those of `compileMatcher`. Pure.
 */
import type { EventType } from '../ingest/event.ts';
import { compileCandidates } from './match.ts';
import type { MappingRule } from './rules.ts';

export interface EventKey {
  readonly type: EventType;
  readonly event: string | null;
  readonly channel: string | null;
}

export interface KeyResolution {
  /** Rules with property conditions to try in order, each with its position in the rules. */
  readonly conditional: readonly { readonly rule: MappingRule; readonly index: number }[];
  /** The rule that wins when none of the conditional ones holds; null: unmapped. */
  readonly fallback: { readonly rule: MappingRule; readonly index: number } | null;
}

/** Resolves keys against `rules` (with `compileCandidates`); build once, call for each key. */
export function keyResolver(rules: readonly MappingRule[]): (key: EventKey) => KeyResolution {
  const candidatesOf = compileCandidates(rules);
  return (key) => {
    const chain = candidatesOf(key).flatMap((index) => {
      const rule = rules[index];
      return rule === undefined ? [] : [{ rule, index }];
    });
    const last = chain.at(-1);
    // The chain ends at the first rule without property conditions, when there is one.
    if (last !== undefined && last.rule.when.properties.length === 0) {
      return { conditional: chain.slice(0, -1), fallback: last };
    }
    return { conditional: chain, fallback: null };
  };
}
