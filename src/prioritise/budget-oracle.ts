/**
 * Test oracles for the budget solver, independent of any solver.
 *
 * - Fractional knapsack: with one budget row and bounds, the LP optimum fills the minimums,
 *   then spends by decreasing weighted return (REFERENCE §5).
 * - Brute force: every subset of the indivisible actions; for each, the rest (media and
 *   divisible actions without a minimum) is an LP over a laminar family (channel rows inside
 *   the budget row), solved greedily: each channel's minimum first with its best items, then
 *   everything by decreasing ratio under the channel maximums and the budget.
 */
import type { PlanProblem } from './budget-problem.ts';
import { weightedOver } from './horizons.ts';

interface Item {
  readonly channelId: string | null;
  readonly capCents: number;
  readonly ratio: number;
}

/** The optimum in weighted cents, or undefined when nothing satisfies the constraints. */
function greedy(
  problem: PlanProblem,
  items: readonly Item[],
  fixedSpend: ReadonlyMap<string, number>,
  budgetLeft: number,
): number | undefined {
  let left = budgetLeft;
  const used = new Map<Item, number>();
  const room = new Map<string, number>();
  let objective = 0;
  const give = (item: Item, amount: number) => {
    used.set(item, (used.get(item) ?? 0) + amount);
    if (item.channelId !== null) room.set(item.channelId, (room.get(item.channelId) ?? 0) - amount);
    objective += item.ratio * amount;
    left -= amount;
  };
  const byRatio = [...items].sort((a, b) => b.ratio - a.ratio);
  for (const c of problem.channels) {
    const fixed = fixedSpend.get(c.id) ?? 0;
    room.set(c.id, c.maxCents === null ? Number.POSITIVE_INFINITY : c.maxCents - fixed);
    if ((room.get(c.id) ?? 0) < -1e-9) return undefined;
    let need = Math.max(0, c.minCents - fixed);
    for (const item of byRatio.filter((i) => i.channelId === c.id)) {
      const amount = Math.min(need, item.capCents - (used.get(item) ?? 0), room.get(c.id) ?? 0);
      if (amount > 0) give(item, amount);
      need -= Math.max(0, amount);
    }
    if (need > 1e-9) return undefined;
  }
  if (left < -1e-9) return undefined;
  for (const item of byRatio) {
    if (item.ratio <= 0) break;
    const channelRoom =
      item.channelId === null ? Number.POSITIVE_INFINITY : (room.get(item.channelId) ?? 0);
    const amount = Math.min(item.capCents - (used.get(item) ?? 0), channelRoom, left);
    if (amount > 0) give(item, amount);
  }
  return objective;
}

const mediaItems = (problem: PlanProblem): Item[] =>
  problem.channels.map((c) => ({
    channelId: c.id,
    capCents: Number.POSITIVE_INFINITY,
    ratio: weightedOver(problem.weights, c.returns),
  }));

/** The LP optimum of a problem without actions. */
export function knapsackOptimum(problem: PlanProblem): number | undefined {
  return greedy(problem, mediaItems(problem), new Map(), problem.budgetCents);
}

/** The MILP optimum by enumerating every subset of the indivisible actions (keep it ≤ 16). */
export function bruteForceOptimum(problem: PlanProblem): number | undefined {
  const binary = problem.actions.filter((a) => !a.divisible);
  const divisible = problem.actions.filter((a) => a.divisible);
  if (divisible.some((a) => a.minSpendCents > 0 || a.requires.length > 0 || a.committed)) {
    throw new Error('the brute force handles divisible actions without minimum or dependency only');
  }
  const items = [
    ...mediaItems(problem),
    ...divisible.map((a) => ({
      channelId: a.channelId,
      capCents: a.costCents,
      ratio: a.costCents > 0 ? weightedOver(problem.weights, a.returns) / a.costCents : 0,
    })),
  ];
  let best: number | undefined;
  for (let mask = 0; mask < 2 ** binary.length; mask++) {
    const chosen = new Set(binary.filter((_a, i) => (mask >> i) & 1).map((a) => a.id));
    const valid = binary.every(
      (a) =>
        (!a.committed || chosen.has(a.id)) &&
        (!chosen.has(a.id) || a.requires.every((id) => chosen.has(id))),
    );
    if (!valid) continue;
    const fixedSpend = new Map<string, number>();
    let spent = 0;
    let value = 0;
    for (const a of binary.filter((b) => chosen.has(b.id))) {
      spent += a.costCents;
      value += weightedOver(problem.weights, a.returns);
      if (a.channelId !== null)
        fixedSpend.set(a.channelId, (fixedSpend.get(a.channelId) ?? 0) + a.costCents);
    }
    const rest = greedy(problem, items, fixedSpend, problem.budgetCents - spent);
    if (rest !== undefined && (best === undefined || value + rest > best)) best = value + rest;
  }
  return best;
}
