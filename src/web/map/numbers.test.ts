import { describe, expect, it } from 'vitest';
import {
  formatCents,
  formatCount,
  formatDecimal,
  parseCount,
  parseDecimal,
  parseMoneyCents,
} from './numbers.ts';

describe('parseMoneyCents', () => {
  it('reads French and English amounts into cents', () => {
    expect(parseMoneyCents('1 250,50')).toEqual({ ok: true, value: 125050 });
    expect(parseMoneyCents('1\u202f250,50')).toEqual({ ok: true, value: 125050 });
    expect(parseMoneyCents('1,250.50')).toEqual({ ok: true, value: 125050 });
    expect(parseMoneyCents('1.250,5')).toEqual({ ok: true, value: 125050 });
    expect(parseMoneyCents('1,250')).toEqual({ ok: true, value: 125000 });
    expect(parseMoneyCents('12,5')).toEqual({ ok: true, value: 1250 });
    expect(parseMoneyCents('40')).toEqual({ ok: true, value: 4000 });
    expect(parseMoneyCents('0.07')).toEqual({ ok: true, value: 7 });
    expect(parseMoneyCents("1'000'000")).toEqual({ ok: true, value: 100000000 });
  });

  it('reads an empty amount as no cost', () => {
    expect(parseMoneyCents('  ')).toEqual({ ok: true, value: null });
  });

  it('refuses what is not an amount of money', () => {
    expect(parseMoneyCents('-5')).toEqual({ ok: false, error: 'negative' });
    expect(parseMoneyCents('12 €')).toEqual({ ok: false, error: 'number' });
    expect(parseMoneyCents('1,2,3')).toEqual({ ok: false, error: 'number' });
    expect(parseMoneyCents('1.5.0,2')).toEqual({ ok: false, error: 'number' });
    expect(parseMoneyCents('3,')).toEqual({ ok: false, error: 'number' });
    expect(parseMoneyCents('1,2345')).toEqual({ ok: false, error: 'decimals' });
    expect(parseMoneyCents('99999999999999')).toEqual({ ok: false, error: 'tooLarge' });
  });
});

describe('parseDecimal and parseCount', () => {
  it('reads hours with either decimal mark', () => {
    expect(parseDecimal('1,5')).toEqual({ ok: true, value: 1.5 });
    expect(parseDecimal('0.125')).toEqual({ ok: true, value: 0.125 });
    expect(parseDecimal('')).toEqual({ ok: true, value: null });
    expect(parseDecimal('two')).toEqual({ ok: false, error: 'number' });
  });

  it('reads whole counts with grouped digits', () => {
    expect(parseCount('12 000')).toEqual({ ok: true, value: 12000 });
    expect(parseCount('12,000')).toEqual({ ok: true, value: 12000 });
    expect(parseCount('12,5')).toEqual({ ok: false, error: 'decimals' });
    expect(parseCount('-1')).toEqual({ ok: false, error: 'negative' });
  });
});

describe('formatting for editing', () => {
  it('writes values that read back to themselves', () => {
    for (const lang of ['fr', 'en']) {
      expect(parseMoneyCents(formatCents(125050, lang))).toEqual({ ok: true, value: 125050 });
      expect(parseMoneyCents(formatCents(4000, lang))).toEqual({ ok: true, value: 4000 });
      expect(parseDecimal(formatDecimal(1250.5, lang))).toEqual({ ok: true, value: 1250.5 });
      expect(parseCount(formatCount(1234567, lang))).toEqual({ ok: true, value: 1234567 });
    }
    expect(formatCents(125050, 'en')).toBe('1,250.50');
    expect(formatCents(4000, 'en')).toBe('40');
  });
});
