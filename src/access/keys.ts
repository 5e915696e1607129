/** Per-workspace API keys: created (the value shown once), listed, revoked. */
import { newId } from '../shared/ids.ts';
import { fail, notFound, ok, type Result } from '../shared/result.ts';
import type { WorkspaceAccess } from './authorize.ts';
import type { AccessContext } from './context.ts';
import { findApiKey, insertApiKey, listApiKeys, revokeApiKey } from './credentials-repository.ts';
import { newApiKey } from './secrets.ts';
import type { ApiKey, KeyKind } from './types.ts';

export const listKeys = (ctx: AccessContext, access: WorkspaceAccess): Promise<ApiKey[]> =>
  listApiKeys(ctx.db, access.workspaceId);

export async function createKey(
  ctx: AccessContext,
  access: WorkspaceAccess,
  input: { name: string; kind: KeyKind },
): Promise<{ key: ApiKey; secret: string }> {
  const generated = newApiKey(input.kind);
  const key: ApiKey = {
    id: newId(),
    workspaceId: access.workspaceId,
    name: input.name.trim(),
    kind: input.kind,
    prefix: generated.prefix,
    createdAt: ctx.now().toISOString(),
    createdBy: access.principal.kind === 'user' ? access.principal.user.id : null,
    lastUsedAt: null,
    revokedAt: null,
  };
  await insertApiKey(ctx.db, key, generated.hash);
  return { key, secret: generated.value };
}

/** Revoking twice is harmless: the first revocation time is kept. */
export async function revokeKey(
  ctx: AccessContext,
  access: WorkspaceAccess,
  keyId: string,
): Promise<Result<ApiKey>> {
  if ((await findApiKey(ctx.db, access.workspaceId, keyId)) === undefined) {
    return fail(notFound(`API key ${keyId} not found`));
  }
  const revoked = await revokeApiKey(ctx.db, access.workspaceId, keyId, ctx.now().toISOString());
  return revoked ? ok(revoked) : fail(notFound(`API key ${keyId} not found`));
}
