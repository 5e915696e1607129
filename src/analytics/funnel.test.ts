import { describe, expect, it } from 'vitest';
import { type FunnelDefinition, type FunnelMode, funnelLevel, type Trace } from './funnel.ts';

const DAY = 86_400_000;

/** A trace of single-letter items one minute apart; `a` = 0, `b` = 1, … */
const letters = (text: string, gapMs = 60_000): Trace => {
  const items = text.split(' ').map((letter) => letter.charCodeAt(0) - 97);
  return { items, times: items.map((_, index) => index * gapMs) };
};

/** Steps a → b → c: item k is step k. */
const abc = (mode: FunnelMode, windowMs = DAY): FunnelDefinition => ({
  stepCount: 3,
  stepsOf: (item) => (item < 3 ? [item] : []),
  windowMs,
  mode,
});

describe('funnel levels (ClickHouse 00632_aggregation_window_funnel fixtures)', () => {
  const fixtures: [string, number, number][] = [
    ['a b c', 3, 3],
    ['a d b c', 3, 1],
    ['a a b b c c', 3, 3],
    ['a a a a b b c c', 3, 3],
    ['a a b b d c c', 3, 2],
    ['c c b b a a', 1, 1],
  ];
  for (const [events, ordered, strict] of fixtures) {
    it(`${events}: ordered ${ordered}, strict ${strict}`, () => {
      expect(funnelLevel(letters(events), abc('ordered')).level).toBe(ordered);
      expect(funnelLevel(letters(events), abc('strict')).level).toBe(strict);
    });
  }

  it('counts the window from the first step: five steps at t = 3 … 7', () => {
    const trace: Trace = { items: [0, 1, 2, 3, 4], times: [3, 4, 5, 6, 7] };
    const five = (windowMs: number): FunnelDefinition => ({
      stepCount: 5,
      stepsOf: (item) => [item],
      windowMs,
      mode: 'ordered',
    });
    expect(funnelLevel(trace, five(2)).level).toBe(3);
    expect(funnelLevel(trace, five(3)).level).toBe(4);
    expect(funnelLevel(trace, five(4)).level).toBe(5);
  });
});

describe('funnel levels: Parcours rules', () => {
  it('reports the chain that reached the level, with the time of each step', () => {
    const result = funnelLevel(letters('a x a b c'), abc('ordered'));
    expect(result).toEqual({
      level: 3,
      startedAt: 120_000,
      reachedAt: [120_000, 180_000, 240_000],
    });
  });

  it('restarts from a later step 1 when the first chain runs out of window', () => {
    const trace: Trace = { items: [0, 0, 1, 2], times: [0, 10 * DAY, 10 * DAY + 1, 10 * DAY + 2] };
    expect(funnelLevel(trace, abc('ordered')).level).toBe(3);
    expect(funnelLevel({ items: [0, 1, 2], times: [0, 1, 2 * DAY] }, abc('ordered')).level).toBe(2);
  });

  it('never lets one event fill two steps', () => {
    const both: FunnelDefinition = { ...abc('ordered'), stepsOf: () => [0, 1] };
    expect(funnelLevel({ items: [7], times: [0] }, both).level).toBe(1);
    expect(funnelLevel({ items: [7, 7], times: [0, 1] }, both).level).toBe(2);
  });

  it('ignores unmapped events in ordered mode and stops on them in strict mode', () => {
    const trace: Trace = { items: [0, -1, 1, 2], times: [0, 1, 2, 3] };
    expect(funnelLevel(trace, abc('ordered')).level).toBe(3);
    expect(funnelLevel(trace, abc('strict')).level).toBe(1);
  });

  it('stops a chain at an excluded event between its steps', () => {
    const excluding: FunnelDefinition = { ...abc('ordered'), excluded: (item) => item === 25 };
    expect(funnelLevel(letters('a b z c'), excluding).level).toBe(2);
    expect(funnelLevel(letters('z a b c'), excluding).level).toBe(3);
  });

  it('matches steps in any order inside a window opened by step 1', () => {
    expect(funnelLevel(letters('a c b'), abc('any')).level).toBe(3);
    expect(funnelLevel(letters('a c b'), abc('ordered')).level).toBe(2);
    expect(funnelLevel(letters('c b a'), abc('any')).level).toBe(1);
    expect(funnelLevel(letters('a c c'), abc('any')).level).toBe(2);
    expect(funnelLevel(letters('a b c', DAY), abc('any', DAY)).level).toBe(2);
  });

  it('finds the largest set of distinct steps when events match several (any order)', () => {
    // x matches steps 1 or 2, y only step 1: x must take step 2 for three steps.
    const overlapping: FunnelDefinition = {
      stepCount: 3,
      stepsOf: (item) => (item === 0 ? [0] : item === 23 ? [1, 2] : item === 24 ? [1] : []),
      windowMs: DAY,
      mode: 'any',
    };
    expect(funnelLevel(letters('a x y'), overlapping).level).toBe(3);
  });

  it('gives level 0 to a customer who never reached step 1', () => {
    expect(funnelLevel(letters('b c d'), abc('ordered'))).toEqual({
      level: 0,
      startedAt: null,
      reachedAt: [],
    });
  });
});
