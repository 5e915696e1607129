import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import type { ModelLanguage } from '../defaults.ts';
import { type Journey, type Touchpoint, WorkspaceModel } from '../schema.ts';
import { validateModel } from '../validate.ts';
import {
  buildTemplate,
  isTemplateKey,
  listTemplates,
  TEMPLATE_KEYS,
  type TemplateKey,
} from './index.ts';

const LANGUAGES: readonly ModelLanguage[] = ['fr', 'en'];
const WORKED_EXAMPLES = ['ecommerce', 'retail', 'b2b'] as const;

/** A deterministic id source, so that two builds can be compared field by field. */
const counter = () => {
  let next = 0;
  return () => `id-${++next}`;
};
const build = (key: TemplateKey, lang: ModelLanguage) => buildTemplate(key, lang, counter());

const currentOf = (model: WorkspaceModel, index = 0): Journey => {
  const journey = model.journeys.filter((candidate) => candidate.state === 'current')[index];
  if (!journey) throw new Error(`no current journey #${index}`);
  return journey;
};
const targetOf = (model: WorkspaceModel): Journey => {
  const journey = model.journeys.find((candidate) => candidate.state === 'target');
  if (!journey) throw new Error('no target journey');
  return journey;
};
const count = (touchpoints: readonly Touchpoint[], test: (touchpoint: Touchpoint) => boolean) =>
  touchpoints.filter(test).length;

/** Everything but the words: ids, references, numbers, flags. */
const structureOf = (model: WorkspaceModel) => ({
  personas: model.personas.map(({ id, share, color, goals }) => ({
    id,
    share,
    color,
    goals: goals.length,
  })),
  phases: model.phases.map(({ id }) => id),
  stages: model.stages.map(({ id }) => id),
  channels: model.channels.map(({ id, kind, media }) => ({ id, kind, media: media.length })),
  objectives: model.objectives.map(({ id, weight }) => ({ id, weight })),
  journeys: model.journeys.map((journey) => ({
    id: journey.id,
    state: journey.state,
    derivedFromId: journey.derivedFromId,
    touchpoints: journey.touchpoints.map(
      ({ name: _n, description: _d, media: _m, owner: _o, notes: _notes, ...fields }) => fields,
    ),
    transitions: journey.transitions.map(({ label: _label, ...fields }) => fields),
  })),
});

describe.each(TEMPLATE_KEYS)('template %s', (key) => {
  it.each(LANGUAGES)('passes the schema and the model rules in %s', (lang) => {
    const model = build(key, lang);
    expect([...Value.Errors(WorkspaceModel, model)]).toEqual([]);
    expect(Value.Check(WorkspaceModel, model)).toBe(true);
    expect(validateModel(model)).toEqual([]);
  });

  it('is deterministic for a deterministic id source', () => {
    expect(build(key, 'fr')).toEqual(build(key, 'fr'));
  });

  it('has the same structure and different words in French and English', () => {
    const [french, english] = [build(key, 'fr'), build(key, 'en')];
    expect(structureOf(french)).toEqual(structureOf(english));
    expect(french.stages.map((stage) => stage.description)).not.toEqual(
      english.stages.map((stage) => stage.description),
    );
    french.journeys.forEach((journey, j) => {
      expect(journey.name).not.toBe(english.journeys[j]?.name);
      journey.touchpoints.forEach((touchpoint, t) => {
        expect(touchpoint.notes).not.toBe(english.journeys[j]?.touchpoints[t]?.notes);
      });
    });
  });
});

