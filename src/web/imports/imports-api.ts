/**
 * Calls of the import API. The upload goes through XMLHttpRequest, the one browser API that
 * reports upload progress; the others through the shared JSON client.
 */
import type { ImportJob, ImportMapping } from '../../ingest/import/jobs.ts';
import type { ApiClient } from '../api/client.ts';
import { ApiError, networkProblem, parseProblem } from '../api/problem.ts';

export type { ImportJob, ImportMapping };
export type ImportSummary = Omit<ImportJob, 'columns' | 'preview' | 'mapping' | 'errors'>;

/** A job as the history lists it. */
export function summaryOf(job: ImportJob): ImportSummary {
  const {
    columns: _columns,
    preview: _preview,
    mapping: _mapping,
    errors: _errors,
    ...summary
  } = job;
  return summary;
}

const API_BASE = '/api/v1';
const importsPath = (workspaceId: string): string =>
  `/workspaces/${encodeURIComponent(workspaceId)}/imports`;
const importPath = (workspaceId: string, importId: string): string =>
  `${importsPath(workspaceId)}/${encodeURIComponent(importId)}`;

export const listImports = (
  api: ApiClient,
  workspaceId: string,
  signal: AbortSignal,
): Promise<{ imports: ImportSummary[]; maxBytes: number }> =>
  api.get(importsPath(workspaceId), { signal });

export const getImport = (
  api: ApiClient,
  workspaceId: string,
  importId: string,
  signal?: AbortSignal,
): Promise<ImportJob> =>
  api.get(importPath(workspaceId, importId), signal === undefined ? {} : { signal });

export const startImport = (
  api: ApiClient,
  workspaceId: string,
  importId: string,
  mapping: ImportMapping,
): Promise<ImportJob> => api.post(`${importPath(workspaceId, importId)}/start`, mapping);

/** Cancels a running import (answers it), or deletes a settled one (answers nothing). */
export const deleteImport = (
  api: ApiClient,
  workspaceId: string,
  importId: string,
): Promise<ImportJob | undefined> => api.delete(importPath(workspaceId, importId));

/** A plain link downloads with the session cookie. */
export const rejectsUrl = (workspaceId: string, importId: string): string =>
  `${API_BASE}${importPath(workspaceId, importId)}/rejects`;

export interface UploadProgress {
  readonly loaded: number;
  readonly total: number;
}

export interface Upload {
  readonly done: Promise<ImportJob>;
  abort(): void;
}

/**
 * Sends a file as the raw body, reporting its progress. A 401 is handed to `onUnauthorized`
 * (the shared client's way back to the login page).
 */
export function uploadImport(
  workspaceId: string,
  file: File,
  onProgress: (progress: UploadProgress) => void,
  onUnauthorized: () => void,
): Upload {
  const request = new XMLHttpRequest();
  const done = new Promise<ImportJob>((resolve, reject) => {
    const query = new URLSearchParams({ filename: file.name });
    request.open('POST', `${API_BASE}${importsPath(workspaceId)}?${query.toString()}`);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader('accept', 'application/json, application/problem+json');
    request.upload.onprogress = (event) =>
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : file.size });
    request.onload = () => {
      const body = readBody(request.responseText);
      if (request.status === 401) onUnauthorized();
      if (request.status === 201) resolve(body as ImportJob);
      else reject(new ApiError(parseProblem(request.status, body)));
    };
    request.onerror = () => reject(new ApiError(networkProblem()));
    request.onabort = () => reject(new DOMException('upload cancelled', 'AbortError'));
    request.send(file);
  });
  return { done, abort: () => request.abort() };
}

function readBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
