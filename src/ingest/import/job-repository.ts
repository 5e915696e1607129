/**
 * Storage of import jobs. Kysely builder only, values bound, every query by workspace (except
 * the start-up sweep of jobs a stopped process left running, which concerns them all).
 */
import type { Updateable } from 'kysely';
import type { Db } from '../../access/repository.ts';
import type { ImportJobRow } from './jobs.ts';
import type { ImportJobsTable } from './tables.ts';

export type NewImportJob = Omit<
  ImportJobsTable,
  | 'mapping'
  | 'rows'
  | 'work_done'
  | 'work_total'
  | 'imported'
  | 'duplicates'
  | 'refused'
  | 'errors'
  | 'failure'
  | 'started_at'
  | 'finished_at'
>;

export type ImportJobChange = Omit<Updateable<ImportJobsTable>, 'id' | 'workspace_id'>;

export async function insertImportJob(db: Db, job: NewImportJob): Promise<void> {
  await db
    .insertInto('import_jobs')
    .values({
      ...job,
      mapping: null,
      rows: 0,
      work_done: 0,
      work_total: null,
      imported: 0,
      duplicates: 0,
      refused: 0,
      errors: '[]',
      failure: null,
      started_at: null,
      finished_at: null,
    })
    .execute();
}

const selectJobs = (db: Db, workspaceId: string) =>
  db
    .selectFrom('import_jobs')
    .leftJoin('users', 'users.id', 'import_jobs.created_by')
    .selectAll('import_jobs')
    .select('users.name as created_by_name')
    .where('import_jobs.workspace_id', '=', workspaceId);

export async function findImportJob(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<ImportJobRow | undefined> {
  return selectJobs(db, workspaceId).where('import_jobs.id', '=', id).executeTakeFirst();
}

/** Newest first. */
export async function listImportJobs(
  db: Db,
  workspaceId: string,
  limit: number,
): Promise<ImportJobRow[]> {
  return selectJobs(db, workspaceId)
    .orderBy('import_jobs.created_at', 'desc')
    .orderBy('import_jobs.id')
    .limit(limit)
    .execute();
}

export async function updateImportJob(
  db: Db,
  workspaceId: string,
  id: string,
  change: ImportJobChange,
): Promise<void> {
  await db
    .updateTable('import_jobs')
    .set(change)
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/**
 * Marks a job running unless it already is: true when this call claimed it, so two clicks on
 * Start run the file once.
 */
export async function claimImportJob(
  db: Db,
  workspaceId: string,
  id: string,
  change: ImportJobChange,
): Promise<boolean> {
  const result = await db
    .updateTable('import_jobs')
    .set({ ...change, status: 'running' })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('status', '!=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteImportJob(db: Db, workspaceId: string, id: string): Promise<void> {
  await db
    .deleteFrom('import_jobs')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

/** Jobs still `running` when a process starts were cut off by a stop: they are interrupted. */
export async function markRunningInterrupted(db: Db, at: string): Promise<number> {
  const result = await db
    .updateTable('import_jobs')
    .set({ status: 'interrupted', finished_at: at })
    .where('status', '=', 'running')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
