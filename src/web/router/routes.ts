/**
 * The app's URLs, parsed into a typed `Route` and built back from one. Pure functions, so the
 * whole URL scheme is tested without a browser.
 */
export type Route =
  | { readonly name: 'home' }
  | { readonly name: 'login'; readonly next: string | null }
  | { readonly name: 'setup'; readonly token: string }
  | { readonly name: 'invite'; readonly token: string }
  | { readonly name: 'overview'; readonly workspaceId: string }
  | SectionRoute
  | { readonly name: 'customer'; readonly workspaceId: string; readonly customerId: string }
  | { readonly name: 'not-found' };

export type RouteName = Route['name'];

/** The pages of a workspace besides its overview, each at `/w/:workspaceId/<section>`. */
export const WORKSPACE_SECTIONS = [
  'map',
  'model',
  'analytics',
  'customers',
  'mapping',
  'imports',
  'feedback',
  'prioritise',
  'history',
  'settings',
] as const;
export type WorkspaceSection = (typeof WORKSPACE_SECTIONS)[number];

/** One route per section (not one with a union name), so `Extract` and narrowing work. */
type SectionRoute = {
  readonly [S in WorkspaceSection]: { readonly name: S; readonly workspaceId: string };
}[WorkspaceSection];

export const isWorkspaceSection = (value: unknown): value is WorkspaceSection =>
  (WORKSPACE_SECTIONS as readonly unknown[]).includes(value);

/** Screens reachable without a session: they must never trigger a redirect to login. */
const PUBLIC_ROUTES: readonly RouteName[] = ['login', 'setup', 'invite', 'not-found'];

export const isPublicRoute = (route: Route): boolean => PUBLIC_ROUTES.includes(route.name);

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * Accepts only same-site paths as a post-login destination, so that a crafted link
 * (`/login?next=//evil.example`) cannot send the user elsewhere.
 */
export function safeNext(next: string | null): string | null {
  if (next === null || !next.startsWith('/')) return null;
  if (next.startsWith('//') || next.startsWith('/\\')) return null;
  if (next === '/login' || next.startsWith('/login?')) return null;
  return next;
}

/** Parses a path with optional query string, e.g. `location.pathname + location.search`. */
export function parseRoute(url: string): Route {
  const { pathname, searchParams } = new URL(url, 'http://parcours.invalid');
  const rawSegments = pathname.split('/').filter((segment) => segment !== '');
  const segments = rawSegments.map(decodeSegment);
  if (segments.includes(null)) return { name: 'not-found' };
  const [first, second, third, ...rest] = segments;

  if (first === undefined) return { name: 'home' };
  if (second === undefined) {
    if (first === 'login') return { name: 'login', next: safeNext(searchParams.get('next')) };
    if (first === 'setup') return { name: 'setup', token: searchParams.get('token') ?? '' };
    if (first === 'invite') return { name: 'invite', token: searchParams.get('token') ?? '' };
    return { name: 'not-found' };
  }
  if (first === 'w' && typeof second === 'string' && rest.length === 0) {
    if (third === undefined) return { name: 'overview', workspaceId: second };
    if (isWorkspaceSection(third)) return { name: third, workspaceId: second };
  }
  const [customerId, ...beyond] = rest;
  if (first === 'w' && typeof second === 'string' && third === 'customers' && beyond.length === 0) {
    if (typeof customerId === 'string' && customerId !== '') {
      return { name: 'customer', workspaceId: second, customerId };
    }
  }
  return { name: 'not-found' };
}

const withToken = (path: string, token: string): string =>
  token === '' ? path : `${path}?token=${encodeURIComponent(token)}`;

/** The canonical URL of a route; `parseRoute(routePath(r))` gives `r` back. */
export function routePath(route: Route): string {
  switch (route.name) {
    case 'home':
    case 'not-found':
      return '/';
    case 'login':
      return route.next === null ? '/login' : `/login?next=${encodeURIComponent(route.next)}`;
    case 'setup':
      return withToken('/setup', route.token);
    case 'invite':
      return withToken('/invite', route.token);
    case 'overview':
      return `/w/${encodeURIComponent(route.workspaceId)}`;
    case 'map':
    case 'model':
    case 'analytics':
    case 'customers':
    case 'mapping':
    case 'imports':
    case 'feedback':
    case 'prioritise':
    case 'history':
    case 'settings':
      return `/w/${encodeURIComponent(route.workspaceId)}/${route.name}`;
    case 'customer':
      return `/w/${encodeURIComponent(route.workspaceId)}/customers/${encodeURIComponent(route.customerId)}`;
  }
}
