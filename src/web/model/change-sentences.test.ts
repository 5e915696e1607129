import { describe, expect, it } from 'vitest';
import type { ChangeEntry } from '../api/model-admin.ts';
import { translator } from '../i18n/translate.ts';
import { changeVerb, describeChange, fieldLabels } from './change-sentences.ts';

const en = translator('en');
const fr = translator('fr');
// French typography puts no-break spaces inside « »; tests compare with plain spaces.
const plain = (text: string): string => text.replace(/\u00a0/g, ' ');

const touchpointUpdate: ChangeEntry = {
  op: 'touchpoint.update',
  entity: 'touchpoint',
  id: 't1',
  name: 'Product page',
  journeyId: 'j1',
  fields: ['emotion', 'performance'],
};

describe('describeChange', () => {
  it('says who changed which fields of what', () => {
    expect(describeChange(en, touchpointUpdate, { user: 'Camille' })).toBe(
      'Camille updated touchpoint “Product page” (emotion, performance)',
    );
    expect(plain(describeChange(fr, touchpointUpdate, { user: 'Camille' }))).toBe(
      'Camille a modifié le point de contact « Product page » (émotion, performance)',
    );
  });

  it('names the journey of a touchpoint when it is known', () => {
    const context = { user: 'Camille', journeyName: 'Anna today' };
    expect(describeChange(en, { ...touchpointUpdate, fields: [] }, context)).toBe(
      'Camille updated touchpoint “Product page” in “Anna today”',
    );
  });

  it('reads adds, moves, removals and renames', () => {
    const persona: ChangeEntry = { op: 'persona.add', entity: 'persona', id: 'p', name: 'Anna' };
    expect(describeChange(en, persona, { user: 'Ada' })).toBe('Ada added persona “Anna”');
    expect(describeChange(en, { ...persona, op: 'persona.move' }, { user: 'Ada' })).toBe(
      'Ada moved persona “Anna”',
    );
    expect(plain(describeChange(fr, { ...persona, op: 'persona.remove' }, { user: 'Ada' }))).toBe(
      'Ada a supprimé le persona « Anna »',
    );
    const journey: ChangeEntry = { op: 'journey.rename', entity: 'journey', id: 'j', name: 'New' };
    expect(describeChange(en, journey, { user: 'Ada' })).toBe('Ada renamed journey to “New”');
    expect(plain(describeChange(fr, { ...journey, op: 'journey.add' }, { user: 'Ada' }))).toBe(
      'Ada a ajouté le parcours « New »',
    );
  });

  it('describes changes of the whole model', () => {
    const workspace = { entity: 'workspace', id: 'w1', name: '' } as const;
    const say = (entry: ChangeEntry) => describeChange(en, entry, { user: 'Ada' });
    expect(
      say({ ...workspace, op: 'currency.set', id: 'currency', name: 'USD', fields: ['currency'] }),
    ).toBe('Ada set the currency to USD');
    expect(say({ ...workspace, op: 'model.restore', id: '4', name: 'version 4' })).toBe(
      'Ada restored version 4',
    );
    expect(say({ ...workspace, op: 'model.import', name: 'import' })).toBe('Ada imported a model');
    expect(say({ ...workspace, op: 'model.create', name: 'retail' })).toBe(
      'Ada created the model from the retail template',
    );
    expect(say({ ...workspace, op: 'model.create', name: 'empty' })).toBe(
      'Ada created an empty model',
    );
    expect(say({ ...workspace, op: 'workspace.tidy', fields: ['name'] })).toBe(
      'Ada changed the workspace settings (name)',
    );
  });

  it('reads an unknown op as a change', () => {
    const odd: ChangeEntry = { op: 'stage.teleport', entity: 'stage', id: 's', name: '' };
    expect(describeChange(en, odd, { user: 'Ada' })).toBe('Ada changed stage');
  });
});

describe('changeVerb', () => {
  it('takes the verb of the op', () => {
    expect(changeVerb('touchpoint.update')).toBe('update');
    expect(changeVerb('remove')).toBe('remove');
    expect(changeVerb('journey.deriveTarget')).toBe('deriveTarget');
    expect(changeVerb('what.ever')).toBe('other');
  });
});

describe('fieldLabels', () => {
  it('translates known fields and keeps the others', () => {
    expect(fieldLabels(fr, ['momentOfTruth', 'colour2'])).toBe('moment de vérité, colour2');
  });
});
