/**
 * The journey model's use cases: read, change through operations, restore a
 * version, import a document, start from a template. Every write goes through
 * `saveChange`, which records a version with who changed what.
 */
import type { WorkspaceAccess } from '../access/authorize.ts';
import type { AccessContext } from '../access/context.ts';
import { newId } from '../shared/ids.ts';
import { type Failure, fail, notFound, ok, type Result } from '../shared/result.ts';
import { defaultModel } from './defaults.ts';
import { restoreModelDocument } from './gate.ts';
import { applyOps } from './ops.ts';
import type { ModelOp } from './ops-schema.ts';
import {
  type HistoryEntry,
  listVersions,
  loadModel,
  loadVersion,
  type StoredModel,
  saveModel,
  type VersionSummary,
} from './repository.ts';
import type { WorkspaceModel } from './schema.ts';
import { buildTemplate, type TemplateKey } from './templates/index.ts';

export type Lang = 'fr' | 'en';

/** Concurrent writers on a server database may race; the loser recomputes. */
const MAX_ATTEMPTS = 5;

interface Computed<T> {
  readonly model: WorkspaceModel;
  readonly changes: readonly HistoryEntry[];
  readonly extra: T;
}

const userOf = (access: WorkspaceAccess) =>
  access.principal.kind === 'user' ? access.principal.user.id : null;

/** The workspace's model; a workspace that never had one starts from the defaults. */
export async function readModel(ctx: AccessContext, workspaceId: string): Promise<StoredModel> {
  const stored = await loadModel(ctx.db, workspaceId);
  if (stored) return stored;
  const created = await initialiseModel(ctx, workspaceId, {
    template: 'empty',
    lang: 'en',
    userId: null,
  });
  return created;
}

async function saveChange<T>(
  ctx: AccessContext,
  workspaceId: string,
  userId: string | null,
  compute: (current: StoredModel) => Result<Computed<T>>,
): Promise<Result<StoredModel & { extra: T; changes: readonly HistoryEntry[] }>> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const outcome = await ctx.db.transaction().execute(async (tx) => {
      const current = (await loadModel(tx, workspaceId)) ?? {
        version: 0,
        model: defaultModel('en', newId),
      };
      const computed = compute(current);
      if (!computed.ok) return computed;
      const { model, changes, extra } = computed.value;
      const at = ctx.now().toISOString();
      const version = await saveModel(tx, {
        workspaceId,
        baseVersion: current.version,
        model,
        changes,
        userId,
        at,
      });
      return ok(version === undefined ? undefined : { version, model, extra, changes });
    });
    if (!outcome.ok) return outcome;
    if (outcome.value !== undefined) return ok(outcome.value);
  }
  return fail({ kind: 'conflict', message: 'the model is being changed by others: try again' });
}

export async function initialiseModel(
  ctx: AccessContext,
  workspaceId: string,
  options: { template: TemplateKey; lang: Lang; userId: string | null },
): Promise<StoredModel> {
  const model = buildTemplate(options.template, options.lang, newId);
  const change: HistoryEntry = {
    op: 'model.create',
    entity: 'workspace',
    id: workspaceId,
    name: options.template,
  };
  const saved = await saveChange(ctx, workspaceId, options.userId, () =>
    ok({ model, changes: [change], extra: null }),
  );
  if (!saved.ok)
    throw new Error(`cannot initialise the model of ${workspaceId}: ${saved.error.message}`);
  return saved.value;
}

export async function changeModel(
  ctx: AccessContext,
  access: WorkspaceAccess,
  ops: readonly ModelOp[],
) {
  // No read beforehand: saveChange loads the current version inside its transaction
  // (and starts from the defaults for a workspace that never had a model).
  return saveChange(ctx, access.workspaceId, userOf(access), (current) => {
    const applied = applyOps(current.model, ops, { newId });
    if (!applied.ok) return applied;
    const { model, changes, createdIds } = applied.value;
    return ok({ model, changes, extra: { createdIds } });
  });
}

export const history = (
  ctx: AccessContext,
  access: WorkspaceAccess,
  page: { limit: number; before?: number },
): Promise<VersionSummary[]> => listVersions(ctx.db, access.workspaceId, page);

export async function modelAtVersion(
  ctx: AccessContext,
  access: WorkspaceAccess,
  version: number,
): Promise<Result<StoredModel>> {
  const model = await loadVersion(ctx.db, access.workspaceId, version);
  return model ? ok({ version, model }) : fail(notFound(`version ${version} not found`));
}

export async function restoreVersion(ctx: AccessContext, access: WorkspaceAccess, version: number) {
  const old = await loadVersion(ctx.db, access.workspaceId, version);
  if (old === undefined) return fail<never>(notFound(`version ${version} not found`));
  // Old snapshots go through the gate too: the schema may have moved on since.
  const restored = restoreModelDocument(old);
  if (restored.model === null) return fail<never>(gateFailure(restored.problems));
  const model = restored.model;
  const change: HistoryEntry = {
    op: 'model.restore',
    entity: 'workspace',
    id: String(version),
    name: `version ${version}`,
  };
  return saveChange(ctx, access.workspaceId, userOf(access), () =>
    ok({ model, changes: [change], extra: null }),
  );
}

export async function importModel(ctx: AccessContext, access: WorkspaceAccess, document: unknown) {
  const restored = restoreModelDocument(document);
  if (restored.model === null) return fail<never>(gateFailure(restored.problems));
  const model = restored.model;
  const repairs = restored.problems.filter((p) => p.repaired);
  const change: HistoryEntry = {
    op: 'model.import',
    entity: 'workspace',
    id: access.workspaceId,
    name: 'import',
  };
  const saved = await saveChange(ctx, access.workspaceId, userOf(access), () =>
    ok({ model, changes: [change], extra: null }),
  );
  return saved.ok ? ok({ ...saved.value, problems: repairs }) : saved;
}

function gateFailure(
  problems: readonly { path: string; message: string; repaired: boolean }[],
): Failure {
  const errors = problems
    .filter((p) => !p.repaired)
    .map((p) => ({ field: p.path, message: p.message }));
  return {
    kind: 'invalid',
    message: `the model document has ${errors.length} problem(s); nothing was imported`,
    errors,
  };
}
