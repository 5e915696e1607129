import { describe, expect, it } from 'vitest';
import { shouldHandleClick } from './links.ts';
import { isPublicRoute, parseRoute, type Route, routePath, safeNext } from './routes.ts';

describe('parseRoute', () => {
  it('recognises every screen', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
    expect(parseRoute('/login')).toEqual({ name: 'login', next: null });
    expect(parseRoute('/setup?token=abc')).toEqual({ name: 'setup', token: 'abc' });
    expect(parseRoute('/invite?token=x%2By')).toEqual({ name: 'invite', token: 'x+y' });
    expect(parseRoute('/w/w_1')).toEqual({ name: 'overview', workspaceId: 'w_1' });
    expect(parseRoute('/w/w_1/settings')).toEqual({ name: 'settings', workspaceId: 'w_1' });
    expect(parseRoute('/w/w_1/map')).toEqual({ name: 'map', workspaceId: 'w_1' });
    expect(parseRoute('/w/w_1/model')).toEqual({ name: 'model', workspaceId: 'w_1' });
    expect(parseRoute('/w/w_1/history')).toEqual({ name: 'history', workspaceId: 'w_1' });
    expect(parseRoute('/w/w_1/analytics')).toEqual({ name: 'analytics', workspaceId: 'w_1' });
    expect(parseRoute('/w/w_1/customers')).toEqual({ name: 'customers', workspaceId: 'w_1' });
    expect(parseRoute('/w/w_1/customers/cus_9')).toEqual({
      name: 'customer',
      workspaceId: 'w_1',
      customerId: 'cus_9',
    });
    expect(parseRoute('/w/w_1/mapping')).toEqual({ name: 'mapping', workspaceId: 'w_1' });
    expect(parseRoute('/w/w_1/imports')).toEqual({ name: 'imports', workspaceId: 'w_1' });
    expect(parseRoute('/w/w_1/feedback')).toEqual({ name: 'feedback', workspaceId: 'w_1' });
    expect(parseRoute('/w/w_1/prioritise')).toEqual({ name: 'prioritise', workspaceId: 'w_1' });
  });

  it('tolerates trailing slashes and decodes ids', () => {
    expect(parseRoute('/login/')).toEqual({ name: 'login', next: null });
    expect(parseRoute('/w/a%20b/settings/')).toEqual({ name: 'settings', workspaceId: 'a b' });
  });

  it('gives an empty token when the link was cut', () => {
    expect(parseRoute('/setup')).toEqual({ name: 'setup', token: '' });
  });

  it('reports unknown paths', () => {
    for (const path of [
      '/nope',
      '/w',
      '/w/1/settings/x',
      '/w/1/maps',
      '/w/1/history/3',
      '/w/1/customers/c/x',
      '/w/1/map/c',
      '/w/%E0%A4%A',
    ]) {
      expect(parseRoute(path), path).toEqual({ name: 'not-found' });
    }
  });

  it('keeps only a safe post-login destination', () => {
    expect(parseRoute('/login?next=%2Fw%2F1%2Fsettings')).toEqual({
      name: 'login',
      next: '/w/1/settings',
    });
    expect(parseRoute('/login?next=https://evil.example')).toEqual({ name: 'login', next: null });
  });
});

describe('routePath', () => {
  const routes: Route[] = [
    { name: 'home' },
    { name: 'login', next: null },
    { name: 'login', next: '/w/1?x=2' },
    { name: 'setup', token: 'a/b+c' },
    { name: 'invite', token: 't' },
    { name: 'overview', workspaceId: 'a b' },
    { name: 'settings', workspaceId: 'w/1' },
    { name: 'map', workspaceId: 'w1' },
    { name: 'model', workspaceId: 'w1' },
    { name: 'history', workspaceId: 'a b' },
    { name: 'customer', workspaceId: 'a b', customerId: 'cus/1 é' },
  ];

  it('round-trips through parseRoute', () => {
    for (const route of routes) expect(parseRoute(routePath(route))).toEqual(route);
  });
});

describe('safeNext', () => {
  it('accepts same-site paths only', () => {
    expect(safeNext('/w/1')).toBe('/w/1');
    expect(safeNext(null)).toBeNull();
    expect(safeNext('w/1')).toBeNull();
    expect(safeNext('//evil.example')).toBeNull();
    expect(safeNext('/\\evil.example')).toBeNull();
    expect(safeNext('/login?next=/x')).toBeNull();
  });
});

describe('isPublicRoute', () => {
  it('separates screens that need a session', () => {
    expect(isPublicRoute({ name: 'login', next: null })).toBe(true);
    expect(isPublicRoute({ name: 'setup', token: '' })).toBe(true);
    expect(isPublicRoute({ name: 'home' })).toBe(false);
    expect(isPublicRoute({ name: 'settings', workspaceId: 'w' })).toBe(false);
  });
});

describe('shouldHandleClick', () => {
  const plain = {
    button: 0,
    metaKey: false,
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
    defaultPrevented: false,
  };

  it('handles plain left clicks on same-tab links', () => {
    expect(shouldHandleClick(plain, null)).toBe(true);
    expect(shouldHandleClick(plain, '_self')).toBe(true);
  });

  it('leaves modified clicks, other buttons and targets to the browser', () => {
    expect(shouldHandleClick({ ...plain, ctrlKey: true }, null)).toBe(false);
    expect(shouldHandleClick({ ...plain, metaKey: true }, null)).toBe(false);
    expect(shouldHandleClick({ ...plain, shiftKey: true }, null)).toBe(false);
    expect(shouldHandleClick({ ...plain, button: 1 }, null)).toBe(false);
    expect(shouldHandleClick({ ...plain, defaultPrevented: true }, null)).toBe(false);
    expect(shouldHandleClick(plain, '_blank')).toBe(false);
  });
});
