import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGETING, type Survey } from './survey-schema.ts';
import { askRefusal, periodStart, samplingPoint } from './targeting.ts';
import { standardQuestion } from './wording.ts';

const survey = (changes: Partial<Survey> = {}): Survey => ({
  id: 'sv1',
  version: 1,
  name: 'NPS',
  kind: 'nps',
  target: { type: 'stage', stageId: 'st' },
  question: standardQuestion('nps', 'Acme'),
  followUp: null,
  customQuestions: [],
  targeting: DEFAULT_TARGETING,
  triggerEvent: null,
  activeFrom: null,
  activeUntil: null,
  active: true,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  ...changes,
});

const at = new Date('2026-03-11T15:00:00Z'); // a Wednesday
const facts = {
  at,
  person: 'camille',
  persona: 'Camille',
  targetedPersonas: [],
  lastAskedAt: null,
  asksThisPeriod: 0,
};

describe('targeting', () => {
  it('asks an eligible person', () => {
    expect(askRefusal(survey(), facts)).toBeNull();
  });

  it('refuses outside the active dates or when paused', () => {
    expect(askRefusal(survey({ active: false }), facts)).toBe('inactive');
    expect(askRefusal(survey({ activeFrom: '2026-04-01T00:00:00Z' }), facts)).toBe('inactive');
    expect(askRefusal(survey({ activeUntil: '2026-03-11T15:00:00Z' }), facts)).toBe('inactive');
  });

  it('keeps to the targeted personas', () => {
    const targeted = { ...facts, targetedPersonas: ['Martine'] };
    expect(askRefusal(survey(), targeted)).toBe('persona');
    expect(askRefusal(survey(), { ...targeted, persona: 'Martine' })).toBeNull();
  });

  it('samples deterministically, about the share asked for', () => {
    expect(samplingPoint('sv1', 'camille')).toBe(samplingPoint('sv1', 'camille'));
    const half = survey({ targeting: { ...DEFAULT_TARGETING, samplingPercent: 50 } });
    const asked = Array.from({ length: 2000 }, (_, i) =>
      askRefusal(half, { ...facts, person: `p${i}` }),
    ).filter((refusal) => refusal === null).length;
    expect(asked).toBeGreaterThan(900);
    expect(asked).toBeLessThan(1100);
  });

  it('applies the cooldown and the cap', () => {
    const asked = { ...facts, lastAskedAt: new Date('2026-02-01T00:00:00Z') };
    expect(askRefusal(survey(), asked)).toBe('cooldown');
    expect(
      askRefusal(survey({ targeting: { ...DEFAULT_TARGETING, cooldownDays: 30 } }), asked),
    ).toBeNull();
    const capped = survey({
      targeting: { ...DEFAULT_TARGETING, maxPerPeriod: { count: 3, period: 'week' } },
    });
    expect(askRefusal(capped, { ...facts, asksThisPeriod: 3 })).toBe('cap');
    expect(askRefusal(capped, { ...facts, asksThisPeriod: 2 })).toBeNull();
  });

  it('starts periods at the UTC day, Monday and first of the month', () => {
    expect(periodStart('day', at).toISOString()).toBe('2026-03-11T00:00:00.000Z');
    expect(periodStart('week', at).toISOString()).toBe('2026-03-09T00:00:00.000Z');
    expect(periodStart('month', at).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(periodStart('week', new Date('2026-03-15T23:00:00Z')).toISOString()).toBe(
      '2026-03-09T00:00:00.000Z',
    );
  });
});
