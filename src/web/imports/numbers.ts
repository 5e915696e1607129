/** Sizes, counts and cells of the import page as people read them, in their language. */

const counts = new Map<string, Intl.NumberFormat>();

export function formatCount(value: number, lang: string): string {
  let format = counts.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    counts.set(lang, format);
  }
  return format.format(value);
}

const UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/** `1536` → `1.5 kB` (steps of 1024, as file managers count). */
export function formatSize(bytes: number, lang: string): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: UNITS[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  }).format(value);
}

export function formatPercent(fraction: number, lang: string): string {
  return new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(
    fraction,
  );
}

/** A preview cell as text: nested values as JSON, nothing for missing ones. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
