import { describe, expect, it } from 'vitest';
import {
  performanceWords,
  periodWords,
  readBoolean,
  readCents,
  readInteger,
  readNumber,
  writeCents,
  writeNumber,
} from './touchpoint-cells.ts';

const outcome = <T>(cell: { ok: true; value: T } | { ok: false; message: string }) =>
  cell.ok ? cell.value : cell.message;

describe('readCents', () => {
  it.each([
    ['1250.50', 125050],
    ['1 250,50', 125050],
    ['1\u202f250,50', 125050],
    ['1,250.50', 125050],
    ['1.250,50', 125050],
    ['1250,5', 125050],
    ['1250', 125000],
    ['0.07', 7],
    ['1,250,000', 125000000],
    ['1 250,50 €', 125050],
    ['EUR 99.99', 9999],
  ])('reads %s as %i cents', (text, cents) => {
    expect(outcome(readCents(text, 'EUR'))).toBe(cents);
  });

  it('refuses negative amounts, words and more than two decimals', () => {
    expect(outcome(readCents('-5', 'EUR'))).toMatch(/must be an amount in EUR/);
    expect(outcome(readCents('cheap', 'EUR'))).toMatch(/got "cheap"/);
    expect(outcome(readCents('1.005', 'EUR'))).toBe('must have at most 2 decimals, got "1.005"');
  });

  it('writes with the decimal mark of the language', () => {
    expect(writeCents(125050, 'en')).toBe('1250.50');
    expect(writeCents(125050, 'fr')).toBe('1250,50');
    expect(writeNumber(0.25, 'fr')).toBe('0,25');
  });
});

describe('numbers', () => {
  it('reads integers in a range, with a typographic minus or a plus sign', () => {
    expect(outcome(readInteger('−3', -3, 3))).toBe(-3);
    expect(outcome(readInteger('+2', -3, 3))).toBe(2);
    expect(outcome(readInteger('7', -3, 3))).toBe('must be between -3 and 3, got "7"');
    expect(outcome(readInteger('2,5', 1, 5))).toBe(
      'must be a whole number between 1 and 5, got "2,5"',
    );
    expect(outcome(readInteger('12 000', 0))).toBe(12000);
  });

  it('reads decimals with a comma or a dot', () => {
    expect(outcome(readNumber('1,5', 0))).toBe(1.5);
    expect(outcome(readNumber('.5', 0))).toBe(0.5);
    expect(outcome(readNumber('-1', 0))).toBe('must be at least 0, got "-1"');
    expect(outcome(readNumber('two', 0))).toBe('must be a number, got "two"');
  });
});

describe('words', () => {
  it('reads performance in English or French, whatever the case and accents', () => {
    expect(outcome(performanceWords.read('Enchantement'))).toBe('enchantment');
    expect(outcome(performanceWords.read('NEUTRE'))).toBe('neutral');
    expect(outcome(performanceWords.read('Non existant'))).toBe('missing');
    expect(outcome(performanceWords.read('missing'))).toBe('missing');
    expect(outcome(performanceWords.read('great'))).toMatch(
      /must be one of enchantment\/enchantement/,
    );
    expect(performanceWords.write('missing', 'fr')).toBe('non existant');
  });

  it('reads cost periods in English or French', () => {
    expect(outcome(periodWords.read('Mensuel'))).toBe('monthly');
    expect(outcome(periodWords.read('annuel'))).toBe('yearly');
    expect(outcome(periodWords.read('One-off'))).toBe('one-off');
    expect(outcome(periodWords.read('ponctuel'))).toBe('one-off');
  });

  it.each([
    ['yes', true],
    ['Oui', true],
    ['TRUE', true],
    ['1', true],
    ['x', true],
    ['X', true],
    ['no', false],
    ['non', false],
    ['false', false],
    ['0', false],
    ['', false],
  ])('reads %s as %s', (text, value) => {
    expect(outcome(readBoolean(text))).toBe(value);
  });

  it('refuses other flags', () => {
    expect(outcome(readBoolean('maybe'))).toMatch(/must be yes\/no, oui\/non/);
  });
});
