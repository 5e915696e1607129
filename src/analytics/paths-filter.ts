/**
 * Simplifying a directly-follows graph by share of paths, as pm4py's
 * `filter_dfg_on_paths_percentage` (../shared/REFERENCE.md §3): start and end arcs count as
 * edges; the `ceil((edges − 1) · p) + 1` most frequent edges are always kept; the others are
 * tried from the least frequent up and removed only if every remaining activity stays
 * reachable from start and can still reach an end. Pure.
 */
import type { Arc, DirectlyFollowsGraph } from './paths.ts';

/** Start and end of the graph, outside the range of items. */
export const START = -1;
export const END = -2;

export interface Edge {
  readonly from: number;
  readonly to: number;
  readonly frequency: number;
}

/** The graph's arcs plus one start edge per start item and one end edge per end item. */
export function edgesOf(graph: DirectlyFollowsGraph): Edge[] {
  return [
    ...[...graph.starts].map(([item, frequency]) => ({ from: START, to: item, frequency })),
    ...graph.arcs.map(({ from, to, frequency }: Arc) => ({ from, to, frequency })),
    ...[...graph.ends].map(([item, frequency]) => ({ from: item, to: END, frequency })),
  ];
}

/** The edges kept at share `p` (0 … 1), most frequent first. */
export function filterByPathShare(edges: readonly Edge[], p: number): Edge[] {
  const sorted = [...edges].sort((a, b) => b.frequency - a.frequency);
  const mustKeep = Math.ceil((sorted.length - 1) * Math.min(1, Math.max(0, p))) + 1;
  const activities = activitiesOf(sorted);
  const kept = new Set(sorted);
  for (let index = sorted.length - 1; index >= mustKeep; index--) {
    const edge = sorted[index];
    if (edge === undefined) continue;
    kept.delete(edge);
    if (!staysConnected(kept, activities)) kept.add(edge);
  }
  return sorted.filter((edge) => kept.has(edge));
}

function activitiesOf(edges: readonly Edge[]): Set<number> {
  const activities = new Set<number>();
  for (const { from, to } of edges) {
    if (from !== START) activities.add(from);
    if (to !== END) activities.add(to);
  }
  return activities;
}

/** Every activity of the graph (path filtering keeps them all) is reachable from START and reaches END. */
function staysConnected(edges: ReadonlySet<Edge>, activities: ReadonlySet<number>): boolean {
  const forward = new Map<number, number[]>();
  const backward = new Map<number, number[]>();
  for (const { from, to } of edges) {
    forward.set(from, [...(forward.get(from) ?? []), to]);
    backward.set(to, [...(backward.get(to) ?? []), from]);
  }
  const fromStart = reachable(START, forward);
  const toEnd = reachable(END, backward);
  for (const activity of activities) {
    if (!fromStart.has(activity) || !toEnd.has(activity)) return false;
  }
  return true;
}

function reachable(origin: number, next: ReadonlyMap<number, readonly number[]>): Set<number> {
  const seen = new Set([origin]);
  const queue = [origin];
  for (let node = queue.pop(); node !== undefined; node = queue.pop()) {
    for (const target of next.get(node) ?? []) {
      if (seen.has(target)) continue;
      seen.add(target);
      queue.push(target);
    }
  }
  return seen;
}
