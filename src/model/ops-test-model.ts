/**
 * A small, valid workspace model for the tests of the model core: one persona
 * with a current journey of three touchpoints, and ids a reader can follow.
 */
import { newTouchpoint, newTransition } from './defaults.ts';
import type { WorkspaceModel } from './schema.ts';

/** Ids `id1`, `id2`, … in order, so that tests can name what an op will create. */
export function counterIds(prefix = 'id'): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `${prefix}${next}`;
  };
}

export function testModel(): WorkspaceModel {
  return {
    currency: 'EUR',
    personas: [
      {
        id: 'p1',
        name: 'Busy parent',
        description: 'Shops at night',
        goals: ['Save time'],
        frustrations: ['Queues'],
        share: 0.4,
        color: '#336699',
        pictureUrl: null,
      },
      {
        id: 'p2',
        name: 'Student',
        description: '',
        goals: [],
        frustrations: [],
        share: null,
        color: '#993366',
        pictureUrl: null,
      },
    ],
    phases: [{ id: 'ph1', name: 'Prospect', description: 'Interested' }],
    stages: [
      { id: 's1', name: 'Arrival', description: '' },
      { id: 's2', name: 'Purchase', description: '' },
      { id: 's3', name: 'Recommendation', description: '' },
    ],
    channels: [
      { id: 'c1', name: 'Web', kind: 'digital', media: ['Website'] },
      { id: 'c2', name: 'Store', kind: 'physical', media: [] },
    ],
    objectives: [
      { id: 'o1', name: 'Grow revenue', description: '', weight: 60 },
      { id: 'o2', name: 'Retain customers', description: '', weight: 40 },
    ],
    journeys: [
      {
        id: 'j1',
        personaId: 'p1',
        state: 'current',
        name: 'Today',
        derivedFromId: null,
        touchpoints: [
          newTouchpoint({
            id: 't1',
            stageId: 's1',
            channelId: 'c1',
            name: 'Home page',
            objectiveIds: ['o1', 'o2'],
            lifecyclePhaseId: 'ph1',
            emotion: 1,
          }),
          newTouchpoint({
            id: 't2',
            stageId: 's2',
            channelId: 'c1',
            name: 'Checkout',
            performance: 'irritant',
            emotion: -2,
            rupture: true,
          }),
          newTouchpoint({ id: 't3', stageId: 's2', channelId: 'c2', name: 'Till' }),
        ],
        transitions: [
          newTransition({ id: 'r1', fromId: 't1', toId: 't2' }),
          newTransition({ id: 'r2', fromId: 't2', toId: 't3', possible: false }),
        ],
      },
    ],
  };
}
