import { describe, expect, it } from 'vitest';
import { cellKey } from '../map/cells.ts';
import { channel, journey, modelWith, persona, stage, touchpoint } from '../map/test-model.ts';
import {
  type MappedEvent,
  pickJourney,
  placeEvent,
  timelineGrid,
  touchpointIndex,
  visitsByJourney,
  visitsOn,
} from './timeline.ts';

const model = modelWith({
  personas: [
    { ...persona('p1'), name: 'Camille, the city dweller' },
    { ...persona('p2'), name: 'Martine' },
  ],
  stages: [stage('s1'), stage('s2'), stage('s3')],
  channels: [channel('web'), channel('shop', 'physical'), channel('mail')],
  journeys: [
    journey({
      id: 'j1',
      personaId: 'p1',
      touchpoints: [touchpoint('home', 's1', 'web'), touchpoint('buy', 's2', 'shop')],
    }),
    journey({
      id: 'j2',
      personaId: 'p2',
      touchpoints: [
        touchpoint('ad', 's1', 'web'),
        touchpoint('visit', 's1', 'web'),
        touchpoint('letter', 's3', 'mail'),
      ],
    }),
  ],
});

let minute = 0;
const event = (touchpointId: string | null, at = minute++): MappedEvent => ({
  messageId: `m${at}`,
  timestamp: new Date(Date.UTC(2025, 0, 1, 10, at)).toISOString(),
  touchpointId,
});

describe('which journey a customer is shown on', () => {
  const events = [event('ad'), event('letter'), event('home'), event(null), event('gone')];

  it('prefers the journey of the persona named in the traits, whatever the case', () => {
    expect(pickJourney(model, { persona: 'camille, THE city dweller' }, events)?.id).toBe('j1');
    expect(pickJourney(model, { persona: 'p2' }, [])?.id).toBe('j2');
  });

  it('else takes the journey with the most visits, else the first current journey', () => {
    expect(visitsByJourney(model, events)).toEqual(
      new Map([
        ['j2', 2],
        ['j1', 1],
      ]),
    );
    expect(pickJourney(model, { persona: 'Nobody' }, events)?.id).toBe('j2');
    expect(pickJourney(model, {}, [event('home'), event('ad')])?.id).toBe('j1');
    expect(pickJourney(model, {}, [])?.id).toBe('j1');
    expect(pickJourney(modelWith(), {}, [])).toBeUndefined();
  });
});

describe('visits on the grid', () => {
  const late = event('letter', 50);
  const early = event('ad', 40);
  const events = [late, early, event('home', 45), event('visit', 55), event('ad', 60)];
  const j2 = model.journeys[1];
  if (j2 === undefined) throw new Error('no journey');

  it('numbers the visits to the journey in time order', () => {
    expect(visitsOn(j2, events).map((v) => [v.order, v.touchpoint.id])).toEqual([
      [1, 'ad'],
      [2, 'letter'],
      [3, 'visit'],
      [4, 'ad'],
    ]);
  });

  it("places the journey's touchpoints in their cells with their visit numbers, on its lanes only", () => {
    const grid = timelineGrid(model, j2, visitsOn(j2, events));
    expect(grid.lanes.map((lane) => lane.id)).toEqual(['web', 'mail']);
    expect(grid.cells.get(cellKey('s1', 'web'))?.map((e) => [e.touchpoint.id, e.visits])).toEqual([
      ['ad', [1, 4]],
      ['visit', [3]],
    ]);
    expect(grid.cells.get(cellKey('s3', 'mail'))?.map((e) => e.visits)).toEqual([[2]]);
  });

  it('tells where each event of the list belongs', () => {
    const index = touchpointIndex(model);
    const numbers = new Map(visitsOn(j2, events).map((v) => [v.event.messageId, v.order]));
    expect(placeEvent(index, numbers, late)).toMatchObject({ visit: 2, journey: { id: 'j2' } });
    const home = placeEvent(index, numbers, event('home'));
    expect([home.touchpoint?.id, home.journey?.id, home.visit]).toEqual(['home', 'j1', null]);
    expect(placeEvent(index, numbers, event(null))).toEqual({
      touchpoint: null,
      journey: null,
      visit: null,
    });
  });
});
