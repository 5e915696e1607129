/**
 * Horizon weights (short, medium, long; Σ = 1) derived from the strategic objectives.
 *
 * Each objective is given a horizon by the user (short, medium, long, or balanced = a third
 * each); the weight of a horizon is the share of the objectives' total weight that points to
 * it: w_h = Σ_o weight_o · mix_o,h / Σ_o weight_o. Objectives without a horizon count as
 * balanced. With no weighted objective at all, or in manual mode, the manual weights are used
 * (normalised to Σ = 1); all-zero manual weights fall back to a third each.
 */
import type { Objective } from '../model/schema.ts';
import type { BudgetSettings, HorizonNumbers, ObjectiveHorizon } from './schema.ts';

export const HORIZONS = ['short', 'medium', 'long'] as const;
export type Horizon = (typeof HORIZONS)[number];

export interface ObjectiveShare {
  readonly objectiveId: string;
  readonly name: string;
  readonly horizon: ObjectiveHorizon;
  /** The objective's share of all objectives' weight, 0–1. */
  readonly share: number;
}

export interface HorizonWeights {
  readonly weights: HorizonNumbers;
  /** Where they come from: the objectives, the manual values, or equal thirds. */
  readonly source: 'objectives' | 'manual' | 'equal';
  readonly objectives: ObjectiveShare[];
}

const EQUAL: HorizonNumbers = { short: 1 / 3, medium: 1 / 3, long: 1 / 3 };

const mixOf = (horizon: ObjectiveHorizon): HorizonNumbers =>
  horizon === 'balanced'
    ? EQUAL
    : {
        short: horizon === 'short' ? 1 : 0,
        medium: horizon === 'medium' ? 1 : 0,
        long: horizon === 'long' ? 1 : 0,
      };

/** Scales the three values to sum to 1; undefined when they sum to 0. */
export function normaliseHorizons(values: HorizonNumbers): HorizonNumbers | undefined {
  const total = values.short + values.medium + values.long;
  if (!(total > 0)) return undefined;
  return { short: values.short / total, medium: values.medium / total, long: values.long / total };
}

export function deriveHorizonWeights(
  objectives: readonly Objective[],
  settings: Pick<BudgetSettings, 'horizonMode' | 'manualWeights' | 'objectiveHorizons'>,
): HorizonWeights {
  const manual = (): HorizonWeights => {
    const weights = normaliseHorizons(settings.manualWeights);
    return weights
      ? { weights, source: 'manual', objectives: [] }
      : { weights: EQUAL, source: 'equal', objectives: [] };
  };
  if (settings.horizonMode === 'manual') return manual();
  const totalWeight = objectives.reduce((sum, o) => sum + o.weight, 0);
  if (!(totalWeight > 0)) return manual();
  const chosen = new Map(settings.objectiveHorizons.map((o) => [o.objectiveId, o.horizon]));
  const shares = objectives.map((o) => ({
    objectiveId: o.id,
    name: o.name,
    horizon: chosen.get(o.id) ?? ('balanced' as const),
    share: o.weight / totalWeight,
  }));
  const weights: Record<Horizon, number> = { short: 0, medium: 0, long: 0 };
  for (const share of shares) {
    const mix = mixOf(share.horizon);
    for (const h of HORIZONS) weights[h] += share.share * mix[h];
  }
  return { weights, source: 'objectives', objectives: shares };
}

/** Σ_h w_h · values_h: a return weighted over the three horizons. */
export const weightedOver = (weights: HorizonNumbers, values: HorizonNumbers): number =>
  weights.short * values.short + weights.medium * values.medium + weights.long * values.long;
