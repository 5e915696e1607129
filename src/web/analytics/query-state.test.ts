import { describe, expect, it } from 'vitest';
import {
  type AnalyticsQuery,
  DEFAULT_QUERY,
  hasFilters,
  parseAnalyticsQuery,
  serializeAnalyticsQuery,
} from './query-state.ts';

const full: AnalyticsQuery = {
  tab: 'paths',
  filters: {
    journeyId: 'j1',
    from: '2026-01-01',
    to: '2026-03-31',
    personaIds: ['p1', 'p2'],
    channelIds: ['web'],
    traitName: 'plan',
    traitValues: ['gold', 'premium plus'],
  },
  funnel: {
    steps: [
      { kind: 'stage', stageId: 's1' },
      { kind: 'touchpoints', touchpointIds: ['t1', 't2'] },
    ],
    mode: 'strict',
    windowHours: 48,
    excludedIds: ['t9'],
    breakdown: { by: 'trait', name: 'city' },
  },
  paths: { level: 'channel', share: 0.55, anchor: 't3', direction: 'before', depth: 6 },
};

describe('analytics URL state', () => {
  it('gives every state back from its query string', () => {
    expect(parseAnalyticsQuery(serializeAnalyticsQuery(full))).toEqual(full);
    expect(parseAnalyticsQuery(`?${serializeAnalyticsQuery(full)}`)).toEqual(full);
  });

  it('keeps links short: the default state is an empty query', () => {
    expect(serializeAnalyticsQuery(DEFAULT_QUERY)).toBe('');
    expect(parseAnalyticsQuery('')).toEqual(DEFAULT_QUERY);
  });

  it('ignores what it does not understand instead of failing', () => {
    const parsed = parseAnalyticsQuery(
      '?tab=nope&mode=fast&window=-3&share=7&depth=99&from=yesterday&step=stage:&step=odd&breakdown=trait:',
    );
    expect(parsed.tab).toBe('funnel');
    expect(parsed.funnel).toEqual(DEFAULT_QUERY.funnel);
    expect(parsed.paths.share).toBe(1);
    expect(parsed.paths.depth).toBe(DEFAULT_QUERY.paths.depth);
    expect(parsed.filters.from).toBeNull();
  });

  it('drops trait values without a trait name', () => {
    const text = serializeAnalyticsQuery({
      ...DEFAULT_QUERY,
      filters: { ...DEFAULT_QUERY.filters, traitValues: ['x'] },
    });
    expect(text).toBe('');
  });

  it('tells when customers are filtered', () => {
    expect(hasFilters(DEFAULT_QUERY.filters)).toBe(false);
    expect(hasFilters({ ...DEFAULT_QUERY.filters, journeyId: 'j2' })).toBe(false);
    expect(hasFilters(full.filters)).toBe(true);
    expect(hasFilters({ ...DEFAULT_QUERY.filters, traitName: 'plan' })).toBe(false);
  });
});