describe.each(WORKED_EXAMPLES)('worked example %s', (key) => {
  const model = build(key, 'en');
  const current = currentOf(model);
  const target = targetOf(model);

  it('has personas with shares summing to at most 1 and distinct colours', () => {
    expect(model.personas).toHaveLength(3);
    const shares = model.personas.map((persona) => persona.share ?? 0);
    expect(shares.reduce((sum, share) => sum + share, 0)).toBeLessThanOrEqual(1);
    expect(new Set(model.personas.map((persona) => persona.color)).size).toBe(3);
    for (const persona of model.personas) {
      expect(persona.goals.length).toBeGreaterThan(0);
      expect(persona.frustrations.length).toBeGreaterThan(0);
    }
  });

  it('has weighted objectives, 10 stages and channels with media', () => {
    expect(model.objectives.length).toBeGreaterThanOrEqual(4);
    expect(model.objectives.every((objective) => objective.weight > 0)).toBe(true);
    expect(model.stages).toHaveLength(10);
    expect(model.channels.length).toBeGreaterThanOrEqual(7);
    expect(model.channels.every((channel) => channel.media.length > 0)).toBe(true);
  });

  it('has a main current journey of 30–45 touchpoints and 25–60 transitions', () => {
    expect(current.touchpoints.length).toBeGreaterThanOrEqual(30);
    expect(current.touchpoints.length).toBeLessThanOrEqual(45);
    expect(current.transitions.length).toBeGreaterThanOrEqual(25);
    expect(current.transitions.length).toBeLessThanOrEqual(60);
    expect(new Set(current.touchpoints.map((touchpoint) => touchpoint.stageId)).size).toBe(10);
    expect(
      new Set(current.touchpoints.map((touchpoint) => touchpoint.channelId)).size,
    ).toBeGreaterThanOrEqual(7);
  });

  it('qualifies every current touchpoint fully', () => {
    for (const touchpoint of current.touchpoints) {
      for (const [field, value] of Object.entries(touchpoint)) {
        if (field !== 'derivedFromId') expect(value, `${touchpoint.name}.${field}`).not.toBeNull();
      }
      expect(touchpoint.objectiveIds.length, touchpoint.name).toBeGreaterThan(0);
      expect(touchpoint.notes, touchpoint.name).not.toBe('');
      expect(
        model.channels.find((channel) => channel.id === touchpoint.channelId)?.media,
      ).toContain(touchpoint.media);
    }
  });

  it('mixes performances, with emotions that agree with them', () => {
    const { touchpoints } = current;
    expect(count(touchpoints, (tp) => tp.performance === 'enchantment')).toBeGreaterThanOrEqual(4);
    expect(count(touchpoints, (tp) => tp.performance === 'irritant')).toBeGreaterThanOrEqual(4);
    expect(count(touchpoints, (tp) => tp.performance === 'missing')).toBeGreaterThanOrEqual(2);
    expect(count(touchpoints, (tp) => tp.performance === 'missing')).toBeLessThanOrEqual(3);
    for (const { name, performance, emotion } of [...touchpoints, ...target.touchpoints]) {
      const feeling = emotion ?? 0;
      if (performance === 'enchantment') expect(feeling, name).toBeGreaterThan(0);
      if (performance === 'irritant' || performance === 'missing')
        expect(feeling, name).toBeLessThan(0);
      if (performance === 'neutral') expect(Math.abs(feeling), name).toBeLessThanOrEqual(1);
    }
  });

  it('marks 2–4 moments of truth and 1–3 explained ruptures, matched by broken flows', () => {
    const { touchpoints, transitions } = current;
    const truths = count(touchpoints, (tp) => tp.momentOfTruth);
    expect(truths).toBeGreaterThanOrEqual(2);
    expect(truths).toBeLessThanOrEqual(4);
    const ruptures = touchpoints.filter((tp) => tp.rupture);
    expect(ruptures.length).toBeGreaterThanOrEqual(1);
    expect(ruptures.length).toBeLessThanOrEqual(3);
    const ruptureIds = new Set(ruptures.map((tp) => tp.id));
    const broken = transitions.filter((transition) => !transition.possible);
    expect(broken.length).toBeGreaterThan(0);
    for (const transition of broken) {
      expect(ruptureIds.has(transition.fromId) || ruptureIds.has(transition.toId)).toBe(true);
    }
    for (const rupture of ruptures) {
      expect(rupture.notes.length).toBeGreaterThan(20);
      expect(broken.some(({ fromId, toId }) => fromId === rupture.id || toId === rupture.id)).toBe(
        true,
      );
    }
  });

  it('derives a target that fixes irritants, offers what was missing and drops a touchpoint', () => {
    const origins = new Map(current.touchpoints.map((touchpoint) => [touchpoint.id, touchpoint]));
    expect(target.derivedFromId).toBe(current.id);
    expect(target.personaId).toBe(current.personaId);
    const derived = target.touchpoints.filter((touchpoint) => touchpoint.derivedFromId !== null);
    const added = target.touchpoints.filter((touchpoint) => touchpoint.derivedFromId === null);
    expect(derived.every((touchpoint) => origins.has(touchpoint.derivedFromId ?? ''))).toBe(true);
    expect(added.length).toBeGreaterThanOrEqual(2);
    expect(derived.length).toBeLessThan(current.touchpoints.length);
    const kept = new Set(derived.map((touchpoint) => touchpoint.derivedFromId));
    for (const origin of current.touchpoints.filter((tp) => tp.performance === 'missing')) {
      expect(kept.has(origin.id), origin.name).toBe(true);
    }
    expect(count(target.touchpoints, (tp) => tp.performance === 'irritant')).toBe(0);
    expect(count(target.touchpoints, (tp) => tp.performance === 'missing')).toBe(0);
    expect(count(target.touchpoints, (tp) => tp.rupture)).toBe(0);
    expect(target.transitions.every((transition) => transition.possible)).toBe(true);
  });
});

describe('e-commerce second persona', () => {
  it('has a current journey of 10–15 touchpoints', () => {
    const model = build('ecommerce', 'fr');
    const second = currentOf(model, 1);
    expect(second.personaId).not.toBe(currentOf(model).personaId);
    expect(second.touchpoints.length).toBeGreaterThanOrEqual(10);
    expect(second.touchpoints.length).toBeLessThanOrEqual(15);
  });
});

describe('listTemplates', () => {
  it('names every template in both languages', () => {
    const [french, english] = [listTemplates('fr'), listTemplates('en')];
    expect(french.map((template) => template.key)).toEqual([...TEMPLATE_KEYS]);
    expect(english.map((template) => template.key)).toEqual([...TEMPLATE_KEYS]);
    french.forEach((template, index) => {
      expect(template.name).not.toBe('');
      expect(template.description).not.toBe(english[index]?.description);
    });
  });

  it('recognises template keys', () => {
    expect(TEMPLATE_KEYS.every(isTemplateKey)).toBe(true);
    expect(isTemplateKey('crm')).toBe(false);
    expect(isTemplateKey(undefined)).toBe(false);
  });

  it('starts an empty workspace with the default frame and no journey', () => {
    const model = build('empty', 'fr');
    expect(model.stages).toHaveLength(10);
    expect(model.personas).toEqual([]);
    expect(model.journeys).toEqual([]);
  });
});
