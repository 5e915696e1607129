import { describe, expect, it } from 'vitest';
import type { WorkspaceModel } from '../model/schema.ts';
import { buildTemplate } from '../model/templates/index.ts';
import {
  type SimulatedCustomer,
  type SimulationOptions,
  simulate,
  simulateBatches,
} from './generate.ts';
import { buildPlan } from './plan.ts';
import type { SegmentPayload } from './segment.ts';
import { tinyModel } from './test-model.ts';

const counter = () => {
  let next = 0;
  return () => `id-${++next}`;
};
const ecommerce = buildTemplate('ecommerce', 'en', counter());
const START = new Date('2025-01-01T00:00:00.000Z');
const END = new Date('2025-12-31T23:59:59.999Z');
const options = (seed: number, customers: number): SimulationOptions => ({
  seed,
  customers,
  start: START,
  end: END,
});
const run = (model: WorkspaceModel, opts: SimulationOptions) => [...simulate(model, opts)];
const isTrack = (event: SegmentPayload, name: string) =>
  event.type === 'track' && event.event === name;

describe('simulate', () => {
  const customers = run(ecommerce, options(7, 3000));
  const events = customers.flatMap((customer) => customer.events);

  it('is deterministic: same model and options, same output; another seed differs', () => {
    const again = run(buildTemplate('ecommerce', 'en', counter()), options(7, 3000));
    expect(again).toEqual(customers);
    const other = run(ecommerce, options(8, 3000));
    expect(other.map((customer) => customer.events)).not.toEqual(customers.map((c) => c.events));
  });

  it('gives customer n the same journey whatever the number of customers', () => {
    expect(run(ecommerce, options(7, 10))).toEqual(customers.slice(0, 10));
  });

  it('emits valid payloads: an identity, a unique message id, a time inside the range', () => {
    expect(events.length).toBeGreaterThan(customers.length);
    expect(new Set(events.map((event) => event.messageId)).size).toBe(events.length);
    for (const event of events) {
      expect(event.anonymousId || event.userId).toBeTruthy();
      const at = Date.parse(event.timestamp);
      expect(new Date(at).toISOString()).toBe(event.timestamp);
      expect(at).toBeGreaterThanOrEqual(START.getTime());
      expect(at).toBeLessThanOrEqual(END.getTime());
      expect(event.context.channel).toMatch(/^[^A-Z]+$/);
    }
  });

  it('keeps each customer in time order, with paths that match their visits', () => {
    for (const customer of customers) {
      const times = customer.events.map((event) => Date.parse(event.timestamp));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      const visited = customer.events
        .filter((event) => event.type !== 'identify' && !isTrack(event, 'Order Completed'))
        .filter((event) => !isTrack(event, 'Survey Answered'))
        .map((event) => (event.type === 'identify' ? '' : event.properties.touchpointId));
      expect(visited).toEqual(customer.path.map((step) => step.touchpointId));
    }
  });

  it('never visits a missing touchpoint', () => {
    const missing = new Set(
      ecommerce.journeys.flatMap((journey) =>
        journey.touchpoints.filter((t) => t.performance === 'missing').map((t) => t.id),
      ),
    );
    expect(missing.size).toBeGreaterThan(0);
    for (const customer of customers) {
      for (const step of customer.path) expect(missing.has(step.touchpointId)).toBe(false);
    }
  });

  it('starts anonymous and carries the user id from the identify call on', () => {
    const known = customers.filter((customer) => customer.userId !== null);
    expect(known.length).toBeGreaterThan(100);
    expect(known.length).toBeLessThan(customers.length);
    for (const customer of customers) {
      const identifies = customer.events.filter((event) => event.type === 'identify');
      expect(identifies.length).toBe(customer.userId === null ? 0 : 1);
      const from = customer.events.findIndex((event) => event.type === 'identify');
      customer.events.forEach((event, index) => {
        expect(event.anonymousId).toBe(customer.anonymousId);
        const shouldKnow = from >= 0 && index >= from;
        expect(event.userId).toBe(shouldKnow ? (customer.userId ?? undefined) : undefined);
      });
    }
    const identify = known[0]?.events.find((event) => event.type === 'identify');
    expect(identify?.type === 'identify' && identify.traits).toMatchObject({
      email: expect.stringMatching(/@example\.com$/),
      firstName: expect.any(String),
      persona: expect.any(String),
    });
  });

  it('switches channels along the way', () => {
    const switching = customers.filter(
      (customer) => new Set(customer.events.map((event) => event.context.channel)).size > 1,
    );
    expect(switching.length).toBeGreaterThan(customers.length / 4);
  });

  it('completes orders with revenue, currency and a unique order id', () => {
    const orders = events.filter((event) => isTrack(event, 'Order Completed'));
    expect(orders.length).toBeGreaterThan(100);
    const ids = new Set<unknown>();
    for (const order of orders) {
      if (order.type !== 'track') continue;
      expect(order.userId).toBeDefined();
      expect(order.properties.revenue).toBeGreaterThan(0);
      expect(order.properties.currency).toBe('EUR');
      ids.add(order.properties.orderId);
    }
    expect(ids.size).toBe(orders.length);
  });

  it('answers surveys with scores on their scale, better after better emotions', () => {
    const plan = buildPlan(ecommerce, { surveyRate: 1 });
    const surveyed = run(ecommerce, { ...options(3, 8000), plan }).flatMap((customer) =>
      customer.events
        .filter((event) => isTrack(event, 'Survey Answered'))
        .filter((event) => event.type === 'track' && event.properties.survey === 'nps')
        .map((event) => ({
          customer,
          score: event.type === 'track' ? Number(event.properties.score) : Number.NaN,
        })),
    );
    expect(surveyed.length).toBeGreaterThan(100);
    const moodOf = (customer: SimulatedCustomer) => {
      const emotions = customer.path.map(
        (step) => plan.touchpoints[step.touchpointId]?.emotion ?? 0,
      );
      return emotions.reduce((sum, e) => sum + e, 0) / emotions.length;
    };
    const sorted = [...surveyed].sort((a, b) => moodOf(a.customer) - moodOf(b.customer));
    const half = Math.floor(sorted.length / 2);
    const mean = (items: typeof sorted) => items.reduce((s, i) => s + i.score, 0) / items.length;
    expect(mean(sorted.slice(half))).toBeGreaterThan(mean(sorted.slice(0, half)));
    for (const { score } of surveyed) expect(score >= 0 && score <= 10).toBe(true);
    const kinds = run(ecommerce, { ...options(3, 2000), plan })
      .flatMap((customer) => customer.events)
      .flatMap((event) =>
        event.type === 'track' && event.event === 'Survey Answered' ? [event.properties] : [],
      );
    const range = { nps: [0, 10], csat: [1, 5], ces: [1, 7] } as const;
    expect(new Set(kinds.map((answer) => answer.survey))).toEqual(new Set(['nps', 'csat', 'ces']));
    for (const answer of kinds) {
      const [low, high] = range[answer.survey as keyof typeof range];
      expect(Number(answer.score)).toBeGreaterThanOrEqual(low);
      expect(Number(answer.score)).toBeLessThanOrEqual(high);
    }
  });

  it('streams the same payloads in batches', () => {
    const batches = [...simulateBatches(ecommerce, { ...options(7, 3000), batchSize: 500 })];
    expect(batches.slice(0, -1).every((batch) => batch.length === 500)).toBe(true);
    expect(batches.flat()).toEqual(events);
  });

  it('simulates the other templates and hand-made models', () => {
    for (const key of ['retail', 'b2b'] as const) {
      const model = buildTemplate(key, 'fr', counter());
      const orders = run(model, options(1, 2000))
        .flatMap((customer) => customer.events)
        .filter((event) => isTrack(event, 'Order Completed'));
      expect(orders.length).toBeGreaterThan(0);
    }
    const tiny = run(tinyModel(), options(1, 500));
    expect(new Set(tiny.map((customer) => customer.personaId))).toEqual(new Set(['a', 'b']));
  });

  it('rejects impossible options and simulates nobody without a journey', () => {
    expect(() => run(ecommerce, { ...options(1, 1), end: START })).toThrow(RangeError);
    expect(() => run(ecommerce, options(1.5, 1))).toThrow(RangeError);
    expect(() => [...simulateBatches(ecommerce, { ...options(1, 1), batchSize: 0 })]).toThrow();
    const empty = buildTemplate('empty', 'en', counter());
    expect(run(empty, options(1, 10))).toEqual([]);
  });
});
