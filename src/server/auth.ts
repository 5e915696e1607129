/**
 * Who is calling: a session cookie (people, through the web app) or an API key
 * in the Authorization header (programs). Secret keys are accepted as
 * `Bearer sk_…` or as the user name of HTTP Basic, the way Segment clients send keys.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authorize, type Need, type WorkspaceAccess } from '../access/authorize.ts';
import type { AccessContext } from '../access/context.ts';
import { authenticateKey, authenticateSession } from '../access/sessions.ts';
import type { KeyKind, Principal, User } from '../access/types.ts';
import { fail, ok, type Result } from '../shared/result.ts';
import { orFail } from './problem.ts';

export const SESSION_COOKIE = 'parcours_session';

/** The API key carried by the request, if any. */
export function presentedKey(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header === undefined) return undefined;
  const [scheme, value = ''] = header.split(' ', 2);
  if (scheme?.toLowerCase() === 'bearer') return value.trim();
  if (scheme?.toLowerCase() === 'basic') {
    return Buffer.from(value, 'base64').toString('utf8').split(':', 1)[0] ?? '';
  }
  return '';
}

const MISSING = {
  kind: 'unauthenticated',
  reason: 'missing',
  message: 'sign in, or send an API key in the Authorization header',
} as const;

export async function principalOf(
  ctx: AccessContext,
  request: FastifyRequest,
  keyKind: KeyKind = 'secret',
): Promise<Result<Principal>> {
  const key = presentedKey(request);
  if (key !== undefined) {
    const found = await authenticateKey(ctx, key, keyKind);
    return found.ok ? ok({ kind: 'key', key: found.value }) : found;
  }
  const token = request.cookies[SESSION_COOKIE];
  if (token === undefined || token === '') return fail(MISSING);
  return authenticateSession(ctx, token);
}

/** Routes for people only (sessions), such as creating a workspace. */
export async function userOf(ctx: AccessContext, request: FastifyRequest): Promise<Result<User>> {
  const principal = await principalOf(ctx, request);
  if (!principal.ok) return principal;
  if (principal.value.kind !== 'user') {
    return fail({ kind: 'forbidden', message: 'this route is for signed-in people, not API keys' });
  }
  return ok(principal.value.user);
}

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  expiresAt: string,
  secure: boolean,
) {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    // Strict: the browser never sends the cookie on cross-site requests (CSRF).
    sameSite: 'strict',
    secure,
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The caller's access to a workspace route, or a failure handed to the error edge. */
export async function requireAccess(
  ctx: AccessContext,
  request: FastifyRequest,
  workspaceId: string,
  need: Need,
): Promise<WorkspaceAccess> {
  return orFail(await authorize(ctx, orFail(await principalOf(ctx, request)), workspaceId, need));
}
