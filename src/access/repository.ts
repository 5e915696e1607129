/**
 * Storage access for workspaces, users and memberships. Kysely's portable query
 * builder only: values are always bound, and the same code runs on every adapter
 * of the operational store. Every workspace-owned row is read with its workspace id.
 */
import type { Kysely, Selectable, Transaction } from 'kysely';
import type { OperationalDatabase } from '../storage/operational/schema.ts';
import type { MembershipsTable, UsersTable, WorkspacesTable } from './tables.ts';
import type { Member, Membership, Role, User, Workspace, WorkspaceWithRole } from './types.ts';

export type Db = Kysely<OperationalDatabase> | Transaction<OperationalDatabase>;

export const toWorkspace = (row: Selectable<WorkspacesTable>): Workspace => ({
  id: row.id,
  name: row.name,
  createdAt: row.created_at,
});

export const toUser = (
  row: Pick<Selectable<UsersTable>, 'id' | 'email' | 'name' | 'created_at'>,
): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  createdAt: row.created_at,
});

const toMembership = (row: Selectable<MembershipsTable>): Membership => ({
  workspaceId: row.workspace_id,
  userId: row.user_id,
  role: row.role,
  createdAt: row.created_at,
});

export async function insertWorkspace(db: Db, workspace: Workspace): Promise<void> {
  await db
    .insertInto('workspaces')
    .values({ id: workspace.id, name: workspace.name, created_at: workspace.createdAt })
    .execute();
}

export async function renameWorkspace(
  db: Db,
  id: string,
  name: string,
): Promise<Workspace | undefined> {
  await db.updateTable('workspaces').set({ name }).where('id', '=', id).execute();
  return findWorkspace(db, id);
}

export async function findWorkspace(db: Db, id: string): Promise<Workspace | undefined> {
  const row = await db.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toWorkspace(row);
}

export async function listWorkspacesOfUser(db: Db, userId: string): Promise<WorkspaceWithRole[]> {
  const rows = await db
    .selectFrom('workspaces')
    .innerJoin('memberships', 'memberships.workspace_id', 'workspaces.id')
    .select(['workspaces.id', 'workspaces.name', 'workspaces.created_at', 'memberships.role'])
    .where('memberships.user_id', '=', userId)
    .orderBy('workspaces.created_at')
    .orderBy('workspaces.id')
    .execute();
  return rows.map((row) => ({ ...toWorkspace(row), role: row.role }));
}

export interface NewUser extends User {
  readonly passwordHash: string;
}

/** Inserts a user; answers false when the email is already taken. */
export async function insertUser(db: Db, user: NewUser): Promise<boolean> {
  const result = await db
    .insertInto('users')
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      created_at: user.createdAt,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export async function findUserById(db: Db, id: string): Promise<User | undefined> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'created_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toUser(row);
}

export async function findUserByEmail(
  db: Db,
  email: string,
): Promise<(User & { passwordHash: string }) | undefined> {
  const row = await db
    .selectFrom('users')
    .selectAll()
    .where('email', '=', email)
    .executeTakeFirst();
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

export async function countUsers(db: Db): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function upsertMembership(db: Db, membership: Membership): Promise<void> {
  await db
    .insertInto('memberships')
    .values({
      workspace_id: membership.workspaceId,
      user_id: membership.userId,
      role: membership.role,
      created_at: membership.createdAt,
    })
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'user_id']).doUpdateSet({ role: membership.role }),
    )
    .execute();
}

export async function findMembership(
  db: Db,
  workspaceId: string,
  userId: string,
): Promise<Membership | undefined> {
  const row = await db
    .selectFrom('memberships')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row && toMembership(row);
}

export async function listMembers(db: Db, workspaceId: string): Promise<Member[]> {
  const rows = await db
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'memberships.workspace_id',
      'memberships.user_id',
      'memberships.role',
      'memberships.created_at',
      'users.email',
      'users.name',
    ])
    .where('memberships.workspace_id', '=', workspaceId)
    .orderBy('memberships.created_at')
    .orderBy('users.email')
    .execute();
  return rows.map((row) => ({ ...toMembership(row), email: row.email, name: row.name }));
}

export async function setMemberRole(db: Db, workspaceId: string, userId: string, role: Role) {
  await db
    .updateTable('memberships')
    .set({ role })
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .execute();
}

export async function deleteMembership(db: Db, workspaceId: string, userId: string): Promise<void> {
  await db
    .deleteFrom('memberships')
    .where('workspace_id', '=', workspaceId)
    .where('user_id', '=', userId)
    .execute();
}

export async function countOwners(db: Db, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Workspaces nobody belongs to (the demo created on a fresh install) go to the first owner. */
export async function adoptOrphanWorkspaces(db: Db, userId: string, at: string): Promise<number> {
  const orphans = await db
    .selectFrom('workspaces')
    .select('id')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('memberships')
            .select('user_id')
            .whereRef('memberships.workspace_id', '=', 'workspaces.id'),
        ),
      ),
    )
    .execute();
  for (const { id } of orphans) {
    await upsertMembership(db, { workspaceId: id, userId, role: 'owner', createdAt: at });
  }
  return orphans.length;
}

export async function countWorkspaces(db: Db): Promise<number> {
  const row = await db
    .selectFrom('workspaces')
    .select((eb) => eb.fn.countAll<number | string | bigint>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
