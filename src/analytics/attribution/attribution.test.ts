import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { heuristicAttribution, shapleyAttribution } from './heuristics.ts';
import { type Credits, channelsOf, type Journey, parsePathData } from './journeys.ts';
import { buildChain, markovAttribution, statesOf } from './markov.ts';
import { absorptionProbability } from './markov-solve.ts';

const journey = (path: string, conversions = 1, nulls = 0, value = conversions): Journey => ({
  touches: path.split('>'),
  conversions,
  value,
  nulls,
});

const conversionsOf = (credits: Credits) =>
  Object.fromEntries([...credits].map(([channel, credit]) => [channel, credit.conversions]));

const expectCredits = (credits: Credits, expected: Record<string, number>) => {
  const actual = conversionsOf(credits);
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
  for (const [channel, value] of Object.entries(expected)) {
    expect(actual[channel], channel).toBeCloseTo(value, 9);
  }
};

describe('heuristic models (REFERENCE §1 examples)', () => {
  const journeys = [journey('A>B>C'), journey('A>C')];

  it('gives first, last, linear and position-based credit as published', () => {
    expectCredits(heuristicAttribution(journeys, 'last-touch'), { A: 0, B: 0, C: 2 });
    expectCredits(heuristicAttribution(journeys, 'first-touch'), { A: 2, B: 0, C: 0 });
    expectCredits(heuristicAttribution(journeys, 'linear'), { A: 5 / 6, B: 1 / 3, C: 5 / 6 });
    expectCredits(heuristicAttribution(journeys, 'position-based'), { A: 0.9, B: 0.2, C: 0.9 });
  });

  it('credits each occurrence in linear (a > a > b: 2/3 and 1/3) and all to a lone touch', () => {
    expectCredits(heuristicAttribution([journey('a>a>b')], 'linear'), { a: 2 / 3, b: 1 / 3 });
    expectCredits(heuristicAttribution([journey('a')], 'position-based'), { a: 1 });
  });

  it('decays credit by half-life (H = 1 h: A 0.25, B 0.5, C 1, normalised)', () => {
    const hour = 3_600_000;
    const timed = { ...journey('A>B>C'), msBeforeConversion: [2 * hour, hour, 0] };
    expectCredits(heuristicAttribution([timed], 'time-decay', { halfLifeMs: hour }), {
      A: 0.25 / 1.75,
      B: 0.5 / 1.75,
      C: 1 / 1.75,
    });
    const day = 86_400_000;
    const weekly = {
      ...journey('a>b>c>d'),
      msBeforeConversion: [0, 7, 14, 28].map((d) => d * day),
    };
    const credits = conversionsOf(heuristicAttribution([weekly], 'time-decay'));
    expect(credits.a).toBeCloseTo(0.551724, 6);
    expect(credits.d).toBeCloseTo(0.034483, 6);
  });

  it('splits Shapley credit equally over a journey’s distinct channels', () => {
    expectCredits(shapleyAttribution([journey('a>a>b'), journey('b>c', 2)]), {
      a: 0.5,
      b: 1.5,
      c: 1,
    });
  });
});

describe('Markov removal effect (REFERENCE §1 examples)', () => {
  it('ChannelAttribution vignette: RE(A) = 1, RE(B) = 0.5 → A 2, B 1', () => {
    const result = markovAttribution([
      journey('A>B>A>B>B>A'),
      journey('A>B>B>A>A'),
      journey('A>A'),
    ]);
    expect(result.removalEffects.get('A')).toBeCloseTo(1, 12);
    expect(result.removalEffects.get('B')).toBeCloseTo(0.5, 12);
    expectCredits(result.credits, { A: 2, B: 1 });
  });

  it('c1>c2>c3 with two non-converting journeys: P(conv) = 1/3, credits 0.2 / 0.4 / 0.4', () => {
    const result = markovAttribution([
      journey('c1>c2>c3'),
      journey('c1', 0, 1),
      journey('c2>c3', 0, 1),
    ]);
    expect(result.conversionProbability).toBeCloseTo(1 / 3, 12);
    expectCredits(result.credits, { c1: 0.2, c2: 0.4, c3: 0.4 });
  });

  it('google ads and mailing: P(conv) 0.8, RE 0.75 and 0.5 → 2.4 and 1.6', () => {
    const result = markovAttribution([
      journey('google ads', 2),
      journey('mailing', 1),
      journey('google ads>mailing', 1),
      journey('google ads', 0, 1),
    ]);
    expect(result.conversionProbability).toBeCloseTo(0.8, 12);
    expect(result.removalEffects.get('google ads')).toBeCloseTo(0.75, 12);
    expect(result.removalEffects.get('mailing')).toBeCloseTo(0.5, 12);
    expectCredits(result.credits, { 'google ads': 2.4, mailing: 1.6 });
  });

  it('builds order-k states from consecutive touches, collapsing repeats', () => {
    expect(statesOf(['a', 'a', 'b'], 1)).toEqual([['a'], ['b']]);
    expect(statesOf(['a', 'b', 'a', 'b'], 2)).toEqual([
      ['a', 'b'],
      ['b', 'a'],
      ['a', 'b'],
    ]);
    expect(statesOf(['a'], 3)).toEqual([['a']]);
  });
});

