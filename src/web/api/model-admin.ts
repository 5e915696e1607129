/**
 * Calls around the workspace model beside the editor's own (`model.ts`): its history, JSON
 * import/export, touchpoint files and workspace templates.
 */
import type { ApiClient } from './client.ts';
import type { ModelSnapshot } from './model.ts';
import { ApiError, networkProblem, parseProblem } from './problem.ts';
import type { Workspace } from './workspaces.ts';

export type ChangeEntity =
  | 'persona'
  | 'phase'
  | 'stage'
  | 'channel'
  | 'objective'
  | 'journey'
  | 'touchpoint'
  | 'transition'
  | 'workspace';

/** One entity touched by a version, as recorded by the server. */
export interface ChangeEntry {
  /** The op that made the change, e.g. `touchpoint.update`. */
  readonly op: string;
  readonly entity: ChangeEntity;
  readonly id: string;
  readonly name: string;
  readonly journeyId?: string;
  /** For updates: the fields that changed. */
  readonly fields?: readonly string[];
}

export interface HistoryVersion {
  readonly version: number;
  readonly at: string;
  /** Null for changes made without a person: a secret key, a template, the system. */
  readonly user: { readonly id: string; readonly name: string } | null;
  readonly changes: readonly ChangeEntry[];
}

export interface ImportNote {
  /** JSON pointer into the imported document. */
  readonly path: string;
  readonly message: string;
  readonly repaired: boolean;
}

export const TEMPLATE_KEYS = ['empty', 'ecommerce', 'retail', 'b2b'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export interface WorkspaceTemplate {
  readonly key: TemplateKey;
  readonly name: string;
  readonly description: string;
}

export const TOUCHPOINT_FILE_TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
export type TouchpointFileFormat = keyof typeof TOUCHPOINT_FILE_TYPES;

const API_BASE = '/api/v1';
const modelPath = (workspaceId: string): string =>
  `/workspaces/${encodeURIComponent(workspaceId)}/model`;

export const HISTORY_PAGE_SIZE = 50;

export function fetchHistory(
  api: ApiClient,
  workspaceId: string,
  before: number | null,
  signal?: AbortSignal,
): Promise<{ versions: HistoryVersion[] }> {
  const query = new URLSearchParams({ limit: String(HISTORY_PAGE_SIZE) });
  if (before !== null) query.set('before', String(before));
  const path = `${modelPath(workspaceId)}/history?${query.toString()}`;
  return api.get(path, signal === undefined ? {} : { signal });
}

export const fetchModelVersion = (
  api: ApiClient,
  workspaceId: string,
  version: number,
  signal: AbortSignal,
): Promise<ModelSnapshot> => api.get(`${modelPath(workspaceId)}/history/${version}`, { signal });

export const restoreModelVersion = (
  api: ApiClient,
  workspaceId: string,
  version: number,
): Promise<ModelSnapshot> => api.post(`${modelPath(workspaceId)}/history/${version}/restore`, {});

/** A plain link downloads with the session cookie, and the browser shows its own progress. */
export const modelExportUrl = (workspaceId: string): string =>
  `${API_BASE}${modelPath(workspaceId)}/export`;

export const touchpointsTemplateUrl = (
  workspaceId: string,
  format: TouchpointFileFormat,
  lang: string,
): string =>
  `${API_BASE}${modelPath(workspaceId)}/touchpoints-template.${format}?lang=${encodeURIComponent(lang)}`;

export const importModel = (
  api: ApiClient,
  workspaceId: string,
  document: unknown,
): Promise<ModelSnapshot & { problems: ImportNote[] }> =>
  api.post(`${modelPath(workspaceId)}/import`, { document });

/**
 * Sends a touchpoints file as the raw body. The shared client only speaks JSON, so this call
 * uses fetch itself; on a 401 it asks the client for `/me`, which reports the lost session.
 */
export async function importTouchpoints(
  api: ApiClient,
  workspaceId: string,
  journeyId: string,
  file: Blob,
  format: TouchpointFileFormat,
): Promise<ModelSnapshot & { applied: number }> {
  const path = `${modelPath(workspaceId)}/journeys/${encodeURIComponent(journeyId)}/touchpoints/import`;
  let response: Response;
  try {
    response = await window.fetch(`${API_BASE}${path}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'application/json, application/problem+json',
        'content-type': TOUCHPOINT_FILE_TYPES[format],
      },
      body: file,
    });
  } catch {
    throw new ApiError(networkProblem());
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 401) await api.get('/me').catch(() => undefined);
  if (!response.ok) throw new ApiError(parseProblem(response.status, body));
  return body as ModelSnapshot & { applied: number };
}

export const listTemplates = (
  api: ApiClient,
  lang: string,
  signal: AbortSignal,
): Promise<{ templates: WorkspaceTemplate[] }> =>
  api.get(`/templates?lang=${encodeURIComponent(lang)}`, { signal });

export const createWorkspaceFromTemplate = (
  api: ApiClient,
  input: { name: string; template: TemplateKey; lang: string },
): Promise<Workspace> => api.post('/workspaces', input);
