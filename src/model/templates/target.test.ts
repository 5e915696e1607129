import { describe, expect, it } from 'vitest';
import { buildFrame, type FrameSpec, type KeysOf } from './frame.ts';
import { buildJourney, type JourneySpec, type Row } from './journey.ts';
import { deriveTarget, type TargetSpec } from './target.ts';

const MINI_FRAME = {
  personas: {
    ana: {
      name: ['Ana', 'Ana'],
      description: ['', ''],
      goals: [],
      frustrations: [],
      share: 1,
      color: '#112233',
    },
  },
  phases: { client: { name: ['Client', 'Customer'], description: ['', ''] } },
  stages: {
    buy: { name: ['Achat', 'Purchase'], description: ['', ''] },
    use: { name: ['Usage', 'Use'], description: ['', ''] },
  },
  channels: {
    web: { name: ['Web', 'Web'], kind: 'digital', media: { site: ['Site', 'Site'] } },
    store: { name: ['Magasin', 'Store'], kind: 'physical', media: { desk: ['Comptoir', 'Desk'] } },
  },
  objectives: { grow: { name: ['Croître', 'Grow'], description: ['', ''], weight: 100 } },
  owners: { team: ['Équipe', 'Team'] },
} satisfies FrameSpec;
type MiniKeys = KeysOf<typeof MINI_FRAME>;

const row = (
  key: string,
  stage: MiniKeys['stage'],
  performance: Row<MiniKeys>[5],
): Row<MiniKeys> => [
  key,
  stage,
  'site',
  'team',
  'client',
  performance,
  performance === 'irritant' ? -2 : 1,
  3,
  3,
  3,
  12.5,
  'month',
  10,
  1,
  1,
  ['grow'],
  '',
];
const texts = (name: string) =>
  ({ fr: [`${name} fr`, '', 'note fr'], en: [`${name} en`, '', 'note en'] }) as const;

const CURRENT: JourneySpec<MiniKeys, string> = {
  persona: 'ana',
  name: ['Actuel', 'Current'],
  rows: [
    row('order', 'buy', 'irritant'),
    row('invoice', 'use', 'neutral'),
    row('flyer', 'use', 'neutral'),
  ],
  texts: { order: texts('order'), invoice: texts('invoice'), flyer: texts('flyer') },
  links: [
    ['order', 'invoice', ['cassé', 'broken'], 'broken'],
    ['order', 'flyer', ['a', 'b']],
  ],
};

const TARGET: TargetSpec<MiniKeys, string, string> = {
  name: ['Cible', 'Target'],
  removed: ['flyer'],
  changes: {
    order: { performance: 'enchantment', emotion: 2, medium: 'desk', notes: ['corrigé', 'fixed'] },
  },
  added: [row('chat', 'buy', 'enchantment')],
  addedTexts: { chat: texts('chat') },
  droppedLinks: [],
  repairedLinks: [['order', 'invoice', ['réparé', 'repaired']]],
  addedLinks: [['chat', 'order', ['c', 'd']]],
};

const build = (target: TargetSpec<MiniKeys, string, string>) => {
  let next = 0;
  const newId = () => `id-${++next}`;
  const frame = buildFrame(MINI_FRAME, 'en', newId);
  const current = buildJourney(frame, CURRENT, newId);
  return { frame, current, target: deriveTarget(frame, CURRENT, current, target, newId) };
};

describe('deriveTarget', () => {
  it('copies, improves, drops and adds touchpoints, in stage order', () => {
    const { frame, current, target } = build(TARGET);
    expect(target.derivedFromId).toBe(current.journey.id);
    expect(target.touchpoints.map((touchpoint) => touchpoint.name)).toEqual([
      'order en',
      'chat en',
      'invoice en',
    ]);
    const [order, chat] = target.touchpoints;
    expect(order?.derivedFromId).toBe(current.ids.get('order'));
    expect(order).toMatchObject({
      performance: 'enchantment',
      emotion: 2,
      notes: 'fixed',
      media: 'Desk',
    });
    expect(order?.channelId).toBe(frame.model.channels[1]?.id);
    expect(order?.cost).toEqual({ amountCents: 1250, period: 'monthly' });
    expect(chat?.derivedFromId).toBeNull();
  });

  it('repairs broken flows, drops the flows of removed touchpoints and adds new ones', () => {
    const { target } = build(TARGET);
    expect(target.transitions.map(({ possible, label }) => ({ possible, label }))).toEqual([
      { possible: true, label: 'repaired' },
      { possible: true, label: 'd' },
    ]);
  });

  it('refuses a change on a removed touchpoint and a flow that does not exist', () => {
    const changedAndRemoved = { ...TARGET, removed: ['order'] };
    expect(() => build(changedAndRemoved)).toThrow(/changes a touchpoint it removed: order/);
    const unknownFlow: typeof TARGET = { ...TARGET, droppedLinks: [['invoice', 'order']] };
    expect(() => build(unknownFlow)).toThrow(/unknown flow: invoice → order/);
  });
});
