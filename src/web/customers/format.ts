/**
 * Small text formats of the customers pages: counts, money, long identifiers. Pure, so they
 * are tested without a browser.
 */

/** A count with the language's digit grouping: 50000 → "50,000" / "50 000". */
export const formatCount = (lang: string, count: number): string =>
  new Intl.NumberFormat(lang).format(count);

/** An amount in a currency (ISO code), or a plain number when the currency is unknown. */
export function formatMoney(lang: string, amount: number, currency: string | null): string {
  if (currency !== null && /^[A-Z]{3}$/.test(currency)) {
    return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(amount);
  }
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(amount);
}

/** A long identifier cut in the middle ("c38e74d7-3ddd-…-02d86b185459"), whole when short. */
export function shortId(value: string, max = 24): string {
  const chars = [...value];
  if (chars.length <= max) return value;
  const head = Math.ceil((max - 1) / 2);
  const tail = max - 1 - head;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/** A trait value as text: strings as they are, anything else as JSON. */
export function traitText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return JSON.stringify(value) ?? String(value);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The day of an ISO-8601 time, in the interface language and local time zone ("8 May 2026"). */
export function formatDate(lang: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateFormats.get(lang);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}
