import { describe, expect, it } from 'vitest';
import { formatCount, formatDuration, formatPercent, formatScore, NO_FIGURE } from './format.ts';

// Intl separates groups with narrow no-break spaces in French: compare without them.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('analytics figures', () => {
  it('groups thousands in each language', () => {
    expect(formatCount('en', 12500)).toBe('12,500');
    expect(plain(formatCount('fr', 12500))).toBe('12 500');
  });

  it('shows small shares with one decimal, large ones whole', () => {
    expect(formatPercent('en', 0.8514)).toBe('85%');
    expect(formatPercent('en', 0.0223)).toBe('2.2%');
    expect(formatPercent('en', 0)).toBe('0%');
    expect(plain(formatPercent('fr', 0.0223))).toBe('2,2 %');
    expect(formatPercent('en', null)).toBe(NO_FIGURE);
  });

  it('reads durations in the unit that suits them', () => {
    expect(formatDuration('en', 45_000)).toBe('45 sec');
    expect(formatDuration('en', 582_043)).toBe('9.7 min');
    expect(formatDuration('en', 7_197_423)).toBe('2 hr');
    expect(formatDuration('en', 119_784_720)).toBe('1.4 days');
    expect(formatDuration('en', 30 * 86_400_000)).toBe('30 days');
    expect(plain(formatDuration('fr', 119_784_720))).toBe('1,4 jour');
    expect(formatDuration('en', null)).toBe(NO_FIGURE);
  });

  it('signs scores', () => {
    expect(formatScore('en', 6.13)).toBe('+6.1');
    expect(formatScore('en', -2.06)).toBe('-2.1');
    expect(formatScore('en', 0)).toBe('0.0');
  });
});
