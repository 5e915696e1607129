import { describe, expect, it } from 'vitest';
import { estimateTextWidth, fitText, wrapText } from './map-text.ts';

describe('map text estimates', () => {
  it('measures wide letters wider than narrow ones, and bold wider than normal', () => {
    expect(estimateTextWidth('WWW', 10)).toBeGreaterThan(estimateTextWidth('iii', 10) * 3);
    expect(estimateTextWidth('Achat', 13, 'bold')).toBeGreaterThan(estimateTextWidth('Achat', 13));
    expect(estimateTextWidth('é', 10)).toBe(estimateTextWidth('e', 10));
    expect(estimateTextWidth('', 10)).toBe(0);
  });

  it('wraps on words and keeps every line within the width', () => {
    const lines = wrapText('Paiement en trois étapes avec création de compte', 120, 13, 3);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('Paiement en trois étapes avec création de compte');
  });

  it('cuts a word longer than a line, and ends the last allowed line with an ellipsis', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious'.repeat(4), 100, 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
    for (const line of lines) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(100);
  });

  it('fits one line with an ellipsis only when needed', () => {
    expect(fitText('Achat', 200, 13)).toBe('Achat');
    const cut = fitText('Service après-vente et réclamations', 80, 13);
    expect(cut.endsWith('…')).toBe(true);
    expect(estimateTextWidth(cut, 13)).toBeLessThanOrEqual(80);
    expect(wrapText('   ', 100, 13, 3)).toEqual(['']);
  });
});
