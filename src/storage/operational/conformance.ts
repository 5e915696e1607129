/**
 * Conformance suite of the operational store: every adapter (SQLite now,
 * PostgreSQL later) must pass it unchanged. It drives the real repositories
 * against a real database; nothing is mocked.
 */
import { describe, expect, it } from 'vitest';
import {
  consumeInvitation,
  findApiKeyByHash,
  findInvitationByHash,
  findSession,
  insertApiKey,
  insertInvitation,
  insertSession,
  listApiKeys,
  revokeApiKey,
} from '../../access/credentials-repository.ts';
import {
  countOwners,
  countUsers,
  deleteMembership,
  findMembership,
  findUserByEmail,
  findWorkspace,
  insertUser,
  insertWorkspace,
  listMembers,
  listWorkspacesOfUser,
  upsertMembership,
} from '../../access/repository.ts';
import { modelRepositoryCases } from './conformance-model.ts';
import type { OperationalStore } from './port.ts';

const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-01-02T00:00:00.000Z';

async function seed(store: OperationalStore, suffix: string) {
  const workspace = { id: `ws-${suffix}`, name: `Workspace ${suffix}`, createdAt: T0 };
  const user = {
    id: `u-${suffix}`,
    email: `${suffix}@example.com`,
    name: `User ${suffix}`,
    createdAt: T0,
  };
  await insertWorkspace(store.db, workspace);
  await insertUser(store.db, { ...user, passwordHash: 'hash' });
  await upsertMembership(store.db, {
    workspaceId: workspace.id,
    userId: user.id,
    role: 'owner',
    createdAt: T0,
  });
  return { workspace, user };
}

const key = (id: string, workspaceId: string) => ({
  id,
  workspaceId,
  name: `key ${id}`,
  kind: 'secret' as const,
  prefix: 'sk_abcdef',
  createdAt: T0,
  createdBy: null,
  lastUsedAt: null,
  revokedAt: null,
});

