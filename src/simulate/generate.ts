/**
 * The journey simulator: customers drawn from the simulation plan of a workspace model,
 * each with their ground truth (persona, path, outcome) and the Segment payloads their
 * journey would have sent. Deterministic: the same model and options give the same output,
 * message ids included, so that sending a simulation twice stores it once.
 */
import type { WorkspaceModel } from '../model/schema.ts';
import { eventsOf } from './events.ts';
import { identityOf } from './people.ts';
import { buildPlan, type MoveKind, type SimulationPlan } from './plan.ts';
import { createRandom, deriveSeed, uniform, uuidOf } from './random.ts';
import type { SegmentPayload } from './segment.ts';
import { type CompiledPlan, compilePlan, drawPersona, type Outcome, walk } from './walk.ts';

export interface SimulationOptions {
  readonly seed: number;
  readonly customers: number;
  /** First possible event time. */
  readonly start: Date;
  /** Last possible event time; journeys still going on then are cut (censored). */
  readonly end: Date;
  /** The ground truth to draw from; by default `buildPlan(model)`. */
  readonly plan?: SimulationPlan;
}

export interface PathStep {
  readonly touchpointId: string;
  readonly at: Date;
  /** How the customer got here: entry, or the kind of move from the previous step. */
  readonly via: MoveKind | 'entry';
}

export interface SimulatedCustomer {
  readonly customerId: string;
  readonly personaId: string;
  readonly anonymousId: string;
  /** Null when the customer never made themselves known. */
  readonly userId: string | null;
  readonly path: readonly PathStep[];
  /** How the journey stopped: abandoned, completed, cut by the end date, or too long. */
  readonly outcome: Outcome;
  readonly events: readonly SegmentPayload[];
}

/** Room after the last visit for its extras (identify, order, survey), inside `end`. */
const EXTRAS_MS = 5_000;

function checkOptions(options: SimulationOptions): void {
  if (!Number.isInteger(options.customers) || options.customers < 0)
    throw new RangeError('customers must be a non-negative integer');
  if (!Number.isSafeInteger(options.seed)) throw new RangeError('seed must be an integer');
  if (!(options.end.getTime() - options.start.getTime() > EXTRAS_MS))
    throw new RangeError('end must come after start');
}

function simulateOne(
  compiled: CompiledPlan,
  options: SimulationOptions,
  index: number,
): SimulatedCustomer {
  const random = createRandom(deriveSeed(options.seed, index));
  const personaIndex = drawPersona(compiled, random);
  const persona = compiled.plan.personas[personaIndex];
  if (persona === undefined) throw new Error('The plan has no persona to simulate');
  const anonymousId = uuidOf(random);
  const customerId = `sim-${options.seed}-${index}`;
  const identity = identityOf(random, index);
  const horizonMs = options.end.getTime() - EXTRAS_MS;
  const startMs = Math.floor(uniform(random, options.start.getTime(), horizonMs));
  const { steps, outcome } = walk(compiled, personaIndex, random, startMs, horizonMs);
  const userId = `user-${options.seed}-${index}`;
  const frame = { idPrefix: customerId, anonymousId, userId, identity, persona };
  const { events, known } = eventsOf(compiled, steps, frame, random);
  const path = steps.map((step) => ({
    touchpointId: compiled.touchpoints[step.touchpoint]?.plan.touchpointId ?? '',
    at: new Date(step.atMs),
    via: step.via,
  }));
  return {
    customerId,
    personaId: persona.personaId,
    anonymousId,
    userId: known ? userId : null,
    path,
    outcome,
    events,
  };
}

/**
 * Simulated customers of `model`, one by one. Each customer has their own random stream
 * (from the seed and their number), so customer n is the same whatever the count.
 */
export function* simulate(
  model: WorkspaceModel,
  options: SimulationOptions,
): Generator<SimulatedCustomer> {
  checkOptions(options);
  const plan = options.plan ?? buildPlan(model);
  if (plan.personas.length === 0 || options.customers === 0) return;
  const compiled = compilePlan(plan);
  for (let index = 0; index < options.customers; index++) {
    yield simulateOne(compiled, options, index);
  }
}

/** The payloads of `simulate`, in batches of `batchSize` (the last one may be smaller). */
export function* simulateBatches(
  model: WorkspaceModel,
  options: SimulationOptions & { readonly batchSize: number },
): Generator<SegmentPayload[]> {
  if (!Number.isInteger(options.batchSize) || options.batchSize < 1)
    throw new RangeError('batchSize must be a positive integer');
  let batch: SegmentPayload[] = [];
  for (const customer of simulate(model, options)) {
    for (const event of customer.events) {
      batch.push(event);
      if (batch.length === options.batchSize) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length > 0) yield batch;
}
