/**
 * Numbers typed by people, in French or English habits: "1 250,50", "1,250.50", "1.250,50",
 * "12 000". Spaces and apostrophes group digits; the last of "," and "." is the decimal mark.
 */

export type NumberError = 'number' | 'negative' | 'decimals' | 'tooLarge';

export type Parsed<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: NumberError };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: NumberError): Parsed<T> => ({ ok: false, error });

/** Digits grouped by threes with one separator, e.g. "1,250,000". */
const isGrouped = (text: string, separator: string): boolean =>
  new RegExp(`^\\d{1,3}(\\${separator}\\d{3})+$`).test(text);

/**
 * The number as "1250.50" (digits, at most one "."), or an error. With `maxDecimals` below 3,
 * a lone separator followed by exactly three digits groups thousands ("1,250" is 1250), as in
 * money and counts; elsewhere it is a decimal mark ("0,125" hours).
 */
export function normalizeNumber(text: string, maxDecimals: number): Parsed<string> {
  const compact = text.trim().replace(/[\s\u00a0\u202f'’]/g, '');
  if (compact.startsWith('-') || compact.startsWith('\u2212')) return fail('negative');
  if (!/^[0-9.,]+$/.test(compact) || !/[0-9]/.test(compact)) return fail('number');
  const lastComma = compact.lastIndexOf(',');
  const lastDot = compact.lastIndexOf('.');
  if (lastComma !== -1 && lastDot !== -1) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    const cut = Math.max(lastComma, lastDot);
    const whole = compact.slice(0, cut);
    const fraction = compact.slice(cut + 1);
    if (!/^\d+$/.test(fraction) || !(/^\d+$/.test(whole) || isGrouped(whole, group))) {
      return fail('number');
    }
    return ok(`${whole.replaceAll(group, '')}.${fraction}`);
  }
  const separator = lastComma !== -1 ? ',' : lastDot !== -1 ? '.' : null;
  if (separator === null) return ok(compact);
  const parts = compact.split(separator);
  if (parts.length > 2) {
    return isGrouped(compact, separator) ? ok(parts.join('')) : fail('number');
  }
  const [whole = '', fraction = ''] = parts;
  if (whole === '' || fraction === '') return fail('number');
  const groupsThousands = maxDecimals < 3 && fraction.length === 3 && whole.length <= 3;
  return ok(groupsThousands ? `${whole}${fraction}` : `${whole}.${fraction}`);
}

/** An amount of money in cents: "1 250,50" → 125050; empty → null (no cost). */
export function parseMoneyCents(text: string, maxCents = 1e15): Parsed<number | null> {
  if (text.trim() === '') return ok(null);
  const normalized = normalizeNumber(text, 2);
  if (!normalized.ok) return normalized;
  const [whole = '0', fraction = ''] = normalized.value.split('.');
  if (fraction.length > 2) return fail('decimals');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return cents > maxCents ? fail('tooLarge') : ok(cents);
}

/** A non-negative decimal, e.g. hours: "1,5" → 1.5; empty → null. */
export function parseDecimal(text: string): Parsed<number | null> {
  if (text.trim() === '') return ok(null);
  const normalized = normalizeNumber(text, Number.POSITIVE_INFINITY);
  if (!normalized.ok) return normalized;
  const value = Number(normalized.value);
  return Number.isFinite(value) ? ok(value) : fail('number');
}

/** A whole count, e.g. people reached: "12 000" → 12000; empty → null. */
export function parseCount(text: string): Parsed<number | null> {
  if (text.trim() === '') return ok(null);
  const normalized = normalizeNumber(text, 0);
  if (!normalized.ok) return normalized;
  if (normalized.value.includes('.')) return fail('decimals');
  const value = Number(normalized.value);
  return Number.isSafeInteger(value) ? ok(value) : fail('tooLarge');
}

/** Cents as people type them back: "1 250,50" in French, "1,250.50" in English, "40" whole. */
export function formatCents(cents: number, lang: string): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(lang, {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(cents / 100);
}

/** Hours without grouping, so that "1,250" can never be read back as 1.25. */
export const formatDecimal = (value: number, lang: string): string =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 3, useGrouping: false }).format(value);

export const formatCount = (value: number, lang: string): string =>
  new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(value);
