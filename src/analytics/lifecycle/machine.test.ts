import { describe, expect, it } from 'vitest';
import type { LifecyclePhase } from '../../model/schema.ts';
import { defaultLifecycleConfig } from './defaults.ts';
import { phaseHistory } from './machine.ts';
import type { LifecycleEvent } from './rules.ts';

const DAY = 86_400_000;
const phase = (id: string, name: string): LifecyclePhase => ({ id, name, description: '' });
const PHASES = [
  phase('sus', 'Suspect'),
  phase('pro', 'Prospect'),
  phase('new', 'New customer'),
  phase('loy', 'Loyal customer'),
  phase('amb', 'Ambassador'),
  phase('lap', 'Lapsed customer'),
];
const config = defaultLifecycleConfig(PHASES);

const event = (
  day: number,
  name: string | null,
  extra: Partial<LifecycleEvent> = {},
): LifecycleEvent => ({
  at: day * DAY,
  name,
  identified: false,
  stage: 0,
  properties: {},
  ...extra,
});

const names = (history: { at: number; phaseId: string | null }[]) =>
  history.map((change) => [change.at / DAY, change.phaseId]);

describe('lifecycle state machine (default rules)', () => {
  it('walks a customer from suspect to loyal, then lapsed a year after the last order', () => {
    const events = [
      event(0, 'Home Viewed'),
      event(1, 'Product Viewed', { stage: 1 }),
      event(2, 'Order Completed', { identified: true, stage: 4 }),
      event(30, 'Order Completed', { identified: true, stage: 4 }),
    ];
    expect(names(phaseHistory(config, events, 600 * DAY))).toEqual([
      [0, 'sus'],
      [1, 'pro'],
      [2, 'new'],
      [30, 'loy'],
      // 365 days after the first order only one order is within the year: back to new customer…
      [367, 'new'],
      // …and a year after the last order, lapsed.
      [395, 'lap'],
    ]);
  });

  it('makes a promoter customer an ambassador for a year', () => {
    const events = [
      event(0, 'Order Completed', { identified: true }),
      event(10, 'Survey Answered', { identified: true, properties: { survey: 'nps', score: 9 } }),
    ];
    expect(names(phaseHistory(config, events, 400 * DAY))).toEqual([
      [0, 'new'],
      [10, 'amb'],
      // The promoter answer counts for a year (ambassador comes first), then lapsed.
      [375, 'lap'],
    ]);
  });

  it('does not count a passive or detractor score, and stops at now', () => {
    const events = [
      event(0, 'Order Completed', { identified: true }),
      event(10, 'Survey Answered', { properties: { score: 8 } }),
      event(900, 'Order Completed'),
    ];
    expect(names(phaseHistory(config, events, 100 * DAY))).toEqual([[0, 'new']]);
  });

  it('recognises French phase names and leaves unknown phases without rules', () => {
    const french = defaultLifecycleConfig([
      phase('a', 'Suspect'),
      phase('b', 'Client fidèle'),
      phase('c', 'Client inactif'),
      phase('d', 'Phase maison'),
    ]);
    expect([...new Set(french.rules.map((rule) => rule.phaseId))]).toEqual(['c', 'b', 'a']);
  });
});
