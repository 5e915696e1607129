import { describe, expect, it } from 'vitest';
import { moneyFormat, moneyInput, parseMoney, parseNumber, percent } from './format.ts';

describe('prioritise formats', () => {
  it('formats cents in the currency and language', () => {
    expect(moneyFormat('en', 'EUR').money(12_345_678)).toBe('€123,457');
    expect(moneyFormat('fr', 'EUR').money(12_345_678).replace(/\s/g, ' ')).toBe('123 457 €');
    expect(moneyFormat('en', 'EUR').compact(75_000_000)).toBe('€750K');
    expect(percent('en', 0.345)).toBe('35%');
  });

  it('reads numbers typed the French or English way', () => {
    expect(parseNumber('12 000,5')).toBe(12_000.5);
    expect(parseNumber('1.25')).toBe(1.25);
    expect(parseNumber('12\u202f000')).toBe(12_000);
    expect(parseNumber('abc')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
    expect(parseMoney('45 000')).toBe(4_500_000);
    expect(parseMoney('-3')).toBeUndefined();
    expect(moneyInput(4_500_050)).toBe('45000.5');
    expect(moneyInput(null)).toBe('');
  });
});
