import { describe, expect, it } from 'vitest';
import { formatShare, parseShare } from './share.ts';

describe('parseShare', () => {
  it('reads percentages written in many ways', () => {
    expect(parseShare('35 %')).toEqual({ ok: true, value: 0.35 });
    expect(parseShare('35%')).toEqual({ ok: true, value: 0.35 });
    expect(parseShare(' 35 ')).toEqual({ ok: true, value: 0.35 });
    expect(parseShare('12,5 %')).toEqual({ ok: true, value: 0.125 });
    expect(parseShare('12.5')).toEqual({ ok: true, value: 0.125 });
    expect(parseShare('7\u202f%')).toEqual({ ok: true, value: 0.07 });
    expect(parseShare('100')).toEqual({ ok: true, value: 1 });
    expect(parseShare('0')).toEqual({ ok: true, value: 0 });
  });

  it('reads an empty field as unknown', () => {
    expect(parseShare('')).toEqual({ ok: true, value: null });
    expect(parseShare('  ')).toEqual({ ok: true, value: null });
  });

  it('refuses what is not a percentage from 0 to 100', () => {
    for (const text of ['abc', '-5', '101', '35 %%', '1e2', '3,5,1', '%']) {
      expect(parseShare(text), text).toEqual({ ok: false });
    }
  });
});

describe('formatShare', () => {
  it('writes the percentage the way the reader does', () => {
    expect(formatShare(0.35, 'en')).toBe('35%');
    expect(formatShare(0.125, 'fr').replace(/\s/g, ' ')).toBe('12,5 %');
    expect(formatShare(null, 'en')).toBe('');
  });

  it('round-trips through parseShare', () => {
    for (const share of [0, 0.07, 0.35, 0.125, 1]) {
      for (const lang of ['en', 'fr']) {
        expect(parseShare(formatShare(share, lang))).toEqual({ ok: true, value: share });
      }
    }
  });
});
