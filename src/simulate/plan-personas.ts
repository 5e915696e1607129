/**
 * The persona side of the simulation plan: which personas are simulated, their normalised
 * shares, their average basket, and the touchpoint plans of their current journeys.
 */
import type { Journey, Persona, WorkspaceModel } from '../model/schema.ts';
import { purchaseStageIndexOf, surveyStageIndexesOf } from './names.ts';
import type { PersonaPlan, PlanParameters, TouchpointPlan } from './plan.ts';
import { type JourneyContext, planJourney } from './plan-journey.ts';

interface Draft {
  readonly persona: Persona;
  readonly journey: Journey;
  readonly entries: PersonaPlan['entries'];
}

export function planPersonas(
  model: WorkspaceModel,
  parameters: PlanParameters,
): {
  personas: PersonaPlan[];
  touchpoints: Record<string, TouchpointPlan>;
  purchaseStageIndex: number;
} {
  const purchaseStageIndex = purchaseStageIndexOf(model.stages);
  const context: JourneyContext = {
    stages: model.stages,
    channels: model.channels,
    purchaseStageIndex,
    surveyStageIndexes: new Set(surveyStageIndexesOf(model.stages, purchaseStageIndex)),
    parameters,
  };
  const touchpoints: Record<string, TouchpointPlan> = {};
  const drafts: Draft[] = [];
  for (const persona of model.personas) {
    const journey = model.journeys.find(
      (candidate) => candidate.personaId === persona.id && candidate.state === 'current',
    );
    if (journey === undefined) continue;
    const planned = planJourney(journey, context);
    if (planned.entries.length === 0) continue;
    for (const touchpoint of planned.touchpoints) touchpoints[touchpoint.touchpointId] = touchpoint;
    drafts.push({ persona, journey, entries: planned.entries });
  }
  const shares = normalisedShares(drafts, parameters);
  const personas = drafts.map((draft, index) => ({
    personaId: draft.persona.id,
    name: draft.persona.name,
    journeyId: draft.journey.id,
    share: shares[index] ?? 0,
    entries: draft.entries,
    basket: basketOf(draft.persona, parameters),
  }));
  return { personas, touchpoints, purchaseStageIndex };
}

/** Shares that sum to 1: imposed, else given, else the mean of the given ones, else equal. */
function normalisedShares(drafts: readonly Draft[], parameters: PlanParameters): number[] {
  const given = drafts.map(
    ({ persona }) => parameters.personaShares[persona.id] ?? persona.share ?? null,
  );
  const known = given.filter((share): share is number => share !== null);
  const fallback =
    known.length > 0 ? known.reduce((sum, share) => sum + share, 0) / known.length : 1;
  const raw = given.map((share) => Math.max(0, share ?? fallback));
  const total = raw.reduce((sum, share) => sum + share, 0);
  return total > 0 ? raw.map((share) => share / total) : raw.map(() => 1 / raw.length);
}

const AMOUNT =
  /[€$£]\s?(\d+(?:[.,]\d+)?)|(\d+(?:[.,]\d+)?)\s?(?:€|\$|£|EUR\b|USD\b|GBP\b|euros?\b)/i;

/** The first money amount written in a text ("€95 average basket", "panier de 95 €"), in cents. */
export function firstAmountCents(text: string): number | null {
  const match = AMOUNT.exec(text);
  const digits = match?.[1] ?? match?.[2];
  if (digits === undefined) return null;
  const amount = Number(digits.replace(',', '.'));
  return amount > 0 ? Math.round(amount * 100) : null;
}

/** Lognormal basket whose mean is the persona's average basket: median = mean / e^(σ²/2). */
function basketOf(persona: Persona, parameters: PlanParameters): PersonaPlan['basket'] {
  const meanCents = firstAmountCents(persona.description) ?? parameters.defaultBasketCents;
  const sigma = parameters.basketSigma;
  return { medianCents: Math.round(meanCents / Math.exp((sigma * sigma) / 2)), sigma };
}
