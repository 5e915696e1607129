/**
 * Marks for the compare view: which cards of the current map were removed, which cards of the
 * target are new, and which changed for better or worse, from the server's comparison.
 */
import type { JourneyComparison, Verdict } from '../api/model.ts';

export type CompareMark =
  | { readonly kind: 'added' }
  | { readonly kind: 'removed' }
  | { readonly kind: 'changed'; readonly verdict: Verdict; readonly fields: readonly string[] };

export interface CompareSummary {
  readonly added: number;
  readonly removed: number;
  readonly improved: number;
  readonly worsened: number;
  readonly mixed: number;
  readonly neutral: number;
  readonly unchanged: number;
}

export interface CompareMarks {
  /** By touchpoint id of the current journey: only removals (a change shows on its target). */
  readonly current: ReadonlyMap<string, CompareMark>;
  /** By touchpoint id of the target journey: additions and changes. */
  readonly target: ReadonlyMap<string, CompareMark>;
  readonly summary: CompareSummary;
}

export function compareMarks(comparison: JourneyComparison): CompareMarks {
  const current = new Map<string, CompareMark>();
  const target = new Map<string, CompareMark>();
  for (const touchpoint of comparison.removed) current.set(touchpoint.id, { kind: 'removed' });
  for (const touchpoint of comparison.added) target.set(touchpoint.id, { kind: 'added' });
  const verdicts = { improved: 0, worsened: 0, mixed: 0, neutral: 0 };
  for (const change of comparison.changed) {
    const mark: CompareMark = { kind: 'changed', verdict: change.verdict, fields: change.fields };
    target.set(change.after.id, mark);
    verdicts[change.verdict] += 1;
  }
  return {
    current,
    target,
    summary: {
      added: comparison.added.length,
      removed: comparison.removed.length,
      ...verdicts,
      unchanged: comparison.unchanged,
    },
  };
}

/** The badge a card shows in the compare view, if any (an unchanged card shows none). */
export type CompareBadge = 'added' | 'removed' | Verdict;

export function badgeOf(mark: CompareMark | undefined): CompareBadge | null {
  if (mark === undefined) return null;
  return mark.kind === 'changed' ? mark.verdict : mark.kind;
}
