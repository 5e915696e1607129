import { describe, expect, it } from 'vitest';
import type { Objective } from '../model/schema.ts';
import { deriveHorizonWeights, normaliseHorizons, weightedOver } from './horizons.ts';

const objective = (id: string, weight: number): Objective => ({
  id,
  name: id,
  description: '',
  weight,
});
const objectives = [objective('repeat', 30), objective('cart', 25), objective('nps', 20)];
const base = {
  horizonMode: 'objectives' as const,
  manualWeights: { short: 1, medium: 1, long: 2 },
};

describe('horizon weights', () => {
  it('are the share of objective weight pointing to each horizon', () => {
    const derived = deriveHorizonWeights(objectives, {
      ...base,
      objectiveHorizons: [
        { objectiveId: 'repeat', horizon: 'medium' },
        { objectiveId: 'cart', horizon: 'short' },
        { objectiveId: 'nps', horizon: 'long' },
      ],
    });
    expect(derived.source).toBe('objectives');
    expect(derived.weights.short).toBeCloseTo(25 / 75);
    expect(derived.weights.medium).toBeCloseTo(30 / 75);
    expect(derived.weights.long).toBeCloseTo(20 / 75);
    expect(derived.objectives.map((o) => o.share)).toEqual([0.4, 25 / 75, 20 / 75]);
  });

  it('count an objective without a horizon as balanced', () => {
    const derived = deriveHorizonWeights([objective('a', 1), objective('b', 1)], {
      ...base,
      objectiveHorizons: [{ objectiveId: 'a', horizon: 'short' }],
    });
    expect(derived.weights.short).toBeCloseTo(0.5 + 0.5 / 3);
    expect(derived.weights.medium).toBeCloseTo(0.5 / 3);
    const sum = derived.weights.short + derived.weights.medium + derived.weights.long;
    expect(sum).toBeCloseTo(1);
  });

  it('fall back to the manual weights, then to thirds', () => {
    expect(deriveHorizonWeights([], { ...base, objectiveHorizons: [] })).toMatchObject({
      source: 'manual',
      weights: { short: 0.25, medium: 0.25, long: 0.5 },
    });
    const zero = {
      ...base,
      horizonMode: 'manual' as const,
      manualWeights: { short: 0, medium: 0, long: 0 },
    };
    expect(deriveHorizonWeights(objectives, { ...zero, objectiveHorizons: [] }).source).toBe(
      'equal',
    );
    expect(normaliseHorizons({ short: 0, medium: 0, long: 0 })).toBeUndefined();
  });

  it('weigh a return over the horizons', () => {
    expect(
      weightedOver({ short: 0.5, medium: 0.3, long: 0.2 }, { short: 1.8, medium: 0.4, long: 0.1 }),
    ).toBeCloseTo(1.04);
  });
});
