/**
 * Storage access for the journey model: the current document of a workspace
 * and its versions. Kysely builder only, values bound, every query by workspace.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Db } from '../access/repository.ts';
import type { WorkspaceModel } from './schema.ts';

/** What one saved version changed, as shown in the history. */
export interface HistoryEntry {
  op: string;
  entity: string;
  id: string;
  name: string;
  journeyId?: string;
  fields?: string[];
}

export interface StoredModel {
  readonly version: number;
  readonly model: WorkspaceModel;
}

export interface VersionSummary {
  readonly version: number;
  readonly at: string;
  readonly user: { readonly id: string; readonly name: string } | null;
  readonly changes: HistoryEntry[];
}

const pack = (model: WorkspaceModel): string =>
  gzipSync(Buffer.from(JSON.stringify(model), 'utf8')).toString('base64');

const unpack = (snapshot: string): WorkspaceModel =>
  JSON.parse(gunzipSync(Buffer.from(snapshot, 'base64')).toString('utf8')) as WorkspaceModel;

export async function loadModel(db: Db, workspaceId: string): Promise<StoredModel | undefined> {
  const row = await db
    .selectFrom('model_documents')
    .select(['version', 'document'])
    .where('workspace_id', '=', workspaceId)
    .executeTakeFirst();
  // The stored document passed the gate or applyOps before it was written: trusted.
  return row && { version: row.version, model: JSON.parse(row.document) as WorkspaceModel };
}

export interface SaveInput {
  readonly workspaceId: string;
  /** The version the change was computed from; 0 when the workspace has no model yet. */
  readonly baseVersion: number;
  readonly model: WorkspaceModel;
  readonly changes: readonly HistoryEntry[];
  readonly userId: string | null;
  readonly at: string;
}

/**
 * Writes a new version if nobody else wrote since `baseVersion`; answers the
 * new version number, or undefined when the base is stale (the caller retries).
 */
export async function saveModel(db: Db, input: SaveInput): Promise<number | undefined> {
  const version = input.baseVersion + 1;
  const document = JSON.stringify(input.model);
  if (input.baseVersion === 0) {
    const inserted = await db
      .insertInto('model_documents')
      .values({
        workspace_id: input.workspaceId,
        version,
        document,
        updated_at: input.at,
        updated_by: input.userId,
      })
      .onConflict((oc) => oc.column('workspace_id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) !== 1) return undefined;
  } else {
    const updated = await db
      .updateTable('model_documents')
      .set({ version, document, updated_at: input.at, updated_by: input.userId })
      .where('workspace_id', '=', input.workspaceId)
      .where('version', '=', input.baseVersion)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return undefined;
  }
  await db
    .insertInto('model_versions')
    .values({
      workspace_id: input.workspaceId,
      version,
      created_at: input.at,
      user_id: input.userId,
      changes: JSON.stringify(input.changes),
      snapshot: pack(input.model),
    })
    .execute();
  return version;
}

export async function listVersions(
  db: Db,
  workspaceId: string,
  page: { limit: number; before?: number },
): Promise<VersionSummary[]> {
  let query = db
    .selectFrom('model_versions')
    .leftJoin('users', 'users.id', 'model_versions.user_id')
    .select([
      'model_versions.version',
      'model_versions.created_at',
      'model_versions.changes',
      'users.id as user_id',
      'users.name as user_name',
    ])
    .where('model_versions.workspace_id', '=', workspaceId);
  if (page.before !== undefined) query = query.where('model_versions.version', '<', page.before);
  const rows = await query.orderBy('model_versions.version', 'desc').limit(page.limit).execute();
  return rows.map((row) => ({
    version: row.version,
    at: row.created_at,
    user: row.user_id && row.user_name ? { id: row.user_id, name: row.user_name } : null,
    changes: JSON.parse(row.changes) as HistoryEntry[],
  }));
}

export async function loadVersion(
  db: Db,
  workspaceId: string,
  version: number,
): Promise<WorkspaceModel | undefined> {
  const row = await db
    .selectFrom('model_versions')
    .select('snapshot')
    .where('workspace_id', '=', workspaceId)
    .where('version', '=', version)
    .executeTakeFirst();
  return row && unpack(row.snapshot);
}
