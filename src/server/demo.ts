/**
 * A fresh install shows a full journey map at once: when no workspace exists,
 * a demo workspace is created from the e-commerce template. It belongs to
 * nobody until the first owner is created, who then owns it too.
 */
import type { AccessContext } from '../access/context.ts';
import { countWorkspaces, insertWorkspace } from '../access/repository.ts';
import type { Workspace } from '../access/types.ts';
import { seedDemoSurveys } from '../feedback/demo-surveys.ts';
import { initialiseModel, readModel } from '../model/service.ts';
import { newId } from '../shared/ids.ts';
import { progress } from '../shared/progress.ts';
import { type SeedResult, seedHistory } from '../simulate/seed-history.ts';
import type { EventStore } from '../storage/events/port.ts';

export const DEMO_WORKSPACE_NAME = 'Demo: Maison Lumière (e-commerce)';

export async function ensureDemoWorkspace(ctx: AccessContext): Promise<Workspace | undefined> {
  if ((await countWorkspaces(ctx.db)) > 0) return undefined;
  const workspace = { id: newId(), name: DEMO_WORKSPACE_NAME, createdAt: ctx.now().toISOString() };
  await insertWorkspace(ctx.db, workspace);
  await initialiseModel(ctx, workspace.id, { template: 'ecommerce', lang: 'en', userId: null });
  await seedDemoSurveys(ctx, workspace.id, 'Maison Lumière');
  return workspace;
}

/**
 * A year of simulated customers for the demo workspace, through the intake, so
 * that the analytics have something to show at once. Deterministic (seed 2026).
 */
export async function seedDemoHistory(
  ctx: AccessContext,
  events: EventStore,
  workspaceId: string,
  customers: number,
  print: (line: string) => void,
): Promise<SeedResult> {
  const { model } = await readModel(ctx, workspaceId);
  const end = ctx.now();
  const start = new Date(end.getTime() - 365 * 24 * 3_600_000);
  const bar = progress(
    'Demo history',
    customers,
    (text) => print(text.replace(/^\r|\n$/g, '')),
    false,
  );
  const result = await seedHistory({ events, now: ctx.now }, workspaceId, model, {
    seed: 2026,
    customers,
    start,
    end,
    onProgress: (done) => bar.update(done.customers, `${done.events.toLocaleString('en')} events`),
  });
  bar.finish(
    `${customers.toLocaleString('en')} customers, ${result.events.toLocaleString('en')} events`,
  );
  return result;
}
