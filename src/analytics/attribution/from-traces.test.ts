import { describe, expect, it } from 'vitest';
import { CONVERSION_ITEM } from '../../storage/events/analytics-port.ts';
import { CONVERSION, JourneyCollector } from './from-traces.ts';

const names = ['web', 'email', 'store'];

describe('attribution journeys from traces', () => {
  it('uses the store’s conversion item', () => {
    expect(CONVERSION).toBe(CONVERSION_ITEM);
  });

  it('splits a trace at each conversion and keeps the tail as a journey without conversion', () => {
    const collector = new JourneyCollector((item) => names[item] ?? '?');
    const H = 3_600_000;
    collector.add(
      [0, 1, CONVERSION, CONVERSION, 2, CONVERSION, 0],
      [0, H, 2 * H, 3 * H, 4 * H, 5 * H, 6 * H],
      [Number.NaN, Number.NaN, 80, 10, Number.NaN, 20, Number.NaN],
    );
    collector.add([0, 1, CONVERSION], [0, H, 2 * H], [Number.NaN, Number.NaN, 40]);
    expect(collector.aggregated()).toEqual([
      { touches: ['web', 'email'], conversions: 2, value: 120, nulls: 0 },
      { touches: ['store'], conversions: 1, value: 20, nulls: 0 },
      { touches: ['web'], conversions: 0, value: 0, nulls: 1 },
    ]);
    expect(collector.timed[0]?.msBeforeConversion).toEqual([2 * H, H]);
    expect(collector.timed).toHaveLength(3);
  });
});
