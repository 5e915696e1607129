import { describe, expect, it } from 'vitest';
import { channelsOption, returnsOption, sensitivityOption } from './plan-options.ts';

const format = {
  money: (c: number) => `${c / 100} €`,
  compact: (c: number) => `${c / 100000}k`,
  share: (v: number) => `${Math.round(v * 100)} %`,
};

describe('plan options', () => {
  it('shows the return of each horizon with its weight', () => {
    const option = returnsOption(
      { short: 100, medium: 200, long: 300 },
      { short: 0.5, medium: 0.3, long: 0.2 },
      { short: 'Short', medium: 'Medium', long: 'Long' },
      format,
    );
    expect((option.xAxis as { data: string[] }).data).toEqual([
      'Short\n× 50 %',
      'Medium\n× 30 %',
      'Long\n× 20 %',
    ]);
    expect((option.series as { data: { value: number }[] }[])[0]?.data.map((d) => d.value)).toEqual(
      [100, 200, 300],
    );
  });

  it('stacks media and actions per channel, with ticks at the bounds', () => {
    const channels = [
      {
        channelId: 'a',
        name: 'Search',
        mediaCents: 500,
        actionCents: 100,
        totalCents: 600,
        minCents: 100,
        maxCents: 600,
        returns: { short: 1, medium: 0, long: 0 },
      },
      {
        channelId: 'b',
        name: 'TV',
        mediaCents: 0,
        actionCents: 0,
        totalCents: 0,
        minCents: 0,
        maxCents: null,
        returns: { short: 1, medium: 0, long: 0 },
      },
    ];
    const option = channelsOption(
      channels,
      { media: 'Media', actions: 'Actions', bounds: 'Min–max' },
      format,
    );
    const series = option.series as { data: unknown[] }[];
    expect(series[0]?.data).toEqual([500, 0]);
    expect(series[2]?.data).toEqual([
      [100, 0],
      [600, 0],
    ]);
  });

  it('draws the sensitivity with gaps where no plan fits', () => {
    const points = [
      { change: -0.5, budgetCents: 50, weightedReturnCents: null, spentCents: null, returns: null },
      { change: 0, budgetCents: 100, weightedReturnCents: 120, spentCents: 100, returns: null },
    ];
    const option = sensitivityOption(
      points,
      100,
      { weighted: 'Return', spent: 'Spent', current: 'Now' },
      format,
    );
    const series = option.series as { data: unknown[] }[];
    expect(series[0]?.data).toEqual([
      [50, null],
      [100, 120],
    ]);
  });
});
