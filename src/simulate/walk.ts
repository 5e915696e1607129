/**
 * Walking one customer through the plan: the Markov chain of `plan.ts`, compiled once into
 * flat arrays so that a year of history for tens of thousands of customers takes seconds.
 */
import type { MoveKind, SimulationPlan, TouchpointPlan } from './plan.ts';
import { cumulativeIndex, lognormal, type Random } from './random.ts';

const MINUTE_MS = 60_000;
/** Visits are at least this far apart, so that the extras of a visit (identify, order, survey,
 * a few seconds after it) come before the next one. */
export const MIN_DWELL_MS = 5_000;

export type Outcome = 'abandoned' | 'completed' | 'censored' | 'truncated';

interface CompiledTouchpoint {
  readonly plan: TouchpointPlan;
  /** Cumulative move probabilities; above the last one, the customer exits. */
  readonly cumulative: Float64Array;
  readonly targets: Int32Array;
  readonly kinds: readonly MoveKind[];
  readonly medianMs: Float64Array;
  readonly sigmas: Float64Array;
  readonly abandonmentAfter: readonly (number | null)[];
}

export interface CompiledPersona {
  readonly personaId: string;
  readonly entryCumulative: Float64Array;
  readonly entryTargets: Int32Array;
}

export interface CompiledPlan {
  readonly plan: SimulationPlan;
  readonly touchpoints: readonly CompiledTouchpoint[];
  readonly personaCumulative: Float64Array;
  readonly personas: readonly CompiledPersona[];
}

/** One step of a walk: the touchpoint (index into the compiled plan), when, and by which move. */
export interface Step {
  readonly touchpoint: number;
  readonly atMs: number;
  readonly via: MoveKind | 'entry';
}

const cumulativeOf = (probabilities: readonly number[]): Float64Array => {
  const cumulative = new Float64Array(probabilities.length);
  let sum = 0;
  probabilities.forEach((probability, index) => {
    sum += probability;
    cumulative[index] = sum;
  });
  return cumulative;
};

export function compilePlan(plan: SimulationPlan): CompiledPlan {
  const plans = Object.values(plan.touchpoints);
  const indexOf = new Map(plans.map((touchpoint, index) => [touchpoint.touchpointId, index]));
  const indexesOf = (ids: readonly string[]) =>
    Int32Array.from(ids, (id) => {
      const index = indexOf.get(id);
      if (index === undefined) throw new Error(`The plan refers to an unknown touchpoint: ${id}`);
      return index;
    });
  const touchpoints = plans.map((touchpoint) => ({
    plan: touchpoint,
    cumulative: cumulativeOf(touchpoint.moves.map((move) => move.probability)),
    targets: indexesOf(touchpoint.moves.map((move) => move.toId)),
    kinds: touchpoint.moves.map((move) => move.kind),
    medianMs: Float64Array.from(touchpoint.moves, (move) => move.dwell.medianMinutes * MINUTE_MS),
    sigmas: Float64Array.from(touchpoint.moves, (move) => move.dwell.sigma),
    abandonmentAfter: touchpoint.moves.map((move) => move.abandonmentAfter),
  }));
  const personas = plan.personas.map((persona) => ({
    personaId: persona.personaId,
    entryCumulative: cumulativeOf(persona.entries.map((entry) => entry.probability)),
    entryTargets: indexesOf(persona.entries.map((entry) => entry.touchpointId)),
  }));
  const personaCumulative = cumulativeOf(plan.personas.map((persona) => persona.share));
  return { plan, touchpoints, personaCumulative, personas };
}

/** Index of the draw `u` in cumulative probabilities that should sum to 1 (rounding-safe). */
const drawIndex = (cumulative: Float64Array, u: number) =>
  Math.min(cumulativeIndex(cumulative, u), cumulative.length - 1);

export const drawPersona = (compiled: CompiledPlan, random: Random): number =>
  drawIndex(compiled.personaCumulative, random());

/**
 * The next move out of `touchpoint`, or -1 to exit. After a move with an `abandonmentAfter`,
 * the exit is raised to it and the moves are scaled down (`movesAfter` in `plan.ts`).
 */
function nextMove(touchpoint: CompiledTouchpoint, abandonmentAfter: number | null, u: number) {
  const { cumulative } = touchpoint;
  let scaled = u;
  if (abandonmentAfter !== null && abandonmentAfter > touchpoint.plan.exit) {
    scaled = (u * (1 - touchpoint.plan.exit)) / (1 - abandonmentAfter);
  }
  const index = cumulativeIndex(cumulative, scaled);
  return index < cumulative.length ? index : -1;
}

/**
 * Walks one customer of persona `personaIndex` from `startMs`; stops at exit, at the
 * plan's visit limit, or when the next visit would come after `horizonMs`.
 */
export function walk(
  compiled: CompiledPlan,
  personaIndex: number,
  random: Random,
  startMs: number,
  horizonMs: number,
): { steps: Step[]; outcome: Outcome } {
  const persona = compiled.personas[personaIndex];
  if (persona === undefined) throw new RangeError(`No persona #${personaIndex} in the plan`);
  let current = persona.entryTargets[drawIndex(persona.entryCumulative, random())] ?? 0;
  const steps: Step[] = [{ touchpoint: current, atMs: startMs, via: 'entry' }];
  let atMs = startMs;
  let arrivedAfter: number | null = null;
  while (steps.length < compiled.plan.maxVisits) {
    const touchpoint = compiled.touchpoints[current];
    if (touchpoint === undefined) break;
    const move = nextMove(touchpoint, arrivedAfter, random());
    if (move < 0) {
      return {
        steps,
        outcome: touchpoint.plan.exitKind === 'completion' ? 'completed' : 'abandoned',
      };
    }
    const dwell = lognormal(random, touchpoint.medianMs[move] ?? 0, touchpoint.sigmas[move] ?? 0);
    atMs += Math.max(MIN_DWELL_MS, Math.round(dwell));
    if (atMs > horizonMs) return { steps, outcome: 'censored' };
    current = touchpoint.targets[move] ?? 0;
    arrivedAfter = touchpoint.abandonmentAfter[move] ?? null;
    steps.push({ touchpoint: current, atMs, via: touchpoint.kinds[move] ?? 'expected' });
  }
  return { steps, outcome: 'truncated' };
}
