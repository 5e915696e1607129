import { describe, expect, it } from 'vitest';
import { channel, journey, modelWith, stage, touchpoint } from '../../map/test-model.ts';
import type { PathsResponse } from '../analytics-api.ts';
import { formattersFor } from '../format.ts';
import { nodeInfos } from './path-nodes.ts';
import { layoutNodes, processMapOption } from './process-map.ts';

const model = modelWith({
  stages: [stage('s1'), stage('s2')],
  channels: [channel('web'), channel('mail')],
});
const trip = journey({
  id: 'j',
  touchpoints: [
    touchpoint('home', 's1', 'web'),
    touchpoint('ad', 's1', 'web'),
    touchpoint('cart', 's2', 'web'),
    touchpoint('mail', 's2', 'mail'),
  ],
});
const node = (id: string, count: number) => ({ id, label: `${id} (x)`, count, starts: 0, ends: 0 });
const data: PathsResponse = {
  journeyId: 'j',
  level: 'touchpoint',
  customers: 10,
  events: 30,
  nodes: [node('home', 10), node('ad', 4), node('cart', 8), node('mail', 8)],
  edges: [
    { from: 'start', to: 'home', frequency: 10, customers: 10, share: 1, medianMs: null },
    { from: 'home', to: 'cart', frequency: 8, customers: 8, share: 0.8, medianMs: 60_000 },
    { from: 'cart', to: 'mail', frequency: 8, customers: 8, share: 1, medianMs: 120_000 },
    { from: 'mail', to: 'end', frequency: 8, customers: 8, share: 1, medianMs: null },
  ],
  totalEdges: 4,
  variants: { distinct: 1, top: [] },
};

describe('process map', () => {
  const infos = nodeInfos(model, trip, 'touchpoint', data.nodes);

  it('places touchpoints in their stage column and channel lane, side by side in a cell', () => {
    const { points, extent } = layoutNodes('touchpoint', infos, 2, 2);
    expect(points.get('cart')).toEqual({ x: 1, y: 0 });
    expect(points.get('mail')).toEqual({ x: 1, y: 1 });
    const home = points.get('home');
    const ad = points.get('ad');
    expect(home?.y).toBe(0);
    expect(ad?.y).toBe(0);
    expect(home?.x).toBeLessThan(0);
    expect(ad?.x).toBeGreaterThan(0);
    expect((points.get('start')?.x ?? 0) < (home?.x ?? 0)).toBe(true);
    expect((points.get('end')?.x ?? 0) > 1).toBe(true);
    expect(extent).toEqual({ minX: -1, maxX: 2, minY: -1, maxY: 2 });
  });

  it('weighs arcs by frequency and labels the busiest with count and median time', () => {
    const option = processMapOption(
      {
        data,
        level: 'touchpoint',
        infos,
        model,
        words: { start: 'Start', end: 'End', visits: 'visits', customers: 'customers' },
      },
      formattersFor('en'),
    );
    const [graph] = option.series as {
      links: {
        source: string;
        lineStyle: { width: number };
        label: { show: boolean; formatter: string };
      }[];
      data: { name: string }[];
    }[];
    const homeToCart = graph?.links.find((item) => item.source === 'home');
    expect(homeToCart?.label).toMatchObject({ show: true, formatter: '8 · 1 min' });
    expect(homeToCart?.lineStyle.width).toBe(9);
    const fromStart = graph?.links.find((item) => item.source === 'start');
    expect(fromStart?.label.show).toBe(false);
    expect(graph?.data.map((item) => item.name)).toEqual([
      'home',
      'ad',
      'cart',
      'mail',
      'start',
      'end',
    ]);
  });
});
