/** Date inputs (`YYYY-MM-DD`, whole days in UTC) as the API's period filters. Pure. */
import type { MeasureFilters } from './feedback-api.ts';

const DAY_MS = 86_400_000;

/** `from` includes its day; `to` includes its day too (the API's bound is exclusive). */
export function periodFilters(from: string, to: string): MeasureFilters {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  return {
    ...(Number.isNaN(start) ? {} : { from: new Date(start).toISOString() }),
    ...(Number.isNaN(end) ? {} : { to: new Date(end + DAY_MS).toISOString() }),
  };
}
