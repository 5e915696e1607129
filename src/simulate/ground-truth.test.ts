/**
 * The simulator recovers its ground truth: with enough customers, what one measures in the
 * generated paths matches the probabilities of the plan, within sampling error.
 */
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../model/templates/index.ts';
import { type SimulatedCustomer, simulate } from './generate.ts';
import { buildPlan, movesAfter, type SimulationPlan } from './plan.ts';

const counter = () => {
  let next = 0;
  return () => `id-${++next}`;
};
const model = buildTemplate('ecommerce', 'en', counter());
const plan = buildPlan(model);
const range = { start: new Date('2025-01-01T00:00:00Z'), end: new Date('2026-01-01T00:00:00Z') };
const CUSTOMERS = 20_000;
const customers = [...simulate(model, { seed: 2025, customers: CUSTOMERS, ...range, plan })];

/** Four standard errors of a binomial proportion `p` measured on `n` trials. */
const tolerance = (p: number, n: number) => 4 * Math.sqrt((p * (1 - p)) / n) + 1e-9;

interface StateCounts {
  readonly touchpointId: string;
  readonly abandonmentAfter: number | null;
  visits: number;
  readonly next: Map<string, number>;
}

/**
 * What follows each visit, by state: the touchpoint and the abandonment a forced arrival
 * imposes. The last visit counts as an exit when the journey ended, and is left out when it
 * was cut by the end date (what would have followed is unknown).
 */
function countTransitions(all: readonly SimulatedCustomer[], truth: SimulationPlan) {
  const states = new Map<string, StateCounts>();
  for (const customer of all) {
    customer.path.forEach((step, index) => {
      const following = customer.path[index + 1];
      const ended = customer.outcome === 'abandoned' || customer.outcome === 'completed';
      if (following === undefined && !ended) return;
      const previous = customer.path[index - 1];
      const arrival = previous
        ? truth.touchpoints[previous.touchpointId]?.moves.find((m) => m.toId === step.touchpointId)
        : undefined;
      const abandonmentAfter = arrival?.abandonmentAfter ?? null;
      const key = `${step.touchpointId}|${abandonmentAfter}`;
      const state = states.get(key) ?? {
        touchpointId: step.touchpointId,
        abandonmentAfter,
        visits: 0,
        next: new Map<string, number>(),
      };
      states.set(key, state);
      state.visits++;
      const next = following?.touchpointId ?? 'exit';
      state.next.set(next, (state.next.get(next) ?? 0) + 1);
    });
  }
  return [...states.values()].sort((a, b) => b.visits - a.visits);
}

describe('ground truth recovered from 20,000 simulated e-commerce customers', () => {
  const states = countTransitions(customers, plan);

  it('matches the planned transition probabilities of the 10 most used touchpoints', () => {
    const top = states.slice(0, 10);
    expect(top.length).toBe(10);
    for (const state of top) {
      const touchpoint = plan.touchpoints[state.touchpointId];
      if (!touchpoint) throw new Error(`unplanned touchpoint ${state.touchpointId}`);
      const expected = movesAfter(touchpoint, state.abandonmentAfter);
      const options = new Map(expected.moves.map((move) => [move.toId, move.probability]));
      options.set('exit', expected.exit);
      for (const next of state.next.keys()) expect(options.has(next)).toBe(true);
      for (const [next, p] of options) {
        const observed = (state.next.get(next) ?? 0) / state.visits;
        const context = `${touchpoint.name} → ${plan.touchpoints[next]?.name ?? next}`;
        expect(Math.abs(observed - p), context).toBeLessThanOrEqual(tolerance(p, state.visits));
      }
    }
  });

  it('sees more abandonment after irritants than after enchantments', () => {
    const rate = (performance: string) => {
      let visits = 0;
      let exits = 0;
      for (const state of states) {
        const touchpoint = plan.touchpoints[state.touchpointId];
        if (!touchpoint || state.abandonmentAfter !== null) continue;
        if (touchpoint.performance !== performance || touchpoint.exitKind !== 'abandonment')
          continue;
        visits += state.visits;
        exits += state.next.get('exit') ?? 0;
      }
      return exits / visits;
    };
    expect(rate('irritant')).toBeGreaterThan(rate('enchantment') + 0.1);
    expect(rate('neutral')).toBeGreaterThan(rate('enchantment'));
  });

  it('draws personas in their planned shares', () => {
    for (const persona of plan.personas) {
      const count = customers.filter((c) => c.personaId === persona.personaId).length;
      expect(Math.abs(count / CUSTOMERS - persona.share)).toBeLessThanOrEqual(
        tolerance(persona.share, CUSTOMERS),
      );
    }
  });

  it('waits the planned median time on the most frequent short move', () => {
    const waits = new Map<string, number[]>();
    for (const customer of customers) {
      customer.path.slice(1).forEach((step, index) => {
        const from = customer.path[index];
        if (!from) return;
        const key = `${from.touchpointId}>${step.touchpointId}`;
        const list = waits.get(key) ?? [];
        waits.set(key, list);
        list.push(step.at.getTime() - from.at.getTime());
      });
    }
    const [key, observed] = [...waits].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
    const [fromId, toId] = key.split('>');
    const move = plan.touchpoints[fromId ?? '']?.moves.find((m) => m.toId === toId);
    const median = [...observed].sort((a, b) => a - b)[Math.floor(observed.length / 2)] ?? 0;
    const plannedMs = (move?.dwell.medianMinutes ?? Number.NaN) * 60_000;
    expect(median / plannedMs).toBeGreaterThan(0.9);
    expect(median / plannedMs).toBeLessThan(1.1);
  });

  it('puts revenue on every purchase', () => {
    const orders = customers
      .flatMap((customer) => customer.events)
      .filter((event) => event.type === 'track' && event.event === 'Order Completed');
    expect(orders.length).toBeGreaterThan(1000);
    for (const order of orders) {
      expect(order.type === 'track' && Number(order.properties.revenue) > 0).toBe(true);
    }
  });

  it('generates 50,000 customers in a few seconds (printed, not asserted)', () => {
    const started = performance.now();
    let events = 0;
    for (const customer of simulate(model, { seed: 1, customers: 50_000, ...range, plan })) {
      events += customer.events.length;
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`simulate: 50,000 customers, ${events} events in ${seconds.toFixed(2)} s`);
    expect(events).toBeGreaterThan(50_000);
  });
});