export function describeOperationalStoreConformance(
  adapterName: string,
  open: () => Promise<OperationalStore>,
): void {
  describe(`operational store conformance: ${adapterName}`, () => {
    const withStore = (run: (store: OperationalStore) => Promise<void>) => async () => {
      const store = await open();
      try {
        await run(store);
      } finally {
        await store.close();
      }
    };

    it(
      'stores and reads back workspaces, users and memberships',
      withStore(async (store) => {
        const { workspace, user } = await seed(store, 'a');
        expect(await findWorkspace(store.db, workspace.id)).toEqual(workspace);
        expect(await findUserByEmail(store.db, user.email)).toEqual({
          ...user,
          passwordHash: 'hash',
        });
        expect(await listWorkspacesOfUser(store.db, user.id)).toEqual([
          { ...workspace, role: 'owner' },
        ]);
        expect(await countUsers(store.db)).toBe(1);
        expect(await countOwners(store.db, workspace.id)).toBe(1);
      }),
    );

    it(
      'keeps emails unique and reports a taken one',
      withStore(async (store) => {
        await seed(store, 'a');
        const again = {
          id: 'u-other',
          email: 'a@example.com',
          name: 'Other',
          createdAt: T0,
          passwordHash: 'h',
        };
        expect(await insertUser(store.db, again)).toBe(false);
        expect(await countUsers(store.db)).toBe(1);
      }),
    );

    it(
      'updates a role on a second upsert and deletes memberships',
      withStore(async (store) => {
        const { workspace, user } = await seed(store, 'a');
        await upsertMembership(store.db, {
          workspaceId: workspace.id,
          userId: user.id,
          role: 'viewer',
          createdAt: T1,
        });
        expect((await findMembership(store.db, workspace.id, user.id))?.role).toBe('viewer');
        expect(await listMembers(store.db, workspace.id)).toHaveLength(1);
        await deleteMembership(store.db, workspace.id, user.id);
        expect(await findMembership(store.db, workspace.id, user.id)).toBeUndefined();
      }),
    );

    it(
      'enforces foreign keys',
      withStore(async (store) => {
        await expect(
          upsertMembership(store.db, {
            workspaceId: 'nope',
            userId: 'nope',
            role: 'owner',
            createdAt: T0,
          }),
        ).rejects.toThrow();
      }),
    );

    it(
      'enforces the role check constraint',
      withStore(async (store) => {
        const { workspace, user } = await seed(store, 'a');
        const bad = {
          workspaceId: workspace.id,
          userId: user.id,
          role: 'god' as 'owner',
          createdAt: T0,
        };
        await expect(upsertMembership(store.db, bad)).rejects.toThrow();
      }),
    );

    it(
      'scopes API keys by workspace and finds them by hash',
      withStore(async (store) => {
        const a = await seed(store, 'a');
        const b = await seed(store, 'b');
        await insertApiKey(store.db, key('k1', a.workspace.id), 'hash-1');
        await insertApiKey(store.db, key('k2', b.workspace.id), 'hash-2');
        expect((await listApiKeys(store.db, a.workspace.id)).map((k) => k.id)).toEqual(['k1']);
        expect((await findApiKeyByHash(store.db, 'hash-2'))?.workspaceId).toBe(b.workspace.id);
        // Revoking through the wrong workspace changes nothing.
        expect(await revokeApiKey(store.db, a.workspace.id, 'k2', T1)).toBeUndefined();
        expect((await findApiKeyByHash(store.db, 'hash-2'))?.revokedAt).toBeNull();
        expect((await revokeApiKey(store.db, b.workspace.id, 'k2', T1))?.revokedAt).toBe(T1);
      }),
    );

    it(
      'stores sessions by token hash with their user',
      withStore(async (store) => {
        const { user } = await seed(store, 'a');
        await insertSession(store.db, {
          tokenHash: 'th',
          userId: user.id,
          createdAt: T0,
          expiresAt: T1,
        });
        expect(await findSession(store.db, 'th')).toMatchObject({ id: user.id, expires_at: T1 });
        expect(await findSession(store.db, 'other')).toBeUndefined();
      }),
    );

    it(
      'consumes an invitation exactly once',
      withStore(async (store) => {
        const { workspace } = await seed(store, 'a');
        const invitation = {
          id: 'inv',
          tokenHash: 'ih',
          purpose: 'member' as const,
          workspaceId: workspace.id,
          email: 'x@example.com',
          role: 'viewer' as const,
          createdBy: null,
          createdAt: T0,
          expiresAt: T1,
          usedAt: null,
        };
        await insertInvitation(store.db, invitation);
        expect((await findInvitationByHash(store.db, 'ih'))?.email).toBe('x@example.com');
        const results = await Promise.all([
          consumeInvitation(store.db, 'inv', T1),
          consumeInvitation(store.db, 'inv', T1),
        ]);
        expect(results.filter(Boolean)).toHaveLength(1);
      }),
    );

    it(
      'rolls back a failed transaction',
      withStore(async (store) => {
        const attempt = store.db.transaction().execute(async (tx) => {
          await insertWorkspace(tx, { id: 'ws-tx', name: 'tx', createdAt: T0 });
          throw new Error('abort');
        });
        await expect(attempt).rejects.toThrow('abort');
        expect(await findWorkspace(store.db, 'ws-tx')).toBeUndefined();
      }),
    );

    it(
      'binds values: an injection attempt is stored as text and matches nothing else',
      withStore(async (store) => {
        await seed(store, 'a');
        const evil = "x' OR '1'='1";
        expect(await findUserByEmail(store.db, evil)).toBeUndefined();
        await insertWorkspace(store.db, {
          id: evil,
          name: "'; DROP TABLE users; --",
          createdAt: T0,
        });
        expect((await findWorkspace(store.db, evil))?.name).toBe("'; DROP TABLE users; --");
        expect(await countUsers(store.db)).toBe(1);
      }),
    );

    modelRepositoryCases(withStore);
  });
}
