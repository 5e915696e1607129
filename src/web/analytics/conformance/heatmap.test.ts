import { describe, expect, it } from 'vitest';
import { formattersFor } from '../format.ts';
import { activeChannels, switchHeatmapOption } from './heatmap.ts';

const data = {
  channels: [
    { id: 'web', name: 'Website' },
    { id: 'mail', name: 'Email' },
    { id: 'fax', name: 'Fax' },
  ],
  switchMatrix: [
    [50, 7, 0],
    [3, 0, 0],
    [0, 0, 0],
  ],
};

const words = { from: 'From', to: 'To', moves: 'moves', stay: 'same channel' };

describe('channel-switch heatmap', () => {
  it('leaves out channels without any move', () => {
    expect(activeChannels(data.switchMatrix)).toEqual([0, 1]);
  });

  it('puts switches on the colour scale and staying on a channel apart', () => {
    const option = switchHeatmapOption(data, formattersFor('en'), words);
    const [switches, stays] = option.series as { data: unknown[] }[];
    const values = (switches?.data ?? []).map((item) => (item as { value: number[] }).value);
    expect(values).toEqual([
      [1, 0, 7],
      [0, 1, 3],
    ]);
    expect(stays?.data).toEqual([
      [0, 0, 50],
      [1, 1, 0],
    ]);
    expect(option.visualMap).toMatchObject({ min: 0, max: 7, seriesIndex: 0 });
    expect((option.xAxis as { data: string[] }).data).toEqual(['Website', 'Email']);
  });
});
