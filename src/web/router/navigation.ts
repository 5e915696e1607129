/**
 * The history-API side of the router. `pushState` fires no event, so `navigate` announces
 * itself with a custom one; `popstate` covers the back and forward buttons.
 */
const NAVIGATE_EVENT = 'parcours:navigate';

let clientNavigations = 0;

export function navigate(to: string, options: { readonly replace?: boolean } = {}): void {
  if (options.replace === true) {
    window.history.replaceState(null, '', to);
  } else {
    window.history.pushState(null, '', to);
    window.scrollTo(0, 0);
  }
  clientNavigations += 1;
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

export function subscribeToLocation(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

export const currentLocation = (): string => window.location.pathname + window.location.search;

/**
 * True once the user has moved inside the app. Page headings then take the focus, so that
 * screen-reader and keyboard users land on the new content rather than on the old link.
 */
export const hasNavigatedInApp = (): boolean => clientNavigations > 0;
