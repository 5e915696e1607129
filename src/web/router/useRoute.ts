import { useMemo, useSyncExternalStore } from 'react';
import { currentLocation, subscribeToLocation } from './navigation.ts';
import { parseRoute, type Route } from './routes.ts';

/** The current route and URL, re-rendering on every navigation. */
export function useRoute(): { readonly route: Route; readonly url: string } {
  const url = useSyncExternalStore(subscribeToLocation, currentLocation);
  return useMemo(() => ({ route: parseRoute(url), url }), [url]);
}
