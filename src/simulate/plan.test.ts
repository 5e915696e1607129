import { describe, expect, it } from 'vitest';
import type { ModelLanguage } from '../model/defaults.ts';
import { buildTemplate } from '../model/templates/index.ts';
import {
  callTypeOf,
  eventNameOf,
  knowsCustomer,
  purchaseStageIndexOf,
  surveyStageIndexesOf,
} from './names.ts';
import { buildPlan, movesAfter, type SimulationPlan, type TouchpointPlan } from './plan.ts';
import { firstAmountCents } from './plan-personas.ts';
import { tinyModel } from './test-model.ts';

const touchpointOf = (plan: SimulationPlan, id: string): TouchpointPlan => {
  const touchpoint = plan.touchpoints[id];
  if (!touchpoint) throw new Error(`no plan for ${id}`);
  return touchpoint;
};
const movesOf = (plan: SimulationPlan, id: string) =>
  Object.fromEntries(touchpointOf(plan, id).moves.map((move) => [move.toId, move.probability]));

describe('buildPlan on a model worked out by hand', () => {
  const plan = buildPlan(tinyModel());

  it('simulates the personas with a current journey, shares normalised', () => {
    expect(plan.personas.map((persona) => [persona.personaId, persona.share])).toEqual([
      ['a', 0.5],
      ['b', 0.5],
    ]);
    expect(plan.purchaseStageIndex).toBe(2);
  });

  it('enters by the first stage, in proportion to audience', () => {
    expect(plan.personas[0]?.entries).toEqual([
      { touchpointId: 'ad', probability: 0.75 },
      { touchpointId: 'home', probability: 0.25 },
    ]);
  });

  it('leaves missing and target-journey touchpoints out', () => {
    expect(plan.touchpoints.chat).toBeUndefined();
    expect(plan.touchpoints['target-only']).toBeUndefined();
  });

  it('splits an irritant: abandonment, backtracking, forced and missing transitions', () => {
    // a = 0.30 × (1 + 0.2) = 0.36; backtrack 0.06 to home (ad is reached by no transition);
    // the 0.58 left is split by audience: basket 50, chat 100 (missing), storeCall 100 × 0.15.
    const moves = movesOf(plan, 'product');
    expect(moves.basket).toBeCloseTo((0.58 * 50) / 165, 10);
    expect(moves.storeCall).toBeCloseTo((0.58 * 15) / 165, 10);
    expect(moves.home).toBeCloseTo(0.06, 10);
    expect(touchpointOf(plan, 'product').exit).toBeCloseTo(1 - 0.58 * (65 / 165) - 0.06, 10);
    const forced = touchpointOf(plan, 'product').moves.find((move) => move.toId === 'storeCall');
    expect(forced).toMatchObject({ kind: 'forced', abandonmentAfter: 0.5 });
    expect(forced?.dwell).toEqual({ medianMinutes: 24 * 60, sigma: 1 });
  });

  it('lowers abandonment after an enchantment and after purchase', () => {
    expect(touchpointOf(plan, 'home').exit).toBeCloseTo(0.064, 10);
    expect(touchpointOf(plan, 'ad').exit).toBeCloseTo(0.15, 10);
    expect(touchpointOf(plan, 'delivery').exit).toBeCloseTo(0.075, 10);
    expect(movesOf(plan, 'basket')).toEqual({
      confirm: expect.closeTo(0.82, 10),
      product: expect.closeTo(0.015, 10),
      storeCall: expect.closeTo(0.015, 10),
    });
  });

  it('places the order at the last purchase touchpoint, which does not backtrack', () => {
    expect(touchpointOf(plan, 'basket').orderPoint).toBe(false);
    expect(touchpointOf(plan, 'confirm')).toMatchObject({ orderPoint: true, exit: 0.135 });
    expect(movesOf(plan, 'confirm')).toEqual({ delivery: expect.closeTo(0.865, 10) });
  });

  it('ends after purchase with completion, some customers coming back later', () => {
    const survey = touchpointOf(plan, 'survey');
    expect(survey).toMatchObject({ exitKind: 'completion', exit: 0.7, surveyPoint: true });
    expect(survey.moves).toEqual([
      {
        toId: 'newsletter',
        probability: 0.3,
        kind: 'return',
        dwell: { medianMinutes: 30 * 24 * 60, sigma: 0.8 },
        abandonmentAfter: null,
      },
    ]);
    expect(touchpointOf(plan, 'newsletter').moves[0]?.dwell.medianMinutes).toBe(20 * 24 * 60);
    expect(movesOf(plan, 'b-order')).toEqual({ 'b-home': 0.3 });
  });

  it('identifies at purchase and on channels that know the customer', () => {
    const identifying = Object.values(plan.touchpoints)
      .filter((touchpoint) => touchpoint.identifies)
      .map((touchpoint) => touchpoint.touchpointId);
    expect(identifying.sort()).toEqual(
      ['b-order', 'basket', 'confirm', 'delivery', 'newsletter', 'storeCall', 'survey'].sort(),
    );
  });

  it('draws revenue around the average basket written in the persona', () => {
    expect(plan.personas[0]?.basket.medianCents).toBe(Math.round(12_000 / Math.exp(0.125)));
    expect(plan.personas[1]?.basket.medianCents).toBe(Math.round(7_500 / Math.exp(0.125)));
    expect(firstAmountCents('panier moyen de 95 €')).toBe(9500);
    expect(firstAmountCents('€12.50 a month')).toBe(1250);
    expect(firstAmountCents('no amount')).toBeNull();
  });

  it('raises abandonment after a forced move and scales the moves down', () => {
    const product = touchpointOf(plan, 'product');
    const first = product.moves[0];
    if (!first) throw new Error('product has no move');
    const after = movesAfter(
      { ...product, exit: 0.2, moves: [{ ...first, probability: 0.8 }] },
      0.5,
    );
    expect(after.exit).toBe(0.5);
    expect(after.moves[0]?.probability).toBeCloseTo(0.5, 10);
    expect(movesAfter(product, 0.5)).toBe(product);
  });

  it('takes parameters that override the defaults', () => {
    const custom = buildPlan(tinyModel(), {
      touchpointAbandonment: { home: 0.5 },
      personaShares: { b: 0.9 },
      returnRate: 0,
    });
    expect(touchpointOf(custom, 'home').exit).toBe(0.5);
    expect(custom.personas.map((persona) => persona.share)).toEqual([0.25, 0.75]);
    expect(touchpointOf(custom, 'survey').moves).toEqual([]);
  });
});

