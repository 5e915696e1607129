/**
 * A tiny hand-built model whose simulation plan can be worked out by hand (see plan.test.ts):
 * two personas with a journey, one without, a missing touchpoint, a forced transition and a
 * re-entry touchpoint after purchase.
 */
import { newTouchpoint } from '../model/defaults.ts';
import type { Touchpoint, Transition, WorkspaceModel } from '../model/schema.ts';

type Input = Pick<Touchpoint, 'id' | 'stageId' | 'channelId' | 'name'> & Partial<Touchpoint>;

const touchpoint = (input: Input): Touchpoint => newTouchpoint(input);

const link = (fromId: string, toId: string, possible = true): Transition => ({
  id: `${fromId}->${toId}`,
  fromId,
  toId,
  possible,
  label: '',
});

const persona = (id: string, share: number | null, description = '') => ({
  id,
  name: `Persona ${id}`,
  description,
  goals: [],
  frustrations: [],
  share,
  color: '#336699',
  pictureUrl: null,
});

export function tinyModel(): WorkspaceModel {
  const stage = (id: string, name: string) => ({ id, name, description: '' });
  const tp = (id: string, stageId: string, channelId: string, extra: Partial<Touchpoint> = {}) =>
    touchpoint({ id, stageId, channelId, name: id, ...extra });
  return {
    currency: 'EUR',
    personas: [persona('a', 0.3, 'Spends €120 per order.'), persona('b', null), persona('c', 0.5)],
    phases: [],
    stages: [
      stage('arrival', 'Arrival'),
      stage('search', 'Search'),
      stage('purchase', 'Purchase'),
      stage('delivery', 'Delivery'),
      stage('evaluation', 'Evaluation'),
    ],
    channels: [
      { id: 'web', name: 'Web', kind: 'digital', media: [] },
      { id: 'email', name: 'Email', kind: 'digital', media: [] },
      { id: 'store', name: 'Store', kind: 'physical', media: [] },
    ],
    objectives: [],
    journeys: [
      {
        id: 'journey-a',
        personaId: 'a',
        state: 'current',
        name: 'A',
        derivedFromId: null,
        touchpoints: [
          tp('ad', 'arrival', 'web', { audience: 300, emotion: 0 }),
          tp('home', 'arrival', 'web', { audience: 100, performance: 'enchantment', emotion: 2 }),
          tp('product', 'search', 'web', { audience: 100, performance: 'irritant', emotion: -2 }),
          tp('chat', 'search', 'web', { audience: 100, performance: 'missing' }),
          tp('storeCall', 'search', 'store', { audience: 100 }),
          tp('basket', 'purchase', 'web', { audience: 50 }),
          tp('confirm', 'purchase', 'email', { audience: 50, emotion: 1 }),
          tp('delivery', 'delivery', 'store', { audience: 50 }),
          tp('survey', 'evaluation', 'email', { audience: 20 }),
          tp('newsletter', 'evaluation', 'email', { audience: 20 }),
        ],
        transitions: [
          link('ad', 'product'),
          link('home', 'product'),
          link('product', 'basket'),
          link('product', 'chat'),
          link('product', 'storeCall', false),
          link('basket', 'confirm'),
          link('confirm', 'delivery'),
          link('delivery', 'survey'),
          link('newsletter', 'home'),
        ],
      },
      {
        id: 'journey-b',
        personaId: 'b',
        state: 'current',
        name: 'B',
        derivedFromId: null,
        touchpoints: [
          tp('b-home', 'arrival', 'web', { audience: 10 }),
          tp('b-order', 'purchase', 'web', { audience: 5 }),
        ],
        transitions: [link('b-home', 'b-order')],
      },
      {
        id: 'journey-a-target',
        personaId: 'a',
        state: 'target',
        name: 'A target',
        derivedFromId: 'journey-a',
        touchpoints: [tp('target-only', 'arrival', 'web')],
        transitions: [],
      },
    ],
  };
}
