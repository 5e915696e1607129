/**
 * Runs import jobs in the background of the server: `importRows` over the job's file, the
 * refused rows into the reject file, progress into the job row about once a second (and live
 * in memory for polls in between). Cancelling or stopping the server stops reading: the rows
 * already read are still imported, so the counts stay exact, and a re-run finishes the file
 * (events derive their messageId from the row, so nothing is stored twice).
 */

import type { Db } from '../../access/repository.ts';
import type { IntakeContext } from '../intake.ts';
import { type ImportJobChange, updateImportJob } from './job-repository.ts';
import { KEPT_ERRORS, type LineError, lineErrors, reasonOf } from './jobs.ts';
import type { ColumnMapping } from './mapping.ts';
import { openImportSource } from './preview.ts';
import { openRejectFile, type RejectFile } from './reject-file.ts';
import { importRows, type RejectedRow } from './run-import.ts';
import type { ImportFormat, RowSource, SourceRow } from './source.ts';

export interface RunnerLog {
  error(details: object, message: string): void;
}

export interface RunnerDeps {
  readonly db: Db;
  readonly intake: IntakeContext;
  readonly log: RunnerLog;
}

export interface RunTarget {
  readonly workspaceId: string;
  readonly id: string;
  /** The name the file had on the uploader's machine, for messages. */
  readonly filename: string;
  readonly format: ImportFormat;
  readonly filePath: string;
  readonly rejectsPath: string;
}

/** Progress of a running job, fresher than its stored row. */
export interface LiveProgress {
  readonly rows: number;
  readonly done: number;
  readonly total: number | null;
  readonly refused: number;
  readonly errors: LineError[];
}

export interface ImportRunner {
  /** Runs a job the caller has marked running; resolves when it has stopped. */
  start(target: RunTarget, mapping: ColumnMapping): Promise<void>;
  live(id: string): LiveProgress | undefined;
  /** Stops a running job (it ends `cancelled`) and waits for it. */
  cancel(id: string): Promise<void>;
  /** Stops every job (they end `interrupted`), at server shutdown. */
  stopAll(): Promise<void>;
}

const PERSIST_EVERY_MS = 1000;

class JobState {
  rows = 0;
  refused = 0;
  errors: LineError[] = [];
  total: number | null = null;
  stop: 'cancel' | 'shutdown' | undefined;
  finished: Promise<void> = Promise.resolve();
  private source: RowSource | undefined;

  attach(source: RowSource): void {
    this.source = source;
    this.total = source.total ?? null;
  }

  done(): number {
    return this.source?.done() ?? 0;
  }

  note(rejected: RejectedRow): void {
    this.refused += 1;
    if (this.errors.length < KEPT_ERRORS) {
      const errors = lineErrors(rejected.line, rejected.errors);
      this.errors.push(...errors.slice(0, KEPT_ERRORS - this.errors.length));
    }
  }

  snapshot(): LiveProgress {
    const { rows, total, refused, errors } = this;
    return { rows, done: this.done(), total, refused, errors: [...errors] };
  }

  columns(): ImportJobChange {
    return {
      rows: this.rows,
      work_done: this.done(),
      work_total: this.total,
      refused: this.refused,
      errors: JSON.stringify(this.errors),
    };
  }
}

/** The source's rows until the job is asked to stop; counts them as they are read. */
function stoppable(source: RowSource, state: JobState): RowSource {
  async function* rows(): AsyncIterable<SourceRow> {
    for await (const item of source.rows()) {
      if (state.stop !== undefined) return;
      state.rows += 1;
      yield item;
    }
  }
  return {
    columns: source.columns,
    segmentRows: source.segmentRows,
    total: source.total,
    done: () => source.done(),
    rows,
    close: () => source.close(),
  };
}

export function createImportRunner(deps: RunnerDeps): ImportRunner {
  const running = new Map<string, JobState>();
  const now = () => deps.intake.now().toISOString();

  async function run(target: RunTarget, mapping: ColumnMapping, state: JobState): Promise<void> {
    const save = (change: ImportJobChange) =>
      updateImportJob(deps.db, target.workspaceId, target.id, change);
    let saving = Promise.resolve();
    let savedAt = Date.now();
    const saveProgress = () => {
      if (Date.now() - savedAt < PERSIST_EVERY_MS) return;
      savedAt = Date.now();
      saving = saving.then(() => save(state.columns())).catch(() => undefined);
    };
    let source: RowSource | undefined;
    let rejects: RejectFile | undefined;
    try {
      source = await openImportSource(target.filePath, target.format);
      state.attach(source);
      const file = await openRejectFile(target.rejectsPath, source.columns);
      rejects = file;
      const summary = await importRows({
        ctx: deps.intake,
        workspaceId: target.workspaceId,
        source: stoppable(source, state),
        mapping,
        onReject: (rejected) => {
          state.note(rejected);
          return file.write(rejected);
        },
        onProgress: saveProgress,
      });
      await file.close();
      await saving;
      const status = state.stop === undefined ? 'done' : stoppedStatus(state.stop);
      await save({
        ...state.columns(),
        status,
        imported: summary.imported,
        duplicates: summary.duplicates,
        finished_at: now(),
      });
    } catch (error) {
      await rejects?.close().catch(() => undefined);
      await saving;
      deps.log.error({ err: error, importId: target.id }, 'import job failed');
      await save({
        ...state.columns(),
        status: state.stop === undefined ? 'failed' : stoppedStatus(state.stop),
        failure: reasonOf(error, target.filePath, target.filename),
        finished_at: now(),
      }).catch((saveError: unknown) => deps.log.error({ err: saveError }, 'import job not saved'));
    } finally {
      await source?.close().catch(() => undefined);
    }
  }

  const stopAndWait = async (state: JobState, reason: 'cancel' | 'shutdown') => {
    state.stop ??= reason;
    await state.finished;
  };

  return {
    start(target, mapping) {
      const state = new JobState();
      running.set(target.id, state);
      state.finished = run(target, mapping, state).finally(() => running.delete(target.id));
      return state.finished;
    },
    live: (id) => running.get(id)?.snapshot(),
    cancel: async (id) => {
      const state = running.get(id);
      if (state !== undefined) await stopAndWait(state, 'cancel');
    },
    stopAll: async () => {
      await Promise.all([...running.values()].map((state) => stopAndWait(state, 'shutdown')));
    },
  };
}

const stoppedStatus = (reason: 'cancel' | 'shutdown') =>
  reason === 'cancel' ? ('cancelled' as const) : ('interrupted' as const);
