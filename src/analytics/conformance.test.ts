import { describe, expect, it } from 'vitest';
import { ConformanceAccumulator, type Placement } from './conformance.ts';
import { RuptureAccumulator, twoProportionZ } from './ruptures.ts';

const HOUR = 3_600_000;

/**
 * Touchpoints named `<stage><channel>`: stage a–e (0–4), channel w (web, 0), s (store, 1),
 * e (email, 2). `a w` is touchpoint "aw": stage 0 on the web.
 */
const CHANNELS = 'wse';
const itemOf = (name: string): number =>
  (name.charCodeAt(0) - 97) * 3 + CHANNELS.indexOf(name[1] ?? 'w');
const placementOf = (item: number): Placement => ({
  stage: Math.floor(item / 3),
  channel: item % 3,
});
const trace = (text: string) => text.split(' ').map(itemOf);
const hourly = (items: number[]) => items.map((_, index) => index * HOUR);

describe('conformance to the designed journey', () => {
  it('names skipped stages, backtracks and channel switches of one customer', () => {
    const acc = new ConformanceAccumulator(placementOf, 5, 3);
    const items = trace('aw bw dw bs ee');
    expect(acc.add(items, hourly(items))).toEqual({
      skippedStages: [2],
      backtracks: 1,
      channelSwitches: 2,
      furthestStage: 4,
    });
  });

  it('sums customers, fills the switch matrix and measures the time in each stage', () => {
    const acc = new ConformanceAccumulator(placementOf, 5, 3);
    for (const text of ['aw aw bw cw', 'aw bs cs', 'aw cw']) {
      const items = trace(text);
      acc.add(items, hourly(items));
    }
    const summary = acc.summary();
    expect(summary.customers).toBe(3);
    expect(summary.reached).toEqual([3, 2, 3, 0, 0]);
    expect(summary.skipped).toEqual([0, 1, 0, 0, 0]);
    expect(summary.customersSwitching).toBe(1);
    expect(summary.customersBacktracking).toBe(0);
    expect(summary.switchMatrix).toEqual([
      [4, 1, 0],
      [0, 1, 0],
      [0, 0, 0],
    ]);
    // Stage a lasted 2 h, 1 h and 1 h; stage b 1 h twice.
    const withinSketch = (ms: number | null | undefined) => Math.abs((ms ?? 0) / HOUR - 1);
    expect(withinSketch(summary.medianStageMs[0])).toBeLessThan(0.02);
    expect(withinSketch(summary.medianStageMs[1])).toBeLessThan(0.02);
    expect(summary.medianStageMs[2]).toBeNull();
  });
});

describe('ruptures', () => {
  it('flags a switch after which customers abandon far more than those who stay', () => {
    const acc = new RuptureAccumulator(placementOf, 5);
    // From stage a: 100 stay on the web (20 % stop at b), 60 switch to the store (70 % stop).
    for (let i = 0; i < 100; i++) acc.add(trace(i < 20 ? 'aw bw' : 'aw bw cw'));
    for (let i = 0; i < 60; i++) acc.add(trace(i < 42 ? 'aw bs' : 'aw bs cs'));
    // From stage a to email: as good as the web.
    for (let i = 0; i < 50; i++) acc.add(trace(i < 10 ? 'aw be' : 'aw be ce'));
    const [first, ...others] = acc.outcomes();
    expect(first).toMatchObject({ stage: 0, fromChannel: 0, toChannel: 1, moves: 60 });
    expect(first?.rupture).toBe(true);
    expect(first?.rate).toBeCloseTo(0.7);
    expect(first?.comparableRate).toBeCloseTo(0.2);
    expect(others.find((outcome) => outcome.toChannel === 2)?.rupture).toBe(false);
  });

  it('does not flag a switch seen too rarely to judge', () => {
    const acc = new RuptureAccumulator(placementOf, 5);
    for (let i = 0; i < 100; i++) acc.add(trace('aw bw cw'));
    for (let i = 0; i < 10; i++) acc.add(trace('aw bs'));
    expect(acc.outcomes()[0]?.rupture).toBe(false);
  });

  it('computes the pooled two-proportion z statistic', () => {
    // 42/60 vs 20/100: pooled 62/160.
    const z = twoProportionZ({ moves: 60, abandoned: 42 }, { moves: 100, abandoned: 20 });
    const pooled = 62 / 160;
    const expected = (0.7 - 0.2) / Math.sqrt(pooled * (1 - pooled) * (1 / 60 + 1 / 100));
    expect(z).toBeCloseTo(expected, 10);
    expect(z).toBeGreaterThan(6);
  });
});
