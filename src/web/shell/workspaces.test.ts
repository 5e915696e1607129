import { describe, expect, it } from 'vitest';
import type { Me } from '../api/session.ts';
import type { Workspace } from '../api/workspaces.ts';
import {
  findWorkspace,
  pickWorkspace,
  sortWorkspaces,
  switchWorkspacePath,
  upsertWorkspace,
} from './workspaces.ts';

const workspace = (id: string, name: string): Workspace => ({
  id,
  name,
  role: 'owner',
  createdAt: '2024-01-01T00:00:00Z',
});

const me: Me = {
  user: { id: 'u1', email: 'ada@example.com', name: 'Ada' },
  workspaces: [workspace('w1', 'Zebra'), workspace('w2', 'acme')],
};

describe('pickWorkspace', () => {
  it('returns to the last workspace used', () => {
    expect(pickWorkspace(me.workspaces, 'w2')?.id).toBe('w2');
  });

  it('falls back to the first one, or none', () => {
    expect(pickWorkspace(me.workspaces, 'gone')?.id).toBe('w1');
    expect(pickWorkspace(me.workspaces, null)?.id).toBe('w1');
    expect(pickWorkspace([], 'w1')).toBeUndefined();
  });
});

describe('upsertWorkspace', () => {
  it('adds a new workspace', () => {
    const next = upsertWorkspace(me, workspace('w3', 'New'));
    expect(next.workspaces.map((w) => w.id)).toEqual(['w1', 'w2', 'w3']);
    expect(me.workspaces).toHaveLength(2);
  });

  it('replaces a renamed one in place', () => {
    const next = upsertWorkspace(me, workspace('w1', 'Renamed'));
    expect(next.workspaces.map((w) => w.name)).toEqual(['Renamed', 'acme']);
  });
});

describe('findWorkspace', () => {
  it('finds by id', () => {
    expect(findWorkspace(me, 'w2')?.name).toBe('acme');
    expect(findWorkspace(me, 'nope')).toBeUndefined();
  });
});

describe('sortWorkspaces', () => {
  it('sorts by name, ignoring case', () => {
    expect(sortWorkspaces(me.workspaces, 'en').map((w) => w.name)).toEqual(['acme', 'Zebra']);
  });
});

describe('switchWorkspacePath', () => {
  it('keeps the current section', () => {
    expect(switchWorkspacePath({ name: 'settings', workspaceId: 'w1' }, 'w2')).toBe(
      '/w/w2/settings',
    );
    expect(switchWorkspacePath({ name: 'overview', workspaceId: 'w1' }, 'w2')).toBe('/w/w2');
    expect(switchWorkspacePath({ name: 'home' }, 'w2')).toBe('/w/w2');
    expect(switchWorkspacePath({ name: 'map', workspaceId: 'w1' }, 'w2')).toBe('/w/w2/map');
    expect(switchWorkspacePath({ name: 'history', workspaceId: 'w1' }, 'w2')).toBe('/w/w2/history');
  });
});
