import { describe, expect, it } from 'vitest';
import { sensitivityChanges, solveBudgetPlan } from './budget-plan.ts';
import type { PlanProblem } from './budget-problem.ts';
import { planAction, planChannel, REFERENCE_PROBLEM } from './test-fixtures.ts';

const reasonOf = (plan: Awaited<ReturnType<typeof solveBudgetPlan>>, id: string) =>
  plan.solution?.actions.find((a) => a.actionId === id)?.reason;

describe('budget plan', () => {
  it('says why each action is left out: budget, dependency, bound, no return, tie', async () => {
    const problem: PlanProblem = {
      budgetCents: 1_000_00,
      weights: { short: 1, medium: 0, long: 0 },
      channels: [planChannel('email', 0, 300, [0, 0, 0])],
      actions: [
        planAction('best', 600, 3_000),
        planAction('expensive', 900, 2_000),
        planAction('needs-expensive', 50, 500, { requires: ['expensive'] }),
        planAction('email-big', 400, 1_000, { channelId: 'email' }),
        planAction('email-small', 250, 600, { channelId: 'email' }),
        planAction('useless', 100, 0),
        planAction('twin-a', 100, 100),
        planAction('twin-b', 100, 100),
      ],
    };
    const plan = await solveBudgetPlan(problem, { sensitivityPoints: 0 });
    expect(plan.status).toBe('optimal');
    const decisions = Object.fromEntries(
      plan.solution?.actions.map((a) => [a.actionId, a.decision]) ?? [],
    );
    expect(decisions).toMatchObject({
      best: 'chosen',
      expensive: 'left-out',
      'email-small': 'chosen',
    });
    expect(reasonOf(plan, 'expensive')).toMatchObject({ kind: 'budget', neededCents: 900_00 });
    expect(reasonOf(plan, 'needs-expensive')).toMatchObject({
      kind: 'dependency',
      requiredActionId: 'expensive',
    });
    // The email channel's maximum (300) leaves no room for 400, whatever the budget.
    expect(reasonOf(plan, 'email-big')).toMatchObject({
      kind: 'bound',
      channelId: 'email',
      roomCents: 50_00,
    });
    expect(reasonOf(plan, 'useless')).toMatchObject({ kind: 'no-return' });
    const twins = [reasonOf(plan, 'twin-a'), reasonOf(plan, 'twin-b')].filter((r) => r !== null);
    expect(twins).toHaveLength(1);
    expect(twins[0]).toMatchObject({ kind: 'tie', forcedLossCents: 0 });
    // Forcing the expensive one in costs the plan what it displaces.
    expect(reasonOf(plan, 'expensive')?.forcedLossCents).toBeGreaterThan(0);
    expect(reasonOf(plan, 'email-big')?.forcedLossCents).toBeNull();
    expect(reasonOf(plan, 'best')).toBeNull();
  });

  it('explains an infeasible plan: channel minimums above the budget', async () => {
    const problem: PlanProblem = {
      ...REFERENCE_PROBLEM,
      budgetCents: 12_000_00,
    };
    const plan = await solveBudgetPlan(problem, { sensitivityPoints: 0 });
    expect(plan.status).toBe('infeasible');
    expect(plan.solution).toBeNull();
    expect(plan.conflict?.items).toEqual([
      { kind: 'budget', budgetCents: 12_000_00 },
      { kind: 'channel-min', channelId: 'search', minCents: 10_000_00 },
      { kind: 'channel-min', channelId: 'social', minCents: 5_000_00 },
    ]);
    expect(plan.conflict?.neededCents).toBe(15_000_00);
    expect(plan.conflict?.availableCents).toBe(12_000_00);
    expect(plan.conflict?.message).toContain('the minimum of search (10,000)');
  });

  it('names a committed action that its channel maximum cannot hold, with its prerequisite', async () => {
    const problem: PlanProblem = {
      budgetCents: 100_000_00,
      weights: { short: 1, medium: 0, long: 0 },
      channels: [
        planChannel('app', 0, 5_000, [1, 0, 0]),
        planChannel('web', 1_000, null, [1, 0, 0]),
      ],
      actions: [
        planAction('sdk', 3_000, 0, { channelId: 'app' }),
        planAction('app-redesign', 4_000, 0, {
          channelId: 'app',
          committed: true,
          requires: ['sdk'],
        }),
      ],
    };
    const plan = await solveBudgetPlan(problem, { sensitivityPoints: 0 });
    expect(plan.status).toBe('infeasible');
    expect(plan.conflict?.items.map((i) => i.kind)).toEqual([
      'channel-max',
      'committed',
      'requires',
    ]);
    expect(plan.conflict?.neededCents).toBe(7_000_00);
    expect(plan.conflict?.availableCents).toBe(5_000_00);
  });

  it('shows the optimum as the budget varies from −50 % to +50 %', async () => {
    expect(sensitivityChanges(11)).toEqual([
      -0.5, -0.4, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5,
    ]);
    const plan = await solveBudgetPlan(REFERENCE_PROBLEM, { sensitivityPoints: 11 });
    const points = plan.sensitivity;
    expect(points.map((p) => p.budgetCents / 100)).toEqual([
      50_000, 60_000, 70_000, 80_000, 90_000, 100_000, 110_000, 120_000, 130_000, 140_000, 150_000,
    ]);
    expect(points[5]?.weightedReturnCents).toBe(107_550_00);
    // Each extra 10,000 buys the best channel with room left: the curve is concave.
    const returns = points.map((p) => p.weightedReturnCents ?? 0);
    const gains = returns.slice(1).map((r, i) => r - (returns[i] ?? 0));
    expect(gains.every((g, i) => i === 0 || g <= (gains[i - 1] ?? 0) + 1)).toBe(true);
    // All maximums add up to 165,000: beyond it, the money is not spent.
    expect(points[10]?.spentCents).toBe(150_000_00);
  });

  it('reports the infeasible budgets of the sensitivity as empty points', async () => {
    const plan = await solveBudgetPlan(
      { ...REFERENCE_PROBLEM, budgetCents: 20_000_00 },
      { sensitivityPoints: 3 },
    );
    expect(plan.status).toBe('optimal');
    expect(plan.sensitivity.map((p) => p.weightedReturnCents === null)).toEqual([
      true,
      false,
      false,
    ]);
  });
});
