import { describe, expect, it } from 'vitest';
import { bruteForceOptimum, knapsackOptimum } from './budget-oracle.ts';
import type { PlanAction, PlanChannel, PlanProblem } from './budget-problem.ts';
import { solvePlanProblem } from './budget-solve.ts';
import { randomInt, seededRandom } from './random.ts';
import { planAction, planChannel, REFERENCE_PROBLEM } from './test-fixtures.ts';

async function optimum(problem: PlanProblem): Promise<number | undefined> {
  const solved = await solvePlanProblem(problem);
  if (solved.status === 'error') throw new Error(solved.message);
  return solved.status === 'solved' ? solved.solution.weightedReturnCents : undefined;
}

const expectSame = (found: number | undefined, expected: number | undefined) => {
  if (expected === undefined) return expect(found).toBeUndefined();
  expect(found).toBeDefined();
  expect(Math.abs((found ?? 0) - expected)).toBeLessThanOrEqual(Math.max(2, expected * 1e-6));
};

describe('budget plan solve', () => {
  it('finds the REFERENCE optimum: 107,550 with search 50k, social 35k, email 15k, tv 0', async () => {
    const solved = await solvePlanProblem(REFERENCE_PROBLEM);
    if (solved.status !== 'solved') throw new Error(solved.status);
    expect(solved.solution.weightedReturnCents).toBe(107_550_00);
    expect(solved.solution.channels.map((c) => [c.channelId, c.mediaCents / 100])).toEqual([
      ['search', 50_000],
      ['social', 35_000],
      ['email', 15_000],
      ['tv', 0],
    ]);
    expect(solved.solution.spentCents).toBe(100_000_00);
    // Unweighted returns per horizon: short 1.8·50k + 1.2·35k + 2.5·15k, …
    expect(solved.solution.returns.short).toBeCloseTo(169_500_00);
    expect(solved.solution.returns.medium).toBeCloseTo(59_000_00);
    expect(solved.solution.returns.long).toBeCloseTo(25_500_00);
  });

  it('agrees with the fractional knapsack on random LPs', async () => {
    const random = seededRandom(7);
    for (let run = 0; run < 25; run++) {
      const channels: PlanChannel[] = Array.from({ length: randomInt(random, 1, 6) }, (_v, i) => {
        const min = random() < 0.4 ? randomInt(random, 1, 200) * 50 : 0;
        const max = random() < 0.2 ? null : min + randomInt(random, 0, 400) * 50;
        const r = () => Math.round(random() * 300) / 100;
        return planChannel(`c${i}`, min, max, [r(), r(), r()]);
      });
      const problem: PlanProblem = {
        budgetCents: randomInt(random, 0, 40_000) * 100,
        weights: { short: 0.5, medium: 0.3, long: 0.2 },
        channels,
        actions: [],
      };
      expectSame(await optimum(problem), knapsackOptimum(problem));
    }
  });

  it('agrees with brute force over every subset on random small MILPs', async () => {
    const random = seededRandom(2026);
    let infeasible = 0;
    for (let run = 0; run < 30; run++) {
      const channels = Array.from({ length: randomInt(random, 0, 3) }, (_v, i) =>
        planChannel(
          `c${i}`,
          random() < 0.3 ? randomInt(random, 1, 40) * 100 : 0,
          random() < 0.3 ? null : randomInt(random, 10, 120) * 100,
          [random(), random(), random()],
        ),
      );
      const channelOf = () =>
        channels.length > 0 && random() < 0.7
          ? `c${randomInt(random, 0, channels.length - 1)}`
          : null;
      const binaries: PlanAction[] = Array.from({ length: randomInt(random, 1, 12) }, (_v, i) =>
        planAction(`a${i}`, randomInt(random, 5, 60) * 100, randomInt(random, 0, 150) * 100, {
          channelId: channelOf(),
          requires: i > 0 && random() < 0.25 ? [`a${randomInt(random, 0, i - 1)}`] : [],
          committed: random() < 0.08,
        }),
      );
      const divisible = Array.from({ length: randomInt(random, 0, 2) }, (_v, i) =>
        planAction(`d${i}`, randomInt(random, 5, 60) * 100, randomInt(random, 0, 150) * 100, {
          divisible: true,
          channelId: channelOf(),
        }),
      );
      const problem: PlanProblem = {
        budgetCents: randomInt(random, 0, 200) * 100 * 10,
        weights: { short: 0.6, medium: 0.3, long: 0.1 },
        channels,
        actions: [...binaries, ...divisible],
      };
      const expected = bruteForceOptimum(problem);
      if (expected === undefined) infeasible++;
      expectSame(await optimum(problem), expected);
    }
    // The generator must exercise both outcomes.
    expect(infeasible).toBeGreaterThan(0);
  });

  it('handles degenerate problems: nothing to decide, zero budget, ties, all dependent', async () => {
    const empty: PlanProblem = { ...REFERENCE_PROBLEM, channels: [], actions: [] };
    expect(await optimum(empty)).toBe(0);

    const zero = {
      ...REFERENCE_PROBLEM,
      budgetCents: 0,
      channels: [planChannel('email', 0, 15_000, [2.5, 0.5, 0.2])],
    };
    expect(await optimum(zero)).toBe(0);

    const ties: PlanProblem = {
      ...empty,
      budgetCents: 100_00,
      actions: [planAction('a', 100, 500), planAction('b', 100, 500), planAction('c', 100, 500)],
    };
    const solved = await solvePlanProblem(ties);
    if (solved.status !== 'solved') throw new Error(solved.status);
    expect(solved.solution.weightedReturnCents).toBe(0.5 * 500_00);
    expect(solved.solution.actions.filter((a) => a.decision === 'chosen')).toHaveLength(1);

    const chain: PlanProblem = {
      ...empty,
      budgetCents: 1_000_00,
      actions: [
        planAction('base', 2_000, 10),
        planAction('x', 10, 500, { requires: ['base'] }),
        planAction('y', 10, 500, { requires: ['x'] }),
      ],
    };
    expect(await optimum(chain)).toBe(0);
    expect(bruteForceOptimum(chain)).toBe(0);
  });

  it('funds a divisible action in part, never below its minimum', async () => {
    const problem: PlanProblem = {
      ...REFERENCE_PROBLEM,
      channels: [],
      budgetCents: 600_00,
      actions: [
        planAction('ads', 1_000, 2_000, { divisible: true, minSpendCents: 700_00 }),
        planAction('seo', 500, 600, { divisible: true }),
      ],
    };
    const solved = await solvePlanProblem(problem);
    if (solved.status !== 'solved') throw new Error(solved.status);
    // ads would return 2 per unit but needs 700 if funded at all: seo takes the 500 and stops.
    expect(solved.solution.actions.map((a) => [a.actionId, a.decision, a.spendCents])).toEqual([
      ['ads', 'left-out', 0],
      ['seo', 'chosen', 500_00],
    ]);
    const more = await solvePlanProblem({ ...problem, budgetCents: 800_00 });
    if (more.status !== 'solved') throw new Error(more.status);
    expect(more.solution.actions.map((a) => [a.actionId, a.decision, a.spendCents])).toEqual([
      ['ads', 'partial', 800_00],
      ['seo', 'left-out', 0],
    ]);
  });

  it('counts a divisible prerequisite done at its minimum, or in full without one', async () => {
    const base = { ...REFERENCE_PROBLEM, channels: [], budgetCents: 1_000_00 };
    const withMin: PlanProblem = {
      ...base,
      actions: [
        planAction('crm', 2_000, 0, { divisible: true, minSpendCents: 400_00 }),
        planAction('loyalty', 500, 5_000, { requires: ['crm'] }),
      ],
    };
    const solved = await solvePlanProblem(withMin);
    if (solved.status !== 'solved') throw new Error(solved.status);
    expect(solved.solution.actions.map((a) => a.spendCents)).toEqual([400_00, 500_00]);
    const noMin = {
      ...withMin,
      actions: withMin.actions.map((a) => (a.id === 'crm' ? { ...a, minSpendCents: 0 } : a)),
    };
    expect(await optimum(noMin)).toBe(0);
    expect(await optimum({ ...noMin, budgetCents: 2_500_00 })).toBe(0.5 * 5_000_00);
  });

  it('funds committed actions whatever their return, and reports no plan when they cannot fit', async () => {
    const problem: PlanProblem = {
      ...REFERENCE_PROBLEM,
      channels: [planChannel('web', 0, 1_000, [1, 0, 0])],
      budgetCents: 2_000_00,
      actions: [
        planAction('replatform', 1_500, 0, { committed: true }),
        planAction('promo', 500, 2_000),
      ],
    };
    const solved = await solvePlanProblem(problem);
    if (solved.status !== 'solved') throw new Error(solved.status);
    expect(solved.solution.actions.map((a) => a.decision)).toEqual(['committed', 'chosen']);
    const tooSmall = await solvePlanProblem({ ...problem, budgetCents: 1_000_00 });
    expect(tooSmall.status).toBe('infeasible');
  });
});
