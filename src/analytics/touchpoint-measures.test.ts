import { describe, expect, it } from 'vitest';
import type { Placement } from './conformance.ts';
import { TouchpointMeasures } from './touchpoint-measures.ts';

const HOUR = 3_600_000;
/** Item = stage here (one channel): 0 discover, 1 consider, 2 buy. */
const placementOf = (item: number): Placement => ({ stage: item, channel: 0 });
const hourly = (items: number[]) => items.map((_, index) => index * HOUR);

describe('touchpoint measures', () => {
  it('gives visits, reach, share, onward conversion and time to the next step', () => {
    const measures = new TouchpointMeasures(placementOf, 3);
    for (const items of [[0, 1, 2], [0, 0, 1], [0], [1, 0]]) measures.add(items, hourly(items));
    const [discover, consider, buy] = measures.measures();
    expect(measures.customers).toBe(4);
    expect(discover).toMatchObject({ item: 0, visits: 5, reach: 4, share: 1 });
    // After their last visit to stage 0: customers 1 and 2 move on; 3 stops; 4 was going back.
    expect(discover?.onwardConversion).toBeCloseTo(0.5);
    expect(consider).toMatchObject({ visits: 3, reach: 3, share: 0.75 });
    expect(consider?.onwardConversion).toBeCloseTo(1 / 3);
    expect(buy?.onwardConversion).toBeNull();
    expect(Math.abs((discover?.medianMsToNext ?? 0) / HOUR - 1)).toBeLessThan(0.02);
    expect(buy?.medianMsToNext).toBeNull();
  });
});
