/**
 * A fresh install shows a full journey map at once: when no workspace exists,
 * a demo workspace is created from the e-commerce template. It belongs to
 * nobody until the first owner is created, who then owns it too.
 */
import type { AccessContext } from '../access/context.ts';
import { countWorkspaces, insertWorkspace } from '../access/repository.ts';
import type { Workspace } from '../access/types.ts';
import { initialiseModel } from '../model/service.ts';
import { newId } from '../shared/ids.ts';

export const DEMO_WORKSPACE_NAME = 'Demo: Maison Lumière (e-commerce)';

export async function ensureDemoWorkspace(ctx: AccessContext): Promise<Workspace | undefined> {
  if ((await countWorkspaces(ctx.db)) > 0) return undefined;
  const workspace = { id: newId(), name: DEMO_WORKSPACE_NAME, createdAt: ctx.now().toISOString() };
  await insertWorkspace(ctx.db, workspace);
  await initialiseModel(ctx, workspace.id, { template: 'ecommerce', lang: 'en', userId: null });
  return workspace;
}
