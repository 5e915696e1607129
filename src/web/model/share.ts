/**
 * A persona's share of customers: stored as a fraction (0–1), typed and shown as a percentage.
 * People write "35 %", "35%", "12,5" or "12.5 %"; all are read the same way.
 */

export type ShareParse =
  | { readonly ok: true; readonly value: number | null }
  | { readonly ok: false };

// Spaces people (and Intl in French) put before the sign: plain, no-break, narrow no-break.
const SPACES = /[\s\u00a0\u202f]+/g;

/** "35 %" → 0.35; "" → null (unknown); anything that is not a number from 0 to 100 → failure. */
export function parseShare(text: string): ShareParse {
  const compact = text.replace(SPACES, '');
  if (compact === '') return { ok: true, value: null };
  const number = compact.replace(/%$/, '').replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(number)) return { ok: false };
  const percent = Number(number);
  if (percent > 100) return { ok: false };
  // Rounded so that 0.07 stays 0.07 rather than 0.07000000000000001.
  return { ok: true, value: Number((percent / 100).toFixed(6)) };
}

const formats = new Map<string, Intl.NumberFormat>();

/** 0.35 → "35 %" in French, "35%" in English; null → "". */
export function formatShare(share: number | null, lang: string): string {
  if (share === null) return '';
  let format = formats.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 2 });
    formats.set(lang, format);
  }
  return format.format(share);
}
