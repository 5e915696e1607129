/**
 * Figures of the analytics pages as people read them, in the interface language: counts,
 * shares and durations. Pure; formatters are cached because tables format hundreds of cells.
 */
import type { Lang } from '../i18n/language.ts';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, key: string, options: Intl.NumberFormatOptions) {
  const cacheKey = `${lang}:${key}`;
  let format = formats.get(cacheKey);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang, options);
    formats.set(cacheKey, format);
  }
  return format;
}

/** Shown where a figure cannot be computed (no customer, no conversion). */
export const NO_FIGURE = '—';

/** `12500` → "12,500" (English) or "12 500" (French). */
export const formatCount = (lang: Lang, value: number): string =>
  numberFormat(lang, 'count', { maximumFractionDigits: 0 }).format(value);

/**
 * A ratio 0…1 as a percentage: whole numbers, one decimal below 10 % so that small but real
 * shares do not read as "0 %".
 */
export function formatPercent(lang: Lang, ratio: number | null): string {
  if (ratio === null || !Number.isFinite(ratio)) return NO_FIGURE;
  const small = ratio > 0 && ratio < 0.1;
  return numberFormat(lang, small ? 'pct1' : 'pct0', {
    style: 'percent',
    maximumFractionDigits: small ? 1 : 0,
  }).format(ratio);
}

/** A signed score with one decimal, e.g. a z-score "+3.2". */
export const formatScore = (lang: Lang, value: number): string =>
  numberFormat(lang, 'score', {
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
    signDisplay: 'exceptZero',
  }).format(value);

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = 'second' | 'minute' | 'hour' | 'day';

/** The unit a duration reads best in, and its value in that unit. */
export function durationParts(ms: number): { readonly value: number; readonly unit: Unit } {
  if (ms < MINUTE) return { value: ms / SECOND, unit: 'second' };
  if (ms < HOUR) return { value: ms / MINUTE, unit: 'minute' };
  if (ms < DAY) return { value: ms / HOUR, unit: 'hour' };
  return { value: ms / DAY, unit: 'day' };
}

/** Milliseconds as "45 s", "12 min", "3.5 h", "12 days"; one decimal below 10 only. */
export function formatDuration(lang: Lang, ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return NO_FIGURE;
  const { value, unit } = durationParts(ms);
  const decimals = value < 10 && unit !== 'second' ? 1 : 0;
  return numberFormat(lang, `${unit}${decimals}`, {
    style: 'unit',
    unit,
    unitDisplay: unit === 'day' ? 'long' : 'short',
    maximumFractionDigits: decimals,
  }).format(value);
}

/** The formatters of one language, handed to the pure chart mappers. */
export interface Formatters {
  readonly count: (value: number) => string;
  readonly percent: (ratio: number | null) => string;
  readonly duration: (ms: number | null) => string;
  readonly score: (value: number) => string;
}

export const formattersFor = (lang: Lang): Formatters => ({
  count: (value) => formatCount(lang, value),
  percent: (ratio) => formatPercent(lang, ratio),
  duration: (ms) => formatDuration(lang, ms),
  score: (value) => formatScore(lang, value),
});
