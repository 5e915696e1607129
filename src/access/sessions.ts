/**
 * First-run setup, login, logout and authentication of sessions and API keys.
 * Failures are typed values; the HTTP edge turns them into problem responses.
 */
import { newId, newToken } from '../shared/ids.ts';
import { fail, forbidden, invalid, ok, type Result } from '../shared/result.ts';
import { type AccessContext, addHours } from './context.ts';
import {
  consumeInvitation,
  deleteSession,
  findApiKeyByHash,
  findInvitationByHash,
  findSession,
  insertInvitation,
  insertSession,
  touchApiKey,
} from './credentials-repository.ts';
import {
  adoptOrphanWorkspaces,
  countUsers,
  type Db,
  findUserByEmail,
  insertUser,
  insertWorkspace,
  listWorkspacesOfUser,
  upsertMembership,
} from './repository.ts';
import {
  DUMMY_PASSWORD_HASH,
  hashPassword,
  hashToken,
  MIN_PASSWORD_LENGTH,
  verifyPassword,
} from './secrets.ts';
import type { ApiKey, Invitation, KeyKind, Principal, User, WorkspaceWithRole } from './types.ts';

export interface Me {
  readonly user: User;
  readonly workspaces: WorkspaceWithRole[];
}

export interface SignedIn {
  readonly me: Me;
  readonly sessionToken: string;
  readonly expiresAt: string;
}

export const normaliseEmail = (email: string): string => email.trim().toLowerCase();

export function checkPassword(password: string): Result<string> {
  return password.length >= MIN_PASSWORD_LENGTH
    ? ok(password)
    : fail(invalid('/password', `must be at least ${MIN_PASSWORD_LENGTH} characters long`));
}

export async function isSetupNeeded(ctx: AccessContext): Promise<boolean> {
  return (await countUsers(ctx.db)) === 0;
}

/** On a fresh install, a one-time link to create the owner; undefined once someone exists. */
export async function createSetupToken(ctx: AccessContext): Promise<string | undefined> {
  if (!(await isSetupNeeded(ctx))) return undefined;
  const token = newToken();
  const now = ctx.now();
  await insertInvitation(ctx.db, {
    id: newId(),
    tokenHash: hashToken(token),
    purpose: 'setup',
    workspaceId: null,
    email: null,
    role: 'owner',
    createdBy: null,
    createdAt: now.toISOString(),
    expiresAt: addHours(now, ctx.invitationTtlHours),
    usedAt: null,
  });
  return token;
}

export async function findUsableInvitation(
  ctx: AccessContext,
  token: string,
  purpose: Invitation['purpose'],
): Promise<Result<Invitation>> {
  const invitation = await findInvitationByHash(ctx.db, hashToken(token));
  if (invitation === undefined || invitation.purpose !== purpose) {
    return fail(invalid('/token', 'this link is not valid'));
  }
  if (invitation.usedAt !== null) return fail(invalid('/token', 'this link has already been used'));
  if (invitation.expiresAt <= ctx.now().toISOString()) {
    return fail(invalid('/token', 'this link has expired'));
  }
  return ok(invitation);
}

export interface SetupInput {
  readonly token: string;
  readonly name: string;
  readonly email: string;
  readonly password: string;
  readonly workspaceName: string;
}

/** Creates the first owner and workspace from the setup link, and signs them in. */
export async function completeSetup(
  ctx: AccessContext,
  input: SetupInput,
): Promise<Result<SignedIn & { workspaceId: string }>> {
  const invitation = await findUsableInvitation(ctx, input.token, 'setup');
  if (!invitation.ok) return invitation;
  const password = checkPassword(input.password);
  if (!password.ok) return password;
  const passwordHash = await hashPassword(input.password);
  const created = await ctx.db
    .transaction()
    .execute(async (tx): Promise<Result<{ user: User; workspaceId: string }>> => {
      if ((await countUsers(tx)) > 0) {
        return fail(forbidden('Parcours is already set up: sign in instead'));
      }
      if (!(await consumeInvitation(tx, invitation.value.id, ctx.now().toISOString()))) {
        return fail(invalid('/token', 'this link has already been used'));
      }
      const user = await createUserRow(tx, ctx, input.email, input.name, passwordHash);
      if (!user.ok) return user;
      await adoptOrphanWorkspaces(tx, user.value.id, ctx.now().toISOString());
      const workspace = await createWorkspaceRows(tx, ctx, input.workspaceName, user.value.id);
      return ok({ user: user.value, workspaceId: workspace.id });
    });
  if (!created.ok) return created;
  const signedIn = await signIn(ctx, created.value.user);
  return signedIn.ok ? ok({ ...signedIn.value, workspaceId: created.value.workspaceId }) : signedIn;
}

