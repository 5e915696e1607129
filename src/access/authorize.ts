/**
 * Workspace authorisation: the one check every workspace route goes through.
 * A user acts with their membership role. A secret key acts as an editor of its
 * own workspace: it can use the admin API but not manage keys or members, so a
 * leaked key cannot mint more keys. Another workspace answers 404, not 403, so
 * ids of workspaces one does not belong to are not confirmed.
 */
import { fail, forbidden, notFound, ok, type Result } from '../shared/result.ts';
import type { AccessContext } from './context.ts';
import { findMembership } from './repository.ts';
import { can, type Principal, type Role } from './types.ts';

export type Need = keyof typeof can;

export interface WorkspaceAccess {
  readonly workspaceId: string;
  readonly role: Role;
  readonly principal: Principal;
}

const NEED_TEXT: Record<Need, string> = {
  read: 'read this workspace',
  edit: 'change this workspace',
  administer: 'manage this workspace (owners only)',
};

export async function authorize(
  ctx: AccessContext,
  principal: Principal,
  workspaceId: string,
  need: Need,
): Promise<Result<WorkspaceAccess>> {
  const role = await roleOf(ctx, principal, workspaceId);
  if (role === undefined) return fail(notFound(`workspace ${workspaceId} not found`));
  if (principal.kind === 'key' && need === 'administer') {
    return fail(forbidden('API keys cannot manage keys or members: sign in as an owner'));
  }
  if (!can[need](role))
    return fail(forbidden(`your role (${role}) does not allow you to ${NEED_TEXT[need]}`));
  return ok({ workspaceId, role, principal });
}

async function roleOf(ctx: AccessContext, principal: Principal, workspaceId: string) {
  if (principal.kind === 'key') {
    return principal.key.workspaceId === workspaceId ? ('editor' as const) : undefined;
  }
  return (await findMembership(ctx.db, workspaceId, principal.user.id))?.role;
}
