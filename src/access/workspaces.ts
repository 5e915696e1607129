/** Workspaces and their members: create, rename, invite, change roles, remove. */
import { newId, newToken } from '../shared/ids.ts';
import { conflict, fail, invalid, notFound, ok, type Result } from '../shared/result.ts';
import type { WorkspaceAccess } from './authorize.ts';
import { type AccessContext, addHours } from './context.ts';
import { consumeInvitation, insertInvitation } from './credentials-repository.ts';
import {
  countOwners,
  deleteMembership,
  findMembership,
  findUserByEmail,
  findUserById,
  listMembers,
  renameWorkspace,
  setMemberRole,
  upsertMembership,
} from './repository.ts';
import { hashPassword, hashToken } from './secrets.ts';
import {
  checkPassword,
  createUserRow,
  createWorkspaceRows,
  findUsableInvitation,
  normaliseEmail,
  type SignedIn,
  signIn,
} from './sessions.ts';
import type { Member, Role, User, Workspace, WorkspaceWithRole } from './types.ts';

export async function createWorkspace(
  ctx: AccessContext,
  owner: User,
  name: string,
): Promise<WorkspaceWithRole> {
  return ctx.db.transaction().execute((tx) => createWorkspaceRows(tx, ctx, name, owner.id));
}

export async function rename(
  ctx: AccessContext,
  access: WorkspaceAccess,
  name: string,
): Promise<Result<Workspace>> {
  const workspace = await renameWorkspace(ctx.db, access.workspaceId, name.trim());
  return workspace ? ok(workspace) : fail(notFound(`workspace ${access.workspaceId} not found`));
}

export const members = (ctx: AccessContext, access: WorkspaceAccess): Promise<Member[]> =>
  listMembers(ctx.db, access.workspaceId);

export interface AddMemberOutcome {
  readonly member?: Member;
  /** One-time token for a person without an account yet. */
  readonly invitationToken?: string;
}

/** Adds an existing user at once; otherwise issues a one-time invitation link. */
export async function addMember(
  ctx: AccessContext,
  access: WorkspaceAccess,
  input: { email: string; role: Role; invitedBy: string | null },
): Promise<Result<AddMemberOutcome>> {
  const email = normaliseEmail(input.email);
  const existing = await findUserByEmail(ctx.db, email);
  const now = ctx.now();
  if (existing !== undefined) {
    if (await findMembership(ctx.db, access.workspaceId, existing.id)) {
      return fail(conflict(`${email} is already a member of this workspace`, '/email'));
    }
    await upsertMembership(ctx.db, {
      workspaceId: access.workspaceId,
      userId: existing.id,
      role: input.role,
      createdAt: now.toISOString(),
    });
    const added = (await listMembers(ctx.db, access.workspaceId)).find(
      (m) => m.userId === existing.id,
    );
    return added ? ok({ member: added }) : fail(notFound(`member ${email} not found`));
  }
  const token = newToken();
  await insertInvitation(ctx.db, {
    id: newId(),
    tokenHash: hashToken(token),
    purpose: 'member',
    workspaceId: access.workspaceId,
    email,
    role: input.role,
    createdBy: input.invitedBy,
    createdAt: now.toISOString(),
    expiresAt: addHours(now, ctx.invitationTtlHours),
    usedAt: null,
  });
  return ok({ invitationToken: token });
}

export async function changeRole(
  ctx: AccessContext,
  access: WorkspaceAccess,
  userId: string,
  role: Role,
): Promise<Result<Member>> {
  return ctx.db.transaction().execute(async (tx): Promise<Result<Member>> => {
    const current = await findMembership(tx, access.workspaceId, userId);
    if (current === undefined) return fail(notFound(`member ${userId} not found`));
    if (
      current.role === 'owner' &&
      role !== 'owner' &&
      (await countOwners(tx, access.workspaceId)) <= 1
    ) {
      return fail(conflict('a workspace needs at least one owner: make someone else owner first'));
    }
    await setMemberRole(tx, access.workspaceId, userId, role);
    const member = (await listMembers(tx, access.workspaceId)).find((m) => m.userId === userId);
    return member ? ok(member) : fail(notFound(`member ${userId} not found`));
  });
}

export async function removeMember(
  ctx: AccessContext,
  access: WorkspaceAccess,
  userId: string,
): Promise<Result<null>> {
  return ctx.db.transaction().execute(async (tx): Promise<Result<null>> => {
    const current = await findMembership(tx, access.workspaceId, userId);
    if (current === undefined) return fail(notFound(`member ${userId} not found`));
    if (current.role === 'owner' && (await countOwners(tx, access.workspaceId)) <= 1) {
      return fail(conflict('the last owner cannot be removed: make someone else owner first'));
    }
    await deleteMembership(tx, access.workspaceId, userId);
    return ok(null);
  });
}

/** An invited person sets their name and password, joins the workspace and is signed in. */
export async function acceptInvitation(
  ctx: AccessContext,
  input: { token: string; name: string; password: string },
): Promise<Result<SignedIn>> {
  const found = await findUsableInvitation(ctx, input.token, 'member');
  if (!found.ok) return found;
  const password = checkPassword(input.password);
  if (!password.ok) return password;
  const invitation = found.value;
  const passwordHash = await hashPassword(input.password);
  const joined = await ctx.db.transaction().execute(async (tx): Promise<Result<User>> => {
    if (!(await consumeInvitation(tx, invitation.id, ctx.now().toISOString()))) {
      return fail(invalid('/token', 'this link has already been used'));
    }
    const user = await createUserRow(tx, ctx, invitation.email ?? '', input.name, passwordHash);
    if (!user.ok) return user;
    if (invitation.workspaceId === null)
      return fail(notFound('the invited workspace no longer exists'));
    await upsertMembership(tx, {
      workspaceId: invitation.workspaceId,
      userId: user.value.id,
      role: invitation.role,
      createdAt: ctx.now().toISOString(),
    });
    return user;
  });
  if (!joined.ok) return joined;
  const user = await findUserById(ctx.db, joined.value.id);
  return user ? signIn(ctx, user) : fail(notFound('user not found'));
}
