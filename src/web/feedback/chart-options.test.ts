import { describe, expect, it } from 'vitest';
import { breakdownOf, distributionsBy, trendOf } from '../../feedback/breakdown.ts';
import { barsOption, COLOURS, gaugeOption, renderWhisker, trendOption } from './chart-options.ts';

const breakdown = breakdownOf(
  'nps',
  distributionsBy('nps', [
    { keys: ['a'], score: 0, count: 40 },
    { keys: ['b'], score: 10, count: 40 },
    { keys: [''], score: 8, count: 5 },
  ]),
  (key) => ({ label: key.toUpperCase(), order: null }),
);

interface Series {
  type: string;
  data: unknown[];
}
const seriesOf = (option: object) => (option as { series: Series[] }).series;

describe('dashboard charts', () => {
  it('draws bars with whiskers, coloured by significance, small samples greyed', () => {
    const option = barsOption('nps', breakdown.groups, 'en', '(none)');
    expect((option as { yAxis: { data: string[] } }).yAxis.data).toEqual([
      '(none) (n=5)',
      'B (n=40)',
      'A (n=40)',
    ]);
    const [bars, whiskers] = seriesOf(option);
    expect(bars?.data).toEqual([
      { value: 0, itemStyle: { color: COLOURS.small }, label: { color: '#212529' } },
      { value: 100, itemStyle: { color: COLOURS.above }, label: { color: '#ffffff' } },
      { value: -100, itemStyle: { color: COLOURS.below }, label: { color: '#ffffff' } },
    ]);
    // Unanimous groups have a zero-width interval; the small one a real one.
    expect(whiskers?.data).toHaveLength(3);
  });

  it('draws a whisker as a line with two caps', () => {
    const api = {
      value: (d: number) => [10, 30, 1][d] ?? 0,
      coord: ([x, y]: [number, number]) => [x * 2, y * 100],
      size: () => [0, 50],
    };
    const drawn = renderWhisker(null, api);
    expect(drawn.children.map((c) => c.shape)).toEqual([
      { x1: 20, y1: 100, x2: 60, y2: 100 },
      { x1: 20, y1: 91, x2: 20, y2: 109 },
      { x1: 60, y1: 91, x2: 60, y2: 109 },
    ]);
  });

  it('draws the gauge on the scale of the measure', () => {
    const option = gaugeOption('csat', { ...breakdown.overall, kind: 'csat', value: 71 });
    const [gauge] = seriesOf(option) as unknown as {
      min: number;
      max: number;
      data: { value: number }[];
    }[];
    expect(gauge).toMatchObject({ min: 0, max: 100, data: [{ value: 71 }] });
  });

  it('draws the trend with its band and marks significant changes', () => {
    const points = trendOf(
      'nps',
      new Map([
        ['2026-01', [20, 0, 0, 0, 0, 0, 0, 20, 0, 0, 20]],
        ['2026-02', [0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 50]],
      ]),
    );
    const [lows, widths, line] = seriesOf(trendOption('nps', points, 'en'));
    expect(lows?.data[0]).toBeCloseTo(points[0]?.measure.low ?? 0, 6);
    expect(widths?.data[0]).toBeCloseTo(
      (points[0]?.measure.high ?? 0) - (points[0]?.measure.low ?? 0),
      6,
    );
    expect(line?.data[1]).toMatchObject({ symbolSize: 12 });
  });
});
