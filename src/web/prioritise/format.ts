/** Numbers of the prioritisation screens: money in the workspace currency, shares, parsing. Pure. */
import type { Lang } from '../i18n/language.ts';

export interface MoneyFormat {
  /** Cents as an amount of the currency, no decimals (plans speak in whole units). */
  readonly money: (cents: number) => string;
  /** Cents, compact (12 k€), for chart axes. */
  readonly compact: (cents: number) => string;
}

export function moneyFormat(lang: Lang, currency: string): MoneyFormat {
  const whole = new Intl.NumberFormat(lang, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  });
  const compact = new Intl.NumberFormat(lang, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumSignificantDigits: 3,
  });
  return {
    money: (cents) => whole.format(Math.round(cents) / 100),
    compact: (cents) => compact.format(cents / 100),
  };
}

export const percent = (lang: Lang, share: number, digits = 0): string =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(share);

export const decimal = (lang: Lang, value: number, digits = 2): string =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);

/**
 * A number typed by a person: spaces (also thin and no-break ones) as thousands separators,
 * a comma or a dot as the decimal mark. Undefined when it is not a number.
 */
export function parseNumber(text: string): number | undefined {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (cleaned === '' || !/^-?\d*\.?\d+$/.test(cleaned)) return undefined;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

/** An amount of money typed in currency units, as whole cents. */
export function parseMoney(text: string): number | undefined {
  const value = parseNumber(text);
  return value === undefined || value < 0 ? undefined : Math.round(value * 100);
}

/** Cents as the text of an input in currency units (no separators, so it parses back). */
export const moneyInput = (cents: number | null): string =>
  cents === null ? '' : String(Math.round(cents) / 100);
