import { describe, expect, it } from 'vitest';
import { LifecycleReport, monthEnds } from './report.ts';

const DAY = 86_400_000;

describe('lifecycle report', () => {
  it('counts current phases, flows and sizes at each snapshot', () => {
    const report = new LifecycleReport([10 * DAY, 40 * DAY]);
    report.add([
      { at: 0, phaseId: 'sus' },
      { at: 5 * DAY, phaseId: 'pro' },
      { at: 30 * DAY, phaseId: 'cli' },
    ]);
    report.add([{ at: 20 * DAY, phaseId: 'sus' }]);
    expect(Object.fromEntries(report.current())).toEqual({ cli: 1, sus: 1 });
    expect(report.flows()).toEqual([
      { from: '(none)', to: 'sus', customers: 2 },
      { from: 'sus', to: 'pro', customers: 1 },
      { from: 'pro', to: 'cli', customers: 1 },
    ]);
    const [first, second] = report.snapshots();
    expect(Object.fromEntries(first?.sizes ?? [])).toEqual({ pro: 1 });
    expect(Object.fromEntries(second?.sizes ?? [])).toEqual({ cli: 1, sus: 1 });
  });

  it('gives month ends up to now', () => {
    const now = Date.UTC(2025, 2, 15);
    expect(monthEnds(now, 3).map((ms) => new Date(ms).toISOString())).toEqual([
      '2025-01-31T23:59:59.999Z',
      '2025-02-28T23:59:59.999Z',
      '2025-03-15T00:00:00.000Z',
    ]);
  });
});
