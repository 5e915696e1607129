import { describe, expect, it } from 'vitest';
import { mapLabels } from './map-labels.ts';

const counts = { touchpoints: 1, irritants: 0, missing: 2, momentsOfTruth: 1, ruptures: 0 };

describe('map labels', () => {
  it('names the legend in French with the seed vocabulary', () => {
    const fr = mapLabels('fr');
    expect(fr.performance).toEqual({
      enchantment: 'Enchantement',
      neutral: 'Neutre',
      irritant: 'Irritant',
      missing: 'Non existant',
    });
    expect(fr.momentOfTruth).toBe('Moment de vérité');
    expect(fr.rupture).toBe('Point de rupture');
    expect(fr.emotionCurve).toBe("Courbe d'émotion");
    expect(fr.state).toEqual({ current: 'actuel', target: 'cible' });
    expect(fr.possibleTransition).toBe('Transition possible');
    expect(fr.impossibleTransition).toBe('Transition impossible');
    expect(fr.summary(counts)).toBe(
      '1 point de contact · 0 irritant · 2 manques · 1 moment de vérité · 0 point de rupture',
    );
  });

  it('names the legend in English', () => {
    const en = mapLabels('en');
    expect(en.performance.missing).toBe('Missing');
    expect(en.momentOfTruth).toBe('Moment of truth');
    expect(en.state).toEqual({ current: 'current', target: 'target' });
    expect(en.impossibleTransition).toBe('Impossible transition');
    expect(en.page(1, 3)).toBe('Page 1 of 3');
    expect(en.summary(counts)).toBe(
      '1 touchpoint · 0 irritants · 2 missing · 1 moment of truth · 0 rupture points',
    );
  });

  it('has no empty text in either language', () => {
    for (const lang of ['fr', 'en'] as const) {
      const texts = Object.values(mapLabels(lang)).flatMap((value): unknown[] =>
        typeof value === 'string' ? [value] : typeof value === 'object' ? Object.values(value) : [],
      );
      for (const text of texts) expect(String(text).trim()).not.toBe('');
    }
  });
});
