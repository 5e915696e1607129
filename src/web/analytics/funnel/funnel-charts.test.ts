import { describe, expect, it } from 'vitest';
import { formattersFor } from '../format.ts';
import {
  type BreakdownRow,
  biggestDrop,
  breakdownOption,
  bucketLabels,
  type FunnelFigures,
  funnelOption,
  largestGroups,
} from './funnel-charts.ts';

const f = formattersFor('en');

const step = (label: string, customers: number, previous: number, first: number) => ({
  label,
  customers,
  overallConversion: customers / first,
  stepConversion: customers / previous,
  dropOff: previous - customers,
  medianMsFromStart: null,
});

const steps = [
  step('Visit', 1000, 1000, 1000),
  step('Cart', 400, 1000, 1000),
  step('Pay', 300, 400, 1000),
];

const figures = (population: number): FunnelFigures => ({
  population,
  steps,
  timeToConvert: { medianMs: null, bucketsMs: [], counts: [] },
});

describe('funnel charts', () => {
  it('draws the steps in order, widths scaled to the first step', () => {
    const option = funnelOption(steps, f);
    const series = Array.isArray(option.series) ? option.series[0] : option.series;
    expect(series).toMatchObject({ type: 'funnel', sort: 'none', min: 0, max: 1000 });
    const data = (series as { data: { name: string; value: number }[] }).data;
    expect(data.map((item) => [item.name, item.value])).toEqual([
      ['1. Visit', 1000],
      ['2. Cart', 400],
      ['3. Pay', 300],
    ]);
  });

  it('names the time buckets by their bounds', () => {
    expect(bucketLabels([0, 60_000, 3_600_000, 86_400_000], f)).toEqual([
      '< 1 min',
      '1 min – 1 hr',
      '1 hr – 1 day',
      '≥ 1 day',
    ]);
  });

  it('finds the step that loses the most customers', () => {
    expect(biggestDrop(steps)).toEqual({ index: 1, lost: 600, share: 0.6 });
    expect(biggestDrop([step('Only', 5, 5, 5)])).toBeNull();
  });

  it('draws one bar series per group, the largest groups first', () => {
    const rows: BreakdownRow[] = [
      { value: 'small', figures: figures(10) },
      { value: 'big', figures: figures(900) },
      { value: 'mid', figures: figures(90) },
    ];
    const shown = largestGroups(rows, 2);
    expect(shown.map((row) => row.value)).toEqual(['big', 'mid']);
    const option = breakdownOption(['Visit', 'Cart', 'Pay'], shown, f);
    const series = option.series as { name: string; data: number[] }[];
    expect(series.map((item) => item.name)).toEqual(['big', 'mid']);
    expect(series[0]?.data).toEqual([1, 0.4, 0.3]);
  });
});
