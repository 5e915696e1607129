import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS } from '../../prioritise/defaults.ts';
import { COST_TYPE, formulaTerms, sameWeights } from './weights.ts';

describe('weights formula', () => {
  it('gives each criterion its share of the total', () => {
    const terms = formulaTerms(DEFAULT_WEIGHTS.touchpoint);
    expect(terms.map((t) => [t.key, t.share])).toEqual([
      ['importance', 0.25],
      ['performance', 0.2],
      ['impact', 0.25],
      ['cost', 0.1],
      ['investment', 0.1],
      ['time', 0.1],
    ]);
    expect(formulaTerms({ a: 0, b: 0 }).map((t) => t.share)).toEqual([0, 0]);
  });

  it('knows the cost-type criteria and compares drafts', () => {
    expect(['performance', 'cost', 'effort'].every((k) => COST_TYPE.has(k))).toBe(true);
    expect(COST_TYPE.has('importance')).toBe(false);
    expect(sameWeights(DEFAULT_WEIGHTS, { ...DEFAULT_WEIGHTS })).toBe(true);
    expect(sameWeights(DEFAULT_WEIGHTS, { ...DEFAULT_WEIGHTS, method: 'rice' })).toBe(false);
  });
});