export async function createUserRow(
  db: Db,
  ctx: AccessContext,
  email: string,
  name: string,
  passwordHash: string,
): Promise<Result<User>> {
  const user = {
    id: newId(),
    email: normaliseEmail(email),
    name: name.trim(),
    createdAt: ctx.now().toISOString(),
  };
  const inserted = await insertUser(db, { ...user, passwordHash });
  return inserted
    ? ok(user)
    : fail({ kind: 'conflict', message: 'a user with this email already exists', field: '/email' });
}

export async function createWorkspaceRows(
  db: Db,
  ctx: AccessContext,
  name: string,
  ownerId: string,
): Promise<WorkspaceWithRole> {
  const workspace = { id: newId(), name: name.trim(), createdAt: ctx.now().toISOString() };
  await insertWorkspace(db, workspace);
  await upsertMembership(db, {
    workspaceId: workspace.id,
    userId: ownerId,
    role: 'owner',
    createdAt: workspace.createdAt,
  });
  return { ...workspace, role: 'owner' };
}

export async function signIn(ctx: AccessContext, user: User): Promise<Result<SignedIn>> {
  const sessionToken = newToken();
  const now = ctx.now();
  const expiresAt = addHours(now, ctx.sessionTtlHours);
  await insertSession(ctx.db, {
    tokenHash: hashToken(sessionToken),
    userId: user.id,
    createdAt: now.toISOString(),
    expiresAt,
  });
  return ok({ me: await loadMe(ctx, user), sessionToken, expiresAt });
}

export async function loadMe(ctx: AccessContext, user: User): Promise<Me> {
  return { user, workspaces: await listWorkspacesOfUser(ctx.db, user.id) };
}

const BAD_CREDENTIALS = {
  kind: 'unauthenticated',
  reason: 'credentials',
  message: 'email or password is incorrect',
} as const;

export async function login(
  ctx: AccessContext,
  input: { email: string; password: string },
): Promise<Result<SignedIn>> {
  const found = await findUserByEmail(ctx.db, normaliseEmail(input.email));
  // Always run scrypt, so response time does not reveal which emails exist.
  const valid = await verifyPassword(input.password, found?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (found === undefined || !valid) return fail(BAD_CREDENTIALS);
  const { passwordHash: _hidden, ...user } = found;
  return signIn(ctx, user);
}

export async function logout(ctx: AccessContext, sessionToken: string): Promise<void> {
  await deleteSession(ctx.db, hashToken(sessionToken));
}

export async function authenticateSession(
  ctx: AccessContext,
  sessionToken: string,
): Promise<Result<Principal>> {
  const tokenHash = hashToken(sessionToken);
  const row = await findSession(ctx.db, tokenHash);
  if (row === undefined) {
    return fail({
      kind: 'unauthenticated',
      reason: 'invalid',
      message: 'session is not valid: sign in again',
    });
  }
  if (row.expires_at <= ctx.now().toISOString()) {
    await deleteSession(ctx.db, tokenHash);
    return fail({
      kind: 'unauthenticated',
      reason: 'expired',
      message: 'session has expired: sign in again',
    });
  }
  const user = { id: row.id, email: row.email, name: row.name, createdAt: row.created_at };
  return ok({ kind: 'user', user, sessionExpiresAt: row.expires_at });
}

/** Record use at most once a minute, so a busy key does not write on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

export async function authenticateKey(
  ctx: AccessContext,
  value: string,
  expected: KeyKind,
): Promise<Result<ApiKey>> {
  const key = await findApiKeyByHash(ctx.db, hashToken(value));
  if (key === undefined) {
    return fail({ kind: 'unauthenticated', reason: 'invalid', message: 'API key is not valid' });
  }
  if (key.revokedAt !== null) {
    return fail({
      kind: 'unauthenticated',
      reason: 'revoked',
      message: 'API key has been revoked',
    });
  }
  if (key.kind !== expected) {
    return fail(
      forbidden(
        expected === 'secret'
          ? 'a write key only sends events: use a secret key for this API'
          : 'use the workspace write key to send events',
      ),
    );
  }
  const now = ctx.now();
  if (
    key.lastUsedAt === null ||
    now.getTime() - Date.parse(key.lastUsedAt) > LAST_USED_RESOLUTION_MS
  ) {
    await touchApiKey(ctx.db, key.id, now.toISOString());
  }
  return ok(key);
}
