import { describe, expect, it } from 'vitest';
import { periodFilters } from './periods.ts';

describe('period filters', () => {
  it('turns whole days into an inclusive start and an exclusive end', () => {
    expect(periodFilters('2026-03-01', '2026-03-31')).toEqual({
      from: '2026-03-01T00:00:00.000Z',
      to: '2026-04-01T00:00:00.000Z',
    });
    expect(periodFilters('', '')).toEqual({});
  });
});
