import { type ChangeEvent, type DragEvent, useEffect, useRef, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { ApiError, isAbortError, type Problem, toProblem } from '../api/problem.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { tooLarge } from './import-form.ts';
import { type ImportJob, type Upload, type UploadProgress, uploadImport } from './imports-api.ts';
import { formatPercent, formatSize } from './numbers.ts';
import { ProgressBar } from './ProgressBar.tsx';

const ACCEPT = '.csv,.tsv,.txt,.ndjson,.jsonl,.json,.parquet,.pq';

interface FileDropProps {
  readonly workspaceId: string;
  /** The server's size limit, once known. */
  readonly maxBytes: number | null;
  readonly onUploaded: (job: ImportJob) => void;
}

interface Sending {
  readonly name: string;
  readonly progress: UploadProgress;
}

/** Drop a file or pick one; it is sent at once, with a progress bar and a way to stop. */
export function FileDrop({ workspaceId, maxBytes, onUploaded }: FileDropProps) {
  const { t, lang } = useI18n();
  const api = useApi();
  const [dragging, setDragging] = useState(false);
  const [sending, setSending] = useState<Sending | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [refusedSize, setRefusedSize] = useState<string | null>(null);
  const upload = useRef<Upload | null>(null);

  // Leaving the page stops a transfer nobody would see the end of.
  useEffect(() => () => upload.current?.abort(), []);

  const send = async (file: File) => {
    setProblem(null);
    setRefusedSize(null);
    if (tooLarge(file.size, maxBytes)) {
      setRefusedSize(file.name);
      return;
    }
    const progress = { loaded: 0, total: file.size };
    setSending({ name: file.name, progress });
    const onUnauthorized = () => void api.get('/me').catch(() => undefined);
    upload.current = uploadImport(
      workspaceId,
      file,
      (next) => setSending({ name: file.name, progress: next }),
      onUnauthorized,
    );
    try {
      onUploaded(await upload.current.done);
    } catch (error) {
      if (!isAbortError(error)) {
        if (!(error instanceof ApiError)) console.error(error);
        setProblem(toProblem(error));
      }
    } finally {
      upload.current = null;
      setSending(null);
    }
  };

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared, so that the same file (once fixed) can be chosen again.
    input.value = '';
    if (file !== undefined) void send(file);
  };

  const drop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file !== undefined && sending === null) void send(file);
  };

  const dragOver = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = sending === null ? 'copy' : 'none';
    setDragging(true);
  };

  if (sending !== null) {
    const { loaded, total } = sending.progress;
    const fraction = total > 0 ? loaded / total : null;
    return (
      <section className="card stack import-sending" aria-live="polite">
        <h2>{t('imports.upload.title', { name: sending.name })}</h2>
        <ProgressBar
          fraction={fraction}
          label={t('imports.upload.progress')}
          testId="upload-progress"
        />
        <div className="import-progress-line">
          <p className="muted">
            {t('imports.upload.sent', {
              sent: formatSize(loaded, lang),
              total: formatSize(total, lang),
              percent: formatPercent(fraction ?? 0, lang),
            })}
          </p>
          <button type="button" className="button" onClick={() => upload.current?.abort()}>
            {t('imports.upload.cancel')}
          </button>
        </div>
      </section>
    );
  }

  return (
    <section className="card stack">
      {/* The whole zone is the file input's label: a click anywhere opens the file picker. */}
      <label
        className={dragging ? 'dropzone dropzone-active' : 'dropzone'}
        onDragOver={dragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        data-testid="import-dropzone"
      >
        <span className="dropzone-title">{t('imports.drop.title')}</span>
        <span className="muted">
          {maxBytes === null
            ? t('imports.drop.formats')
            : t('imports.drop.formatsLimit', { size: formatSize(maxBytes, lang) })}
        </span>
        <span className="button button-primary">{t('imports.drop.choose')}</span>
        <input
          type="file"
          className="visually-hidden"
          accept={ACCEPT}
          data-testid="import-file"
          onChange={choose}
        />
      </label>
      {refusedSize !== null && maxBytes !== null && (
        <p className="alert alert-error" role="alert">
          {t('imports.drop.tooLarge', { name: refusedSize, size: formatSize(maxBytes, lang) })}
        </p>
      )}
      <ProblemAlert problem={problem} />
    </section>
  );
}
