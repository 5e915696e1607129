import { describe, expect, it } from 'vitest';
import { measureOf } from '../../feedback/measures.ts';
import { formatInterval, formatP, formatValue, significanceMark } from './format.ts';

describe('satisfaction formats', () => {
  it('writes NPS as signed points, CSAT as a percentage, CES as a mean', () => {
    expect(formatValue('en', 'nps', -8.94)).toBe('−8.9');
    expect(formatValue('en', 'nps', 42.3)).toBe('+42');
    expect(formatValue('en', 'nps', 0)).toBe('0.0');
    expect(formatValue('fr', 'csat', 71.4)).toBe('71 %');
    expect(formatValue('fr', 'ces', 5.25)).toBe('5,3');
    expect(formatValue('en', 'ces', null)).toBe('—');
  });

  it('writes intervals, p-values and marks', () => {
    const m = measureOf('nps', [395, 0, 0, 0, 0, 0, 0, 476, 0, 0, 291]);
    expect(formatInterval('en', 'nps', m)).toBe('[−13 ; −4.6]');
    expect(formatP('en', 0.0004)).toBe('p < 0.001');
    expect(formatP('en', 0.0136)).toBe('p = 0.014');
    expect(formatP('en', 0.0503)).toBe('p = 0.050');
    expect(formatP('en', 0.2)).toBe('p = 0.20');
    const test = {
      test: 'nps-z',
      difference: -5,
      se: 1,
      statistic: -5,
      df: null,
      pValue: 0.001,
      significant: true,
      smallSample: false,
    } as const;
    expect(significanceMark(test)).toBe('▼');
    expect(significanceMark({ ...test, significant: false })).toBe('');
    expect(significanceMark(null)).toBe('');
  });
});
