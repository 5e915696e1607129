import { describe, expect, it } from 'vitest';
import type { ApiKey } from '../api/keys.ts';
import type { Member } from '../api/workspaces.ts';
import {
  displayPrefix,
  keyStatus,
  newestFirst,
  sortMembers,
  upsertKey,
  upsertMember,
  withoutMember,
} from './lists.ts';

const key = (id: string, createdAt: string, revokedAt: string | null = null): ApiKey => ({
  id,
  name: `key ${id}`,
  kind: 'write',
  prefix: `pk_${id}`,
  createdAt,
  lastUsedAt: null,
  revokedAt,
});

const member = (userId: string, name: string, role: Member['role'] = 'editor'): Member => ({
  userId,
  name,
  email: `${userId}@example.com`,
  role,
  createdAt: '2024-01-01T00:00:00Z',
});

describe('keys', () => {
  it('derives the status from revokedAt', () => {
    expect(keyStatus(key('a', '2024-01-01T00:00:00Z'))).toBe('active');
    expect(keyStatus(key('a', '2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z'))).toBe('revoked');
  });

  it('shows a prefix with one ellipsis', () => {
    expect(displayPrefix('pk_abc')).toBe('pk_abc…');
    expect(displayPrefix('pk_abc…')).toBe('pk_abc…');
  });

  it('sorts newest first without mutating', () => {
    const keys = [key('old', '2024-01-01T00:00:00Z'), key('new', '2024-03-01T00:00:00Z')];
    expect(newestFirst(keys).map((k) => k.id)).toEqual(['new', 'old']);
    expect(keys[0]?.id).toBe('old');
  });

  it('adds a created key and replaces a revoked one', () => {
    const keys = [key('a', '2024-01-01T00:00:00Z')];
    expect(upsertKey(keys, key('b', '2024-01-02T00:00:00Z')).map((k) => k.id)).toEqual(['a', 'b']);
    const revoked = key('a', '2024-01-01T00:00:00Z', '2024-05-01T00:00:00Z');
    expect(upsertKey(keys, revoked)).toEqual([revoked]);
  });
});

describe('members', () => {
  const members = [member('u1', 'zoé'), member('u2', 'Ada')];

  it('sorts by name, ignoring case', () => {
    expect(sortMembers(members, 'fr').map((m) => m.name)).toEqual(['Ada', 'zoé']);
  });

  it('replaces a changed member, adds a new one, removes one', () => {
    expect(upsertMember(members, member('u1', 'zoé', 'owner'))[0]?.role).toBe('owner');
    expect(upsertMember(members, member('u3', 'Bob'))).toHaveLength(3);
    expect(withoutMember(members, 'u1').map((m) => m.userId)).toEqual(['u2']);
  });
});
