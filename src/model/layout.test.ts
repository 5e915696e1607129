import { describe, expect, it } from 'vitest';
import { layoutJourney, MAP_METRICS, type MapLayout } from './layout.ts';
import { ecommerceModel, smallModel, touchpoint } from './map-test-models.ts';
import type { WorkspaceModel } from './schema.ts';

function layoutOf(model: WorkspaceModel, journeyId = 'j1'): MapLayout {
  const layout = layoutJourney(model, journeyId);
  if (!layout) throw new Error(`no layout for ${journeyId}`);
  return layout;
}

function journeyOf(model: WorkspaceModel) {
  const journey = model.journeys[0];
  if (!journey) throw new Error('no journey');
  return journey;
}

const laneOf = (layout: MapLayout, channelId: string) =>
  layout.lanes.find((lane) => lane.channelId === channelId);

describe('layoutJourney on a small model', () => {
  const layout = layoutOf(smallModel());

  it('puts stages as columns and channels as lanes, in model order', () => {
    expect(layout.columns.map((column) => column.stageId)).toEqual(['s1', 's2']);
    expect(layout.columns.map((column) => column.name)).toEqual(['Discover', 'Buy']);
    expect(layout.lanes.map((lane) => [lane.channelId, lane.kind])).toEqual([
      ['c1', 'digital'],
      ['c2', 'physical'],
    ]);
    const [first, second] = layout.columns;
    expect(second?.x).toBe((first?.x ?? 0) + (first?.width ?? 0));
    const [web, store] = layout.lanes;
    expect(store?.y).toBe((web?.y ?? 0) + (web?.height ?? 0));
  });

  it('places every card inside its stage × channel cell', () => {
    expect(layout.cards.map((card) => card.touchpointId).sort()).toEqual(['t1', 't2', 't3']);
    for (const card of layout.cards) {
      const column = layout.columns.find((candidate) => candidate.stageId === card.stageId);
      const lane = laneOf(layout, card.channelId);
      if (!column || !lane) throw new Error(`no cell for ${card.touchpointId}`);
      expect(card.x).toBeGreaterThanOrEqual(column.x);
      expect(card.x + card.width).toBeLessThanOrEqual(column.x + column.width);
      expect(card.y).toBeGreaterThanOrEqual(lane.y);
      expect(card.y + card.height).toBeLessThanOrEqual(lane.y + lane.height);
    }
    const checkout = layout.cards.find((card) => card.touchpointId === 't3');
    expect(checkout).toMatchObject({
      stageId: 's2',
      channelId: 'c2',
      performance: 'irritant',
      importance: 5,
      emotion: -3,
      momentOfTruth: true,
      rupture: true,
      lines: ['Checkout queue'],
    });
  });

  it('draws one curve point per stage at the mean emotion, +3 on top and −3 at the bottom', () => {
    expect(layout.curve.map((point) => [point.stageId, point.emotion])).toEqual([
      ['s1', 0.5],
      ['s2', -3],
    ]);
    const [discover, buy] = layout.curve;
    const band = layout.curveBand;
    expect(buy?.y).toBeCloseTo(band.bottom, 5);
    expect(discover?.y).toBeCloseTo(band.zeroY - (band.zeroY - band.top) / 6, 0);
    expect(band.top).toBeGreaterThanOrEqual(band.y);
    expect(band.bottom).toBeLessThanOrEqual(band.y + band.height);
    expect(layout.curveSegments).toHaveLength(1);
    const column = layout.columns[0];
    expect(discover?.x).toBe((column?.x ?? 0) + (column?.width ?? 0) / 2);
  });

  it('routes one arrow per transition between card edges', () => {
    expect(layout.arrows.map((arrow) => [arrow.transitionId, arrow.possible])).toEqual([
      ['x1', true],
      ['x2', false],
    ]);
    const cards = new Map(layout.cards.map((card) => [card.touchpointId, card]));
    for (const arrow of layout.arrows) {
      const from = cards.get(arrow.fromId);
      const to = cards.get(arrow.toId);
      if (!from || !to) throw new Error('arrow without cards');
      expect(arrow.from.x).toBe(from.x + from.width);
      expect(arrow.to.x).toBe(to.x);
      expect(arrow.from.y).toBeGreaterThan(from.y);
      expect(arrow.from.y).toBeLessThan(from.y + from.height);
      expect(arrow.path).toMatch(/^M [\d.]+ [\d.]+ C /);
      expect(arrow.head).toMatch(/ Z$/);
      expect(arrow.span).toBe(1);
    }
    const [first, second] = layout.arrows;
    expect(first?.to.y).not.toBe(second?.to.y);
  });

  it('fits the grid, header and legend in the map', () => {
    expect(layout.header.journeyName).toBe('First purchase');
    expect(layout.header.personaName).toBe('Claire, active mum');
    expect(layout.header.counts).toEqual({
      touchpoints: 3,
      irritants: 1,
      missing: 0,
      momentsOfTruth: 1,
      ruptures: 1,
    });
    expect(layout.grid.x + layout.grid.width).toBeLessThanOrEqual(layout.width);
    expect(layout.legend.y).toBeGreaterThan(layout.grid.y + layout.grid.height);
    expect(layout.legend.y + layout.legend.height).toBeLessThanOrEqual(layout.height);
    for (const item of layout.legend.items) expect(item.x).toBeLessThan(layout.width);
  });
});

