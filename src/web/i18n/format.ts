import type { Lang } from './language.ts';

// Building an Intl formatter is slow compared to using one; tables format many dates.
const dateTimeFormats = new Map<Lang, Intl.DateTimeFormat>();

/** Formats an ISO-8601 timestamp for people, in the interface language and local time zone. */
export function formatDateTime(lang: Lang, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateTimeFormats.get(lang);
  if (format === undefined) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    dateTimeFormats.set(lang, format);
  }
  return format.format(date);
}