describe('ChannelAttribution PathData (../shared/data/channelattribution-pathdata)', () => {
  const text = readFileSync(
    new URL('../../../../shared/data/channelattribution-pathdata/Data.csv', import.meta.url),
    'utf8',
  );
  const { journeys, errors } = parsePathData(text);
  const staged: Record<string, [number, number, number]> = {
    alpha: [6308, 8447, 7574.7186],
    iota: [4606, 3355, 3857.0962],
    eta: [3164, 4167, 3539.9512],
    beta: [2831, 989, 2083.5001],
    lambda: [902, 1207, 1035.2576],
    theta: [1606, 653, 1022.8014],
    epsilon: [99, 531, 272.1704],
    kappa: [74, 230, 137.9641],
    zeta: [27, 107, 136.5515],
    gamma: [165, 92, 121.0416],
    mi: [2, 2, 2.2222],
    delta: [1, 5, 1.725],
  };

  it('reads 10,000 rows: 19,785 conversions, 68,602 nulls, 12 channels', () => {
    expect(errors).toEqual([]);
    expect(journeys).toHaveLength(10_000);
    expect(journeys.reduce((sum, j) => sum + j.conversions, 0)).toBe(19_785);
    expect(journeys.reduce((sum, j) => sum + j.nulls, 0)).toBe(68_602);
    expect(channelsOf(journeys)).toHaveLength(12);
  });

  it('matches the staged first, last and linear credits of every channel', () => {
    const first = conversionsOf(heuristicAttribution(journeys, 'first-touch'));
    const last = conversionsOf(heuristicAttribution(journeys, 'last-touch'));
    const linear = conversionsOf(heuristicAttribution(journeys, 'linear'));
    for (const [channel, [f, l, lin]] of Object.entries(staged)) {
      expect(first[channel], channel).toBe(f);
      expect(last[channel], channel).toBe(l);
      expect(linear[channel], channel).toBeCloseTo(lin, 3);
    }
  });

  it('gives Markov credits (orders 1 to 3) that sum to the totals', () => {
    for (const order of [1, 2, 3]) {
      const { credits } = markovAttribution(journeys, order);
      const total = [...credits.values()].reduce((sum, c) => sum + c.conversions, 0);
      const value = [...credits.values()].reduce((sum, c) => sum + c.value, 0);
      expect(total, `order ${order}`).toBeCloseTo(19_785, 6);
      expect(value, `order ${order}`).toBeCloseTo(74_802.971587, 4);
    }
  });

  it('solves the chain the same way densely and by sweeps (order 2)', () => {
    const chain = buildChain(journeys, 2);
    const removed = new Set(
      chain.keys.flatMap((state, id) => (state.includes('alpha') ? [id] : [])),
    );
    for (const without of [new Set<number>(), removed]) {
      const dense = absorptionProbability(chain, without, 'dense');
      const sweeps = absorptionProbability(chain, without, 'iterative');
      expect(sweeps).toBeCloseTo(dense, 12);
      expect(dense).toBeGreaterThan(0);
    }
  });

  it('names bad lines of a path file and keeps the good ones', () => {
    const parsed = parsePathData(
      'path;total_conversions;total_conversion_value;total_null\na > b;1;2;3\n;1;1;1\nc;x;1;1\nd;1;1\n',
    );
    expect(parsed.journeys).toHaveLength(1);
    expect(parsed.errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(parsed.errors[1]?.message).toContain('total_conversions');
  });
});
