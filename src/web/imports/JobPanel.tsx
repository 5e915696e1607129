import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { isAbortError } from '../api/problem.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { ImportProgress } from './ImportProgress.tsx';
import { ImportResult } from './ImportResult.tsx';
import { draftOf, FORM_ROLES, requestOf, rowsPerSecond, type Sample } from './import-form.ts';
import { deleteImport, getImport, type ImportJob, startImport } from './imports-api.ts';
import { MappingForm } from './MappingForm.tsx';
import { formatCount, formatSize } from './numbers.ts';
import { PreviewTable } from './PreviewTable.tsx';
import { StatusBadge } from './StatusBadge.tsx';

const POLL_MS = 500;

interface JobPanelProps {
  readonly job: ImportJob;
  readonly canImport: boolean;
  readonly onChange: (job: ImportJob) => void;
  readonly onClose: () => void;
  /** A run ended (or was started): the history is out of date. */
  readonly onSettled: () => void;
}

/** One import: its preview and mapping, then its live progress, then its outcome. */
export function JobPanel({ job, canImport, onChange, onClose, onSettled }: JobPanelProps) {
  const { t, lang, formatDateTime } = useI18n();
  const titleId = useId();
  const [draft, setDraft] = useState(() => draftOf(job.mapping ?? job.preview.suggestion));
  const [remapping, setRemapping] = useState(false);
  const start = useAction();
  const cancel = useAction();
  const api = useApi();
  const rate = usePolling(job, onChange, onSettled);
  const running = job.status === 'running';

  const roleOf = useMemo(() => {
    if (draft.passThrough) return new Map<string, string>();
    const pairs = FORM_ROLES.filter((role) => draft.roles[role] !== '').map(
      (role) => [draft.roles[role], t(`imports.role.${role}`)] as const,
    );
    return new Map(pairs);
  }, [draft, t]);

  const startRun = async () => {
    const request = requestOf(draft, job.columns);
    const outcome = await start.run(() => startImport(api, job.workspaceId, job.id, request));
    if (!outcome.ok) return;
    setRemapping(false);
    onChange(outcome.value);
    onSettled();
  };

  const cancelRun = async () => {
    const outcome = await cancel.run(() => deleteImport(api, job.workspaceId, job.id));
    if (outcome.ok && outcome.value !== undefined) onChange(outcome.value);
  };

  const showForm = !running && (job.status !== 'done' || remapping);
  const showResult = !running && job.startedAt !== null;
  return (
    <section
      className="card stack import-panel"
      aria-labelledby={titleId}
      data-testid="import-panel"
      data-status={job.status}
    >
      <div className="section-heading">
        <div>
          <h2 id={titleId} className="import-filename">
            {job.filename}
          </h2>
          <p className="muted">
            {t('imports.panel.facts', {
              format: job.format.toUpperCase(),
              size: formatSize(job.sizeBytes, lang),
              columns: formatCount(job.columns.length, lang),
              date: formatDateTime(job.createdAt),
            })}
          </p>
        </div>
        <div className="import-panel-actions">
          <StatusBadge status={job.status} />
          {!running && (
            <button
              type="button"
              className="button button-quiet"
              onClick={onClose}
              data-testid="close-import"
            >
              {canImport ? t('imports.panel.another') : t('imports.panel.close')}
            </button>
          )}
        </div>
      </div>
      {running && (
        <ImportProgress
          job={job}
          rate={rate}
          canCancel={canImport}
          cancelling={cancel.pending}
          onCancel={cancelRun}
        />
      )}
      <ProblemAlert problem={cancel.problem} />
      {showResult && <ImportResult job={job} />}
      {job.status === 'done' && canImport && !remapping && (
        <p className="form-actions">
          <button
            type="button"
            className="button"
            onClick={() => setRemapping(true)}
            data-testid="remap-import"
          >
            {t('imports.panel.runAgain')}
          </button>
        </p>
      )}
      {showForm && (
        <div className="stack import-setup">
          <section className="stack" aria-labelledby={`${titleId}-preview`}>
            <div>
              <h3 id={`${titleId}-preview`}>{t('imports.preview.title')}</h3>
              <p className="muted">
                {t('imports.preview.intro', { rows: formatCount(job.preview.rows.length, lang) })}
              </p>
            </div>
            <PreviewTable
              job={job}
              roleOf={roleOf}
              properties={draft.passThrough ? [] : draft.properties}
              passThrough={draft.passThrough}
            />
          </section>
          {canImport && (
            <MappingForm
              job={job}
              draft={draft}
              onDraft={setDraft}
              onStart={startRun}
              action={start}
            />
          )}
        </div>
      )}
    </section>
  );
}

/**
 * Follows a running job: asks for it again every half second, measures its speed, and says
 * when it has stopped. A failed poll is retried, since the job goes on regardless.
 */
function usePolling(
  job: ImportJob,
  onChange: (job: ImportJob) => void,
  onSettled: () => void,
): number | null {
  const api = useApi();
  const [attempt, setAttempt] = useState(0);
  const [rate, setRate] = useState<number | null>(null);
  const first = useRef<Sample | null>(null);
  const wasRunning = useRef(job.status === 'running');

  useEffect(() => {
    const running = job.status === 'running';
    if (wasRunning.current && !running) onSettled();
    wasRunning.current = running;
    if (!running) {
      first.current = null;
      return;
    }
    const sample = { rows: job.progress.rows, at: Date.now() };
    first.current ??= sample;
    setRate(rowsPerSecond(first.current, sample));
  }, [job, onSettled]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    if (job.status !== 'running') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      getImport(api, job.workspaceId, job.id, controller.signal).then(
        onChange,
        (error: unknown) => {
          if (!isAbortError(error)) setAttempt((n) => n + 1);
        },
      );
    }, POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [api, job, onChange, attempt]);

  return job.status === 'running' ? rate : null;
}
