import { describe, expect, it } from 'vitest';
import { journeyOffer, personaJourneys, pickPersonaId } from './journeys.ts';
import { journey, modelWith, persona } from './test-model.ts';

describe('personaJourneys', () => {
  it('finds the current journey and the target derived from it', () => {
    const model = modelWith({
      journeys: [
        journey({ id: 'other', personaId: 'p2', state: 'current' }),
        journey({ id: 't-loose', personaId: 'p1', state: 'target' }),
        journey({ id: 'c', personaId: 'p1', state: 'current' }),
        journey({ id: 't', personaId: 'p1', state: 'target', derivedFromId: 'c' }),
      ],
    });
    const found = personaJourneys(model, 'p1');
    expect(found.current?.id).toBe('c');
    expect(found.target?.id).toBe('t');
  });

  it('falls back to any target, and to nothing', () => {
    const model = modelWith({
      journeys: [journey({ id: 't', personaId: 'p1', state: 'target' })],
    });
    expect(personaJourneys(model, 'p1')).toEqual({ current: undefined, target: model.journeys[0] });
    expect(personaJourneys(model, 'p2')).toEqual({ current: undefined, target: undefined });
  });
});

describe('journeyOffer', () => {
  const current = journey({ id: 'c', personaId: 'p1', state: 'current' });
  const target = journey({ id: 't', personaId: 'p1', state: 'target' });

  it('offers to create a journey when the persona has none', () => {
    expect(journeyOffer({ current: undefined, target: undefined })).toEqual({ kind: 'create' });
  });

  it('offers to derive the target from the current journey', () => {
    expect(journeyOffer({ current, target: undefined })).toEqual({ kind: 'derive', fromId: 'c' });
  });

  it('offers nothing once both exist', () => {
    expect(journeyOffer({ current, target })).toEqual({ kind: 'none' });
  });
});

describe('pickPersonaId', () => {
  const personas = [persona('p1'), persona('p2')];

  it('keeps the remembered persona while it exists', () => {
    expect(pickPersonaId(personas, 'p2')).toBe('p2');
    expect(pickPersonaId(personas, 'gone')).toBe('p1');
    expect(pickPersonaId([], null)).toBeUndefined();
  });
});
