import { describe, expect, it } from 'vitest';
import { defaultModel, newTouchpoint, newTransition } from './defaults.ts';
import { schemaProblems } from './gate.ts';
import { counterIds } from './ops-test-model.ts';
import { validateModel } from './validate.ts';

describe('defaultModel', () => {
  it('starts an English workspace from the seed stage template', () => {
    const model = defaultModel('en', counterIds());
    expect(model.currency).toBe('EUR');
    expect(model.stages.map((stage) => stage.name)).toEqual([
      'Arrival (site or store)',
      'Information search',
      'Comparison',
      'Selection',
      'Purchase',
      'Reception',
      'Evaluation',
      'After-sales',
      'Loyalty',
      'Recommendation',
    ]);
    expect(model.phases.map((phase) => phase.name)).toEqual([
      'Suspect',
      'Prospect',
      'Client',
      'Loyal',
      'Ambassador',
      'Lapsed',
    ]);
    expect(model.channels.map((channel) => channel.name)).toEqual([
      'Web',
      'Mobile app',
      'Store',
      'Email',
      'SMS',
      'Social networks',
      'Phone / call centre',
      'Mail',
      'Partner',
    ]);
    expect(model.personas).toEqual([]);
    expect(model.objectives).toEqual([]);
    expect(model.journeys).toEqual([]);
  });

  it('speaks French when asked', () => {
    const model = defaultModel('fr', counterIds());
    expect(model.stages.map((stage) => stage.name)).toEqual([
      'Arrivée (site ou magasin)',
      "Recherche d'information",
      'Comparaison',
      'Sélection',
      'Achat',
      'Réception',
      'Évaluation',
      'Après-vente',
      'Fidélisation',
      'Recommandation',
    ]);
    expect(model.phases.map((phase) => phase.name)).toEqual([
      'Suspect',
      'Prospect',
      'Client',
      'Fidèle',
      'Ambassadeur',
      'Abandonniste',
    ]);
    expect(model.channels.map((channel) => channel.name)).toContain('Réseaux sociaux');
  });

  it.each(['en', 'fr'] as const)('gives a valid model with described items (%s)', (lang) => {
    const model = defaultModel(lang, counterIds());
    expect(schemaProblems(model)).toEqual([]);
    expect(validateModel(model)).toEqual([]);
    for (const item of [...model.stages, ...model.phases]) {
      expect(item.description).toMatch(/^\S.*\.$/);
    }
    for (const channel of model.channels) {
      expect(['digital', 'physical']).toContain(channel.kind);
      expect(channel.media.length).toBeGreaterThanOrEqual(1);
      expect(channel.media.length).toBeLessThanOrEqual(3);
    }
    const store = model.channels[2];
    expect(store?.kind).toBe('physical');
    expect(model.channels[0]?.kind).toBe('digital');
  });

  it('takes every id from newId', () => {
    const model = defaultModel('en', counterIds('x'));
    const ids = [...model.phases, ...model.stages, ...model.channels].map((item) => item.id);
    expect(ids).toHaveLength(25);
    expect(new Set(ids).size).toBe(25);
    expect(ids.every((id) => /^x\d+$/.test(id))).toBe(true);
  });
});

describe('newTouchpoint and newTransition', () => {
  it('fill every unspecified field with its default', () => {
    expect(newTouchpoint({ id: 't', stageId: 's', channelId: 'c', name: 'Cart' })).toEqual({
      id: 't',
      stageId: 's',
      channelId: 'c',
      name: 'Cart',
      description: '',
      media: null,
      owner: null,
      cost: null,
      audience: null,
      performance: 'neutral',
      importance: null,
      investment: null,
      setupHours: null,
      processingHours: null,
      impact: null,
      objectiveIds: [],
      lifecyclePhaseId: null,
      emotion: null,
      momentOfTruth: false,
      rupture: false,
      notes: '',
      derivedFromId: null,
    });
    expect(newTransition({ id: 'r', fromId: 'a', toId: 'b' })).toEqual({
      id: 'r',
      fromId: 'a',
      toId: 'b',
      possible: true,
      label: '',
    });
  });

  it('keep given values and share no arrays or objects with the input', () => {
    const objectiveIds = ['o1'];
    const cost = { amountCents: 500, period: 'monthly' as const };
    const touchpoint = newTouchpoint({
      ...{ id: 't', stageId: 's', channelId: 'c', name: 'Cart' },
      ...{ objectiveIds, cost, performance: 'irritant', emotion: -1, rupture: true },
    });
    expect(touchpoint).toMatchObject({ performance: 'irritant', emotion: -1, rupture: true, cost });
    expect(touchpoint.objectiveIds).not.toBe(objectiveIds);
    expect(touchpoint.cost).not.toBe(cost);
    expect(newTransition({ id: 'r', fromId: 'a', toId: 'b', possible: false }).possible).toBe(
      false,
    );
  });
});
