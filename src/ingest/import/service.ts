/**
 * Import jobs of the web app: upload (file to disk, preview, suggested mapping), start (the
 * mapping checked, the job run in the background), status, history, cancel and delete, the
 * reject file. Files live under `<dataDir>/imports/<workspaceId>/<importId>/`.
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { WorkspaceAccess } from '../../access/authorize.ts';
import type { Db } from '../../access/repository.ts';
import { newId } from '../../shared/ids.ts';
import { conflict, type Failure, fail, notFound, ok, type Result } from '../../shared/result.ts';
import { toColumnMapping } from './job-mapping.ts';
import {
  claimImportJob,
  deleteImportJob,
  findImportJob,
  insertImportJob,
  listImportJobs,
  markRunningInterrupted,
  updateImportJob,
} from './job-repository.ts';
import {
  type ImportJob,
  type ImportJobRow,
  type ImportMapping,
  reasonOf,
  rejectsFilename,
  toImportJob,
} from './jobs.ts';
import { openImportSource, readPreview } from './preview.ts';
import type { ImportRunner } from './runner.ts';
import type { ImportFormat } from './source.ts';
import { detectFormat, saveUpload } from './upload.ts';

export interface ImportServiceDeps {
  readonly db: Db;
  readonly dataDir: string;
  readonly maxBytes: number;
  readonly now: () => Date;
  readonly runner: ImportRunner;
  readonly log: { error(details: object, message: string): void };
}

export interface Upload {
  readonly body: Readable;
  readonly filename: string;
  readonly mediaType: string;
  readonly format: ImportFormat | undefined;
}

/** An upload past the size limit: answered 413 by the route. */
export const TOO_LARGE = 'too-large';

const HISTORY_LIMIT = 100;

const refusal = (message: string): Failure => ({
  kind: 'invalid',
  message,
  errors: [{ field: '/', message }],
});

const FILE = 'file';
const REJECTS = 'rejects.csv';

export type ImportService = ReturnType<typeof createImportService>;

export function createImportService(deps: ImportServiceDeps) {
  const { db, runner } = deps;
  const dirOf = (workspaceId: string, id: string) => join(deps.dataDir, 'imports', workspaceId, id);
  const at = () => deps.now().toISOString();

  /** The stored job, with the live progress of a running one. */
  const view = (row: ImportJobRow): ImportJob => {
    const job = toImportJob(row);
    const live = job.status === 'running' ? runner.live(job.id) : undefined;
    if (live === undefined) return job;
    const { rows, done, total, refused, errors } = live;
    return {
      ...job,
      progress: { ...job.progress, rows, done, total },
      counts: { ...job.counts, refused },
      errors,
    };
  };

  const find = async (workspaceId: string, id: string): Promise<Result<ImportJobRow>> => {
    const row = await findImportJob(db, workspaceId, id);
    return row === undefined ? fail(notFound(`import ${id} not found`)) : ok(row);
  };

  async function describeFile(path: string, format: ImportFormat) {
    const source = await openImportSource(path, format);
    try {
      return await readPreview(source, format);
    } finally {
      await source.close();
    }
  }

  async function upload(
    granted: WorkspaceAccess,
    file: Upload,
  ): Promise<Result<ImportJob> | typeof TOO_LARGE> {
    const { workspaceId } = granted;
    const id = newId();
    const dir = dirOf(workspaceId, id);
    const path = join(dir, FILE);
    await mkdir(dir, { recursive: true });
    let recorded = false;
    try {
      const saved = await saveUpload(file.body, path, deps.maxBytes);
      if (!saved.ok) return TOO_LARGE;
      const format = file.format ?? (await detectFormat(path, file.filename, file.mediaType));
      const described = await describeFile(path, format).catch((error: unknown) => {
        const reason = reasonOf(error, path, file.filename);
        return `the file cannot be read as ${format}${reason && `: ${reason}`}`;
      });
      if (typeof described === 'string') return fail(refusal(described));
      if (described.columns.length === 0) {
        return fail(refusal('the file is empty: it has no column names and no rows'));
      }
      await insertImportJob(db, {
        id,
        workspace_id: workspaceId,
        filename: file.filename,
        format,
        size_bytes: saved.bytes,
        columns: JSON.stringify(described.columns),
        preview: JSON.stringify(described.preview),
        status: 'uploaded',
        created_at: at(),
        created_by: granted.principal.kind === 'user' ? granted.principal.user.id : null,
      });
      recorded = true;
      return get(workspaceId, id);
    } finally {
      // A refused or failed upload leaves no file behind.
      if (!recorded) await rm(dir, { recursive: true, force: true });
    }
  }

  async function start(
    granted: WorkspaceAccess,
    id: string,
    sent: ImportMapping,
  ): Promise<Result<ImportJob>> {
    const { workspaceId } = granted;
    const found = await find(workspaceId, id);
    if (!found.ok) return found;
    const job = toImportJob(found.value);
    const mapping = toColumnMapping(job.columns, job.preview.segmentRows, sent);
    if (!mapping.ok) return mapping;
    const claimed = await claimImportJob(db, workspaceId, id, {
      mapping: JSON.stringify(sent),
      rows: 0,
      work_done: 0,
      work_total: null,
      imported: 0,
      duplicates: 0,
      refused: 0,
      errors: '[]',
      failure: null,
      started_at: at(),
      finished_at: null,
    });
    if (!claimed) return fail(conflict('this import is already running'));
    const dir = dirOf(workspaceId, id);
    const target = {
      workspaceId,
      id,
      filename: job.filename,
      format: job.format,
      filePath: join(dir, FILE),
      rejectsPath: join(dir, REJECTS),
    };
    runner
      .start(target, mapping.value)
      .catch((error: unknown) => deps.log.error({ err: error, importId: id }, 'import job lost'));
    return get(workspaceId, id);
  }

  async function get(workspaceId: string, id: string): Promise<Result<ImportJob>> {
    const found = await find(workspaceId, id);
    return found.ok ? ok(view(found.value)) : found;
  }

  async function list(workspaceId: string): Promise<ImportJob[]> {
    return (await listImportJobs(db, workspaceId, HISTORY_LIMIT)).map(view);
  }

  /** Cancels a running job (answers it), or deletes a settled one and its files (answers null). */
  async function remove(granted: WorkspaceAccess, id: string): Promise<Result<ImportJob | null>> {
    const { workspaceId } = granted;
    const found = await find(workspaceId, id);
    if (!found.ok) return found;
    if (found.value.status === 'running') {
      if (runner.live(id) === undefined) {
        // Marked running but not running here (another process stopped): settle it.
        await updateImportJob(db, workspaceId, id, { status: 'cancelled', finished_at: at() });
      }
      await runner.cancel(id);
      return get(workspaceId, id);
    }
    await deleteImportJob(db, workspaceId, id);
    await rm(dirOf(workspaceId, id), { recursive: true, force: true });
    return ok(null);
  }

  async function rejects(
    workspaceId: string,
    id: string,
  ): Promise<Result<{ path: string; filename: string }>> {
    const found = await find(workspaceId, id);
    if (!found.ok) return found;
    const path = join(dirOf(workspaceId, id), REJECTS);
    if (!existsSync(path)) return fail(notFound('this import has no rejected rows'));
    return ok({ path, filename: rejectsFilename(found.value.filename) });
  }

  return {
    upload,
    start,
    get,
    list,
    remove,
    rejects,
    /** At start-up: jobs left running by a stopped process become `interrupted`. */
    recover: () => markRunningInterrupted(db, at()),
    stop: () => runner.stopAll(),
  };
}