describe('buildPlan on the templates', () => {
  const languages: readonly ModelLanguage[] = ['en', 'fr'];
  for (const key of ['ecommerce', 'retail', 'b2b'] as const) {
    for (const lang of languages) {
      it(`gives a consistent plan for ${key} (${lang})`, () => {
        let next = 0;
        const model = buildTemplate(key, lang, () => `id-${++next}`);
        const plan = buildPlan(model);
        expect(plan.purchaseStageIndex).toBe(4);
        expect(plan.personas.reduce((sum, persona) => sum + persona.share, 0)).toBeCloseTo(1, 12);
        for (const persona of plan.personas) {
          const entries = persona.entries.reduce((sum, entry) => sum + entry.probability, 0);
          expect(entries).toBeCloseTo(1, 12);
          const journey = Object.values(plan.touchpoints).filter(
            (touchpoint) => touchpoint.personaId === persona.personaId,
          );
          expect(journey.some((touchpoint) => touchpoint.orderPoint)).toBe(true);
        }
        for (const touchpoint of Object.values(plan.touchpoints)) {
          const moved = touchpoint.moves.reduce((sum, move) => sum + move.probability, 0);
          expect(moved + touchpoint.exit).toBeCloseTo(1, 12);
          expect(touchpoint.exit).toBeGreaterThanOrEqual(0);
          for (const move of touchpoint.moves) {
            expect(move.probability).toBeGreaterThanOrEqual(0);
            expect(plan.touchpoints[move.toId]?.personaId).toBe(touchpoint.personaId);
          }
        }
      });
    }
  }
});

describe('names', () => {
  it('derives Title Case event names from touchpoint names', () => {
    expect(eventNameOf({ name: 'Product page' })).toBe('Product Page Viewed');
    expect(eventNameOf({ name: 'Instagram ad “new collection”' })).toBe(
      'Instagram Ad New Collection Viewed',
    );
    expect(eventNameOf({ name: 'Étiquette de retour à imprimer' })).toBe(
      'Étiquette De Retour À Imprimer Viewed',
    );
  });

  it('recognises purchase and survey stages by name, else by position', () => {
    const named = (names: string[]) => names.map((name) => ({ name }));
    expect(purchaseStageIndexOf(named(['Discover', 'Contractualisation', 'Use']))).toBe(1);
    expect(purchaseStageIndexOf(named(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']))).toBe(4);
    expect(surveyStageIndexesOf(named(['Buy', 'Ship', 'Support']), 0)).toEqual([2]);
    expect(surveyStageIndexesOf(named(['Buy', 'Ship', 'Use', 'Renew']), 0)).toEqual([2, 3]);
  });

  it('maps channels to call types and to whether they know the customer', () => {
    expect(callTypeOf({ name: 'Website', kind: 'digital' })).toBe('page');
    expect(callTypeOf({ name: 'Application mobile', kind: 'digital' })).toBe('screen');
    expect(callTypeOf({ name: 'E-mail', kind: 'digital' })).toBe('track');
    expect(knowsCustomer({ name: 'E-mail', kind: 'digital' })).toBe(true);
    expect(knowsCustomer({ name: 'Store', kind: 'physical' })).toBe(true);
    expect(knowsCustomer({ name: 'Social networks', kind: 'digital' })).toBe(false);
  });
});
