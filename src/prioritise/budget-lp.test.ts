import { describe, expect, it } from 'vitest';
import { lpNumber, wrapLine, writeLp } from './budget-lp.ts';
import type { PlanProblem } from './budget-problem.ts';
import { solveLp } from './highs-solver.ts';
import { planAction, planChannel, REFERENCE_PROBLEM } from './test-fixtures.ts';

describe('LP text', () => {
  it('solves the HiGHS published check: 87.5 at (17.5, 1, 16.5, 2)', async () => {
    const lp = [
      'Maximize',
      ' obj: x1 + 2 x2 + 4 x3 + x4',
      'Subject To',
      ' c1: - x1 + x2 + x3 + 10 x4 <= 20',
      ' c2: x1 - 4 x2 + x3 <= 30',
      ' c3: x2 - 0.5 x4 = 0',
      'Bounds',
      ' 0 <= x1 <= 40',
      ' 2 <= x4 <= 3',
      'End',
    ].join('\n');
    const outcome = await solveLp(lp);
    if (outcome.status !== 'optimal') throw new Error(outcome.status);
    expect(outcome.objective).toBeCloseTo(87.5);
    expect(['x1', 'x2', 'x3', 'x4'].map((x) => outcome.values.get(x))).toEqual([17.5, 1, 16.5, 2]);
  });

  it('writes numbers without exponents', () => {
    expect(lpNumber(3)).toBe('3');
    expect(lpNumber(1.04)).toBe('1.04');
    expect(lpNumber(1 / 3)).toBe('0.333333333333');
    expect(lpNumber(1.5e-7)).toBe('0.00000015');
  });

  it('wraps long rows under the reader’s line limit', () => {
    const parts = Array.from({ length: 300 }, (_v, i) => `+ 12345.678 y${i}`);
    const lines = wrapLine('budget:', parts, '<= 100');
    expect(lines.length).toBeGreaterThan(10);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(200);
    expect(lines.slice(1).every((l) => l.startsWith('  '))).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ')).toContain('+ 12345.678 y299 <= 100');
  });

  it('solves a 500-action plan written over wrapped lines', async () => {
    const problem: PlanProblem = {
      ...REFERENCE_PROBLEM,
      channels: [planChannel('web', 0, null, [0.1, 0, 0])],
      budgetCents: 1_000_000_00,
      actions: Array.from({ length: 500 }, (_v, i) =>
        planAction(`action-${i}`, 1_000 + i * 7.13, 1_500 + ((i * 7919) % 4000), {
          channelId: 'web',
        }),
      ),
    };
    const model = writeLp(problem);
    expect(Math.max(...model.text.split('\n').map((l) => l.length))).toBeLessThanOrEqual(200);
    const outcome = await solveLp(model.text);
    expect(outcome.status).toBe('optimal');
  });

  it('names variables by position, so no id can break the text', () => {
    const problem: PlanProblem = {
      ...REFERENCE_PROBLEM,
      channels: [planChannel('x: y <= 3\nEnd', 0, 10, [1, 1, 1])],
      actions: [
        planAction('a b\\c', 10, 10, { divisible: true, minSpendCents: 5_00, requires: ['z'] }),
        planAction('z', 10, 10),
      ],
    };
    const model = writeLp(problem);
    expect(model.text).not.toContain('x: y');
    expect([...model.actionVars.values()]).toEqual([
      { share: 'f0', used: 'u0' },
      { share: 'y1', used: 'y1' },
    ]);
    expect(model.text).toContain('dep0_0: u0 - y1 <= 0');
    // Money in units of 10 cents here (the budget is 10,000,000 cents).
    expect(model.unit).toBe(10);
    expect(model.text).toContain('lo0: 100 f0 - 50 u0 >= 0');
  });
});
