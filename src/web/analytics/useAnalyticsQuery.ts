import { useCallback, useMemo } from 'react';
import { navigate } from '../router/navigation.ts';
import { useRoute } from '../router/useRoute.ts';
import {
  type AnalyticsQuery,
  parseAnalyticsQuery,
  serializeAnalyticsQuery,
} from './query-state.ts';

/**
 * The page state held in `location.search`: every change replaces the URL (no history entry
 * per slider step), so the address bar is always a link to what is on screen.
 */
export function useAnalyticsQuery(): readonly [AnalyticsQuery, (next: AnalyticsQuery) => void] {
  const { url } = useRoute();
  const search = new URL(url, 'http://parcours.invalid').search;
  const query = useMemo(() => parseAnalyticsQuery(search), [search]);
  const update = useCallback((next: AnalyticsQuery) => {
    const text = serializeAnalyticsQuery(next);
    navigate(`${window.location.pathname}${text === '' ? '' : `?${text}`}`, { replace: true });
  }, []);
  return [query, update];
}
