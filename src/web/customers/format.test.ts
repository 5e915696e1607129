import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatMoney, shortId, traitText } from './format.ts';

describe('customer formats', () => {
  it('groups digits and formats money in the interface language', () => {
    expect(formatCount('en', 50000)).toBe('50,000');
    expect(formatCount('fr', 50000)).toBe('50\u202f000');
    expect(formatMoney('en', 1234.5, 'EUR')).toBe('€1,234.50');
    expect(formatMoney('fr', 1234.5, 'EUR')).toBe('1\u202f234,50\u00a0€');
    expect(formatMoney('en', 12.345, null)).toBe('12.35');
    expect(formatMoney('en', 3, 'not a currency')).toBe('3');
  });

  it('shows the day of a time', () => {
    expect(formatDate('en', '2026-05-08T12:00:00Z')).toBe('May 8, 2026');
    expect(formatDate('fr', '2026-05-08T12:00:00Z')).toBe('8 mai 2026');
    expect(formatDate('en', 'nonsense')).toBe('nonsense');
  });

  it('cuts long identifiers in the middle only', () => {
    expect(shortId('user-42')).toBe('user-42');
    expect(shortId('c38e74d7-3ddd-49be-b25a-02d86b185459')).toBe('c38e74d7-3dd…2d86b185459');
    expect([...shortId('c38e74d7-3ddd-49be-b25a-02d86b185459', 10)]).toHaveLength(10);
  });

  it('shows traits as text', () => {
    expect(traitText('Léa')).toBe('Léa');
    expect(traitText({ city: 'Lyon' })).toBe('{"city":"Lyon"}');
    expect(traitText(null)).toBe('');
  });
});
