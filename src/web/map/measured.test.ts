import { describe, expect, it } from 'vitest';
import { formattersFor } from '../analytics/format.ts';
import {
  BAND_COLORS,
  bandColor,
  bandLabels,
  bandOf,
  bandsOf,
  layerData,
  measureValue,
  satisfactionOf,
  type TouchpointMeasure,
} from './measured.ts';

const measure = (
  touchpointId: string,
  reach: number,
  fields: Partial<TouchpointMeasure> = {},
): TouchpointMeasure => ({
  touchpointId,
  visits: reach,
  reach,
  share: reach / 100,
  onwardConversion: 0.5,
  medianMsToNext: 60_000,
  ...fields,
});

const f = formattersFor('en');

describe('measured layer', () => {
  it('reads the chosen measure, and nothing for a touchpoint nobody reached', () => {
    const item = measure('a', 40, { onwardConversion: null });
    expect(measureValue(item, 'reach')).toBe(40);
    expect(measureValue(item, 'share')).toBe(0.4);
    expect(measureValue(item, 'onwardConversion')).toBeNull();
    expect(measureValue(item, 'medianMsToNext')).toBe(60_000);
    expect(measureValue(measure('b', 0), 'reach')).toBeNull();
    expect(measureValue(undefined, 'reach')).toBeNull();
  });

  it('cuts counts into quintiles of the journey and conversion into fixed bands', () => {
    const reaches = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(bandsOf(reaches, 'reach')).toEqual([3, 5, 7, 9]);
    expect(bandsOf([5, 5, 5], 'reach')).toEqual([]);
    expect(bandsOf([0.1], 'onwardConversion')).toEqual([0.2, 0.4, 0.6, 0.8]);
  });

  it('puts each value in its band and colours the bands light to dark', () => {
    const bands = [3, 5, 7, 9];
    expect([1, 3, 4, 9, 100].map((value) => bandOf(value, bands))).toEqual([0, 1, 1, 4, 4]);
    expect(bandColor(0, 4)).toBe(BAND_COLORS[0]);
    expect(bandColor(4, 4)).toBe(BAND_COLORS[4]);
    expect(bandColor(1, 2)).toBe(BAND_COLORS[2]);
    expect(bandColor(0, 0)).toBe(BAND_COLORS[0]);
  });

  it('labels the bands of the legend as ranges', () => {
    expect(bandLabels([3, 5], 'reach', f)).toEqual(['< 3', '3 – 5', '≥ 5']);
    expect(bandLabels([0.2, 0.4], 'onwardConversion', f)).toEqual(['< 20%', '20% – 40%', '≥ 40%']);
    expect(bandLabels([], 'reach', f)).toEqual([]);
  });

  it('indexes the measures by touchpoint and leaves unreached ones out of the scale', () => {
    const data = layerData(
      { journeyId: 'j', customers: 100, touchpoints: [measure('a', 10), measure('b', 0)] },
      'reach',
    );
    expect(data.byId.get('b')?.reach).toBe(0);
    expect(data.customers).toBe(100);
    expect(data.bands).toEqual([]);
  });
});

describe('satisfaction on the map', () => {
  const answered = (value: number | null, n = 40) => ({ n, value });

  it('shows NPS first, else CSAT, else CES, each scaled to one colour index', () => {
    const nps = satisfactionOf({ nps: answered(-34), csat: answered(80), ces: null }, true, f);
    expect(nps).toEqual({ text: 'NPS -34', index: 0.33, irritant: true });
    const csat = satisfactionOf(
      { nps: answered(null, 0), csat: answered(38), ces: null },
      false,
      f,
    );
    expect(csat?.text).toMatch(/^CSAT 38(\.0)?%$/);
    expect(csat?.index).toBeCloseTo(0.38);
    const ces = satisfactionOf({ nps: null, csat: null, ces: answered(5.5) }, false, f);
    expect(ces).toEqual({ text: 'CES 5.5', index: 0.75, irritant: false });
    expect(satisfactionOf({ nps: null, csat: null, ces: null }, false, f)).toBeNull();
  });

  it('colours by the satisfaction index, not by reach', () => {
    const item = measure('tp', 0, {
      satisfaction: { text: 'NPS 10', index: 0.55, irritant: false },
    });
    expect(measureValue(item, 'satisfaction')).toBe(0.55);
    expect(measureValue(measure('tp', 5), 'satisfaction')).toBeNull();
    expect(bandsOf([0.1, 0.9], 'satisfaction')).toEqual([0.2, 0.4, 0.6, 0.8]);
  });
});