describe('layoutJourney rules', () => {
  it('is deterministic', () => {
    const model = ecommerceModel();
    expect(JSON.stringify(layoutJourney(model, 'shop'))).toBe(
      JSON.stringify(layoutJourney(model, 'shop')),
    );
  });

  it('makes a lane taller when a cell holds four touchpoints, stacked in array order', () => {
    const model = smallModel();
    const before = laneOf(layoutOf(model), 'c1')?.height ?? 0;
    const journey = journeyOf(model);
    for (const id of ['t4', 't5', 't6']) {
      journey.touchpoints.push(
        touchpoint({ id, stageId: 's1', channelId: 'c1', name: `Step ${id}` }),
      );
    }
    const layout = layoutOf(model);
    const lane = laneOf(layout, 'c1');
    expect(lane?.height).toBeGreaterThan(before);
    const stack = layout.cards.filter((card) => card.stageId === 's1' && card.channelId === 'c1');
    expect(stack.map((card) => card.touchpointId)).toEqual(['t1', 't4', 't5', 't6']);
    stack.slice(1).forEach((card, i) => {
      const above = stack[i];
      expect(card.y).toBeGreaterThanOrEqual(
        (above?.y ?? 0) + (above?.height ?? 0) + MAP_METRICS.cardGap,
      );
    });
    const last = stack.at(-1);
    expect((last?.y ?? 0) + (last?.height ?? 0)).toBeLessThanOrEqual(
      (lane?.y ?? 0) + (lane?.height ?? 0),
    );
    expect(laneOf(layout, 'c2')?.y).toBe((lane?.y ?? 0) + (lane?.height ?? 0));
  });

  it('wraps long names to three lines ending with an ellipsis', () => {
    const model = smallModel();
    const journey = journeyOf(model);
    const long =
      'A very long touchpoint name that keeps going far beyond what a small card can ever show in three lines of text';
    journey.touchpoints.push(touchpoint({ id: 't9', stageId: 's2', channelId: 'c1', name: long }));
    const card = layoutOf(model).cards.find((candidate) => candidate.touchpointId === 't9');
    expect(card?.lines).toHaveLength(3);
    expect(card?.lines[2]?.endsWith('…')).toBe(true);
    expect(card?.name).toBe(long);
  });

  it('breaks the curve where a stage has no emotion', () => {
    const model = smallModel();
    model.stages.push({ id: 's3', name: 'Use', description: '' });
    model.stages.push({ id: 's4', name: 'Recommend', description: '' });
    const journey = journeyOf(model);
    journey.touchpoints.push(
      touchpoint({ id: 'u1', stageId: 's3', channelId: 'c1', name: 'Unboxing' }),
    );
    journey.touchpoints.push(
      touchpoint({ id: 'r1', stageId: 's4', channelId: 'c1', name: 'Review', emotion: 1 }),
    );
    const layout = layoutOf(model);
    expect(layout.curve.map((point) => point.stageId)).toEqual(['s1', 's2', 's4']);
    expect(layout.curveSegments).toHaveLength(1);
  });

  it('draws only the chosen stages and keeps the whole journey’s lane heights', () => {
    const model = ecommerceModel();
    const full = layoutJourney(model, 'shop');
    const page = layoutJourney(model, 'shop', { stageIds: ['purchase', 'reception'] });
    expect(page?.columns.map((column) => column.stageId)).toEqual(['purchase', 'reception']);
    expect(page?.columns.map((column) => column.index)).toEqual([4, 5]);
    expect(page?.lanes).toEqual(full?.lanes);
    expect(new Set(page?.cards.map((card) => card.stageId))).toEqual(
      new Set(['purchase', 'reception']),
    );
    expect(page?.arrows.map((arrow) => arrow.transitionId)).toEqual(['m9', 'm10', 'm11']);
  });

  it('leaves out touchpoints of unknown stages or channels and arrows to them', () => {
    const model = smallModel();
    const journey = journeyOf(model);
    journey.touchpoints.push(
      touchpoint({ id: 'ghost', stageId: 'gone', channelId: 'c1', name: 'Ghost' }),
    );
    journey.transitions.push({ id: 'x3', fromId: 't1', toId: 'ghost', possible: true, label: '' });
    const layout = layoutOf(model);
    expect(layout.cards.map((card) => card.touchpointId)).not.toContain('ghost');
    expect(layout.arrows).toHaveLength(2);
  });

  it('uses the card width asked for', () => {
    const layout = layoutJourney(smallModel(), 'j1', { cardWidth: 240 });
    expect(layout?.cards.every((card) => card.width === 240)).toBe(true);
    expect(layout?.columns[0]?.width).toBe(240 + MAP_METRICS.gutter);
  });

  it('returns undefined for an unknown journey', () => {
    expect(layoutJourney(smallModel(), 'nope')).toBeUndefined();
  });
});
