/**
 * Explains an infeasible plan: which of the user's constraints cannot hold together.
 *
 * A plan with every action left out satisfies all dependencies, and media spend alone meets
 * every channel minimum under its maximum, so infeasibility can only come from the budget,
 * channel minimums and maximums, committed (in-progress) actions and the prerequisites those
 * drag in. A deletion filter over these groups finds a minimal conflicting set: drop each group
 * in turn, keep it dropped if the rest is still infeasible, restore it otherwise. What is left
 * is irreducible: removing any one group makes a plan possible (one feasibility solve per
 * group).
 */
import type { GroupKey } from './budget-lp.ts';
import { entryCostCents, type PlanProblem } from './budget-problem.ts';
import { isFeasible } from './budget-solve.ts';

export type ConflictItem =
  | { readonly kind: 'budget'; readonly budgetCents: number }
  | { readonly kind: 'channel-min'; readonly channelId: string; readonly minCents: number }
  | { readonly kind: 'channel-max'; readonly channelId: string; readonly maxCents: number }
  | {
      readonly kind: 'committed';
      readonly actionId: string;
      readonly costCents: number;
      readonly channelId: string | null;
    }
  | { readonly kind: 'requires'; readonly actionId: string; readonly requiredIds: string[] };

export interface Conflict {
  readonly items: ConflictItem[];
  /** What the conflicting constraints ask to spend, against what they allow. */
  readonly neededCents: number;
  readonly availableCents: number | null;
  /** Names of the channels and actions the items mention, by id. */
  readonly names: Readonly<Record<string, string>>;
  /** The same in one English sentence, for API clients and logs. */
  readonly message: string;
}

/** Groups that can take part in a conflict (see the module comment). */
function candidateGroups(problem: PlanProblem): GroupKey[] {
  const actions = new Map(problem.actions.map((a) => [a.id, a]));
  const dragged = new Set<string>();
  const visit = (id: string) => {
    if (dragged.has(id)) return;
    dragged.add(id);
    for (const next of actions.get(id)?.requires ?? []) visit(next);
  };
  for (const a of problem.actions) if (a.committed) visit(a.id);
  return [
    'budget',
    ...problem.channels.flatMap((c): GroupKey[] => [
      ...(c.minCents > 0 ? [`min:${c.id}` as const] : []),
      ...(c.maxCents !== null ? [`max:${c.id}` as const] : []),
    ]),
    ...problem.actions.filter((a) => a.committed).map((a): GroupKey => `commit:${a.id}`),
    ...problem.actions
      .filter((a) => dragged.has(a.id) && a.requires.length > 0)
      .map((a): GroupKey => `requires:${a.id}`),
  ];
}

function itemOf(problem: PlanProblem, group: GroupKey): ConflictItem | undefined {
  const [kind, ...rest] = group.split(':');
  const id = rest.join(':');
  const channel = problem.channels.find((c) => c.id === id);
  const action = problem.actions.find((a) => a.id === id);
  if (kind === 'budget') return { kind: 'budget', budgetCents: problem.budgetCents };
  if (kind === 'min' && channel)
    return { kind: 'channel-min', channelId: id, minCents: channel.minCents };
  if (kind === 'max' && channel?.maxCents != null) {
    return { kind: 'channel-max', channelId: id, maxCents: channel.maxCents };
  }
  if (kind === 'commit' && action) {
    return {
      kind: 'committed',
      actionId: id,
      costCents: action.costCents,
      channelId: action.channelId,
    };
  }
  if (kind === 'requires' && action) {
    return { kind: 'requires', actionId: id, requiredIds: [...action.requires] };
  }
  return undefined;
}

function describe(
  problem: PlanProblem,
  items: readonly ConflictItem[],
): Omit<Conflict, 'items' | 'names'> {
  const name = (id: string) =>
    problem.channels.find((c) => c.id === id)?.name ??
    problem.actions.find((a) => a.id === id)?.name ??
    id;
  const money = (cents: number) => (cents / 100).toLocaleString('en', { maximumFractionDigits: 2 });
  const needs: string[] = [];
  let neededCents = 0;
  let availableCents: number | null = null;
  for (const item of items) {
    if (item.kind === 'channel-min') {
      neededCents += item.minCents;
      needs.push(`the minimum of ${name(item.channelId)} (${money(item.minCents)})`);
    } else if (item.kind === 'committed') {
      neededCents += item.costCents;
      needs.push(`committed "${name(item.actionId)}" (${money(item.costCents)})`);
    } else if (item.kind === 'requires') {
      for (const id of item.requiredIds) {
        const required = problem.actions.find((a) => a.id === id);
        if (!required || required.committed) continue;
        neededCents += entryCostCents(required);
        needs.push(
          `"${name(id)}", required by "${name(item.actionId)}" (${money(entryCostCents(required))})`,
        );
      }
    } else {
      const cap = item.kind === 'budget' ? item.budgetCents : item.maxCents;
      availableCents = availableCents === null ? cap : Math.min(availableCents, cap);
    }
  }
  const limits = items
    .map((item) =>
      item.kind === 'budget'
        ? `the budget (${money(item.budgetCents)})`
        : item.kind === 'channel-max'
          ? `the maximum of ${name(item.channelId)} (${money(item.maxCents)})`
          : '',
    )
    .filter((text) => text !== '');
  const message = `No plan satisfies these constraints together: ${needs.join(', ')} add up to ${money(neededCents)}, more than ${limits.join(' and ') || 'what is allowed'}.`;
  return { neededCents, availableCents, message };
}

export async function explainInfeasible(problem: PlanProblem): Promise<Conflict> {
  const kept: GroupKey[] = [];
  const groups = candidateGroups(problem);
  const dropped = new Set<GroupKey>();
  for (const group of groups) {
    dropped.add(group);
    // Without this group a plan exists: it is part of the conflict, so it goes back in.
    if (await isFeasible(problem, { drop: dropped })) {
      dropped.delete(group);
      kept.push(group);
    }
  }
  const items = kept.flatMap((g) => itemOf(problem, g) ?? []);
  const names = Object.fromEntries([
    ...problem.channels.map((c) => [c.id, c.name] as const),
    ...problem.actions.map((a) => [a.id, a.name] as const),
  ]);
  const mentioned = new Set(
    items.flatMap((i) => [
      ...('channelId' in i && i.channelId !== null ? [i.channelId] : []),
      ...('actionId' in i ? [i.actionId] : []),
      ...(i.kind === 'requires' ? i.requiredIds : []),
    ]),
  );
  return {
    items,
    names: Object.fromEntries([...mentioned].map((id) => [id, names[id] ?? id])),
    ...describe(problem, items),
  };
}
