/** Counts and shares for people, in the interface language. Pure. */
import type { Lang } from '../i18n/language.ts';

const counts = new Map<Lang, Intl.NumberFormat>();
const shares = new Map<Lang, Intl.NumberFormat>();

export function formatCount(lang: Lang, value: number): string {
  let format = counts.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang);
    counts.set(lang, format);
  }
  return format.format(value);
}

/** `part / whole` as a percentage; a tiny non-zero share never reads as 0 %. */
export function formatShare(lang: Lang, part: number, whole: number): string {
  let format = shares.get(lang);
  if (format === undefined) {
    format = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
    shares.set(lang, format);
  }
  if (whole <= 0) return format.format(0);
  const ratio = part / whole;
  return ratio > 0 && ratio < 0.001 ? `< ${format.format(0.001)}` : format.format(ratio);
}
