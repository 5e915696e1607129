/**
 * Queries of the event store about the mapping of events to touchpoints: how many events of
 * a time window each rule of a (possibly unsaved) rule list matches, and what is left
 * unmapped. Mapping happens at query time (docs/adr/0007-event-mapping-at-query-time.md),
 * with the first-match semantics of `compileMatcher` (src/mapping/match.ts); every adapter
 * must agree with it, which ./conformance-mapping.ts checks.
 */
import type { EventType } from '../../ingest/event.ts';
import type { MappingRule } from '../../mapping/rules.ts';

/** A time window: `from` inclusive, `to` exclusive. */
export interface TimeWindow {
  readonly from: Date;
  readonly to: Date;
}

/** Events of the window that no rule matches, grouped by what identifies them. */
export interface UnmappedGroup {
  readonly type: EventType;
  readonly event: string | null;
  readonly channel: string | null;
  readonly count: number;
  readonly lastSeen: Date;
}

export interface MappingPreview {
  /** Events in the window. */
  readonly total: number;
  /** Events in the window that no enabled rule matches. */
  readonly unmapped: number;
  /** One entry per rule, in rule order: the events it wins (0 for disabled rules). */
  readonly perRule: readonly { readonly ruleId: string; readonly matched: number }[];
  /** The largest unmapped groups, by count (then type, event, channel), at most `MAX_UNMAPPED_GROUPS`. */
  readonly unmappedGroups: readonly UnmappedGroup[];
}

export const MAX_UNMAPPED_GROUPS = 50;

export interface MappingQueries {
  /** How `rules` map the workspace's events of `window` (the rules need not be saved). */
  preview(
    workspaceId: string,
    rules: readonly MappingRule[],
    window: TimeWindow,
  ): Promise<MappingPreview>;

  /** Timestamp of the workspace's latest event; null when it has none. */
  latestEventTime(workspaceId: string): Promise<Date | null>;
}
