/**
 * A small hand-built model for the touchpoint table tests: two stages, two channels, one
 * phase, one objective and a journey of two touchpoints, one qualified in every column
 * (with text that CSV must quote and escape), one left blank.
 */
import { newTouchpoint } from './defaults.ts';
import type { WorkspaceModel } from './schema.ts';

export const JOURNEY_ID = 'journey-1';

export const qualified = newTouchpoint({
  id: 'tp-visit',
  stageId: 'stage-search',
  channelId: 'channel-web',
  name: 'Product page "visit"',
  description: 'Reads the sheet; compares prices,\nthen leaves — évaluation',
  media: 'Product sheet',
  owner: 'E-commerce team',
  cost: { amountCents: 125050, period: 'monthly' },
  audience: 12000,
  performance: 'enchantment',
  importance: 4,
  investment: 3,
  setupHours: 1.5,
  processingHours: 0.25,
  impact: 5,
  objectiveIds: ['objective-revenue'],
  lifecyclePhaseId: 'phase-prospect',
  emotion: -2,
  momentOfTruth: true,
  rupture: false,
  notes: '=HYPERLINK("http://example.com") looks like a formula',
});

export const blank = newTouchpoint({
  id: 'tp-till',
  stageId: 'stage-purchase',
  channelId: 'channel-store',
  name: 'Payment at the till',
});

export function testModel(): WorkspaceModel {
  return {
    currency: 'EUR',
    personas: [
      {
        id: 'persona-1',
        name: 'Busy parent',
        description: '',
        goals: [],
        frustrations: [],
        share: null,
        color: '#336699',
        pictureUrl: null,
      },
    ],
    phases: [{ id: 'phase-prospect', name: 'Prospect', description: '' }],
    stages: [
      { id: 'stage-search', name: 'Information search', description: '' },
      { id: 'stage-purchase', name: 'Purchase', description: '' },
    ],
    channels: [
      { id: 'channel-web', name: 'Web', kind: 'digital', media: [] },
      { id: 'channel-store', name: 'Store', kind: 'physical', media: [] },
    ],
    objectives: [{ id: 'objective-revenue', name: 'Grow revenue', description: '', weight: 1 }],
    journeys: [
      {
        id: JOURNEY_ID,
        personaId: 'persona-1',
        state: 'current',
        name: 'Buying online',
        derivedFromId: null,
        touchpoints: [qualified, blank],
        transitions: [],
      },
    ],
  };
}
