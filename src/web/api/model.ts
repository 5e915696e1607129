/**
 * Calls of the journey-model API: the workspace model as one document, edited by operations
 * (`ModelOp`), the comparison of a current journey with its target, and export downloads.
 */
import type { ModelOp } from '../../model/ops-schema.ts';
import type { Touchpoint, WorkspaceModel } from '../../model/schema.ts';
import type { ApiClient } from './client.ts';

/** The model as the server holds it; `version` grows with every accepted edit. */
export interface ModelSnapshot {
  readonly version: number;
  readonly model: WorkspaceModel;
}

/** The answer to an edit: the new model, and the ids given to created items (null otherwise). */
export interface OpsResult extends ModelSnapshot {
  readonly createdIds: readonly (string | null)[];
  /** History entries recorded for the edit; the map only needs the new model. */
  readonly changes: readonly unknown[];
}

export const VERDICTS = ['improved', 'worsened', 'mixed', 'neutral'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface TouchpointChange {
  readonly before: Touchpoint;
  readonly after: Touchpoint;
  /** Names of the fields that differ, e.g. `performance`, `emotion`. */
  readonly fields: readonly string[];
  readonly verdict: Verdict;
}

/** A target journey against its current journey, touchpoint by touchpoint. */
export interface JourneyComparison {
  readonly added: readonly Touchpoint[];
  readonly removed: readonly Touchpoint[];
  readonly changed: readonly TouchpointChange[];
  readonly unchanged: number;
}

export const EXPORT_FORMATS = ['svg', 'png', 'pdf', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const API_BASE = '/api/v1';

const modelPath = (workspaceId: string): string =>
  `/workspaces/${encodeURIComponent(workspaceId)}/model`;

const journeyPath = (workspaceId: string, journeyId: string): string =>
  `${modelPath(workspaceId)}/journeys/${encodeURIComponent(journeyId)}`;

export const getModel = (
  api: ApiClient,
  workspaceId: string,
  signal: AbortSignal,
): Promise<ModelSnapshot> => api.get(modelPath(workspaceId), { signal });

/** Applies the operations atomically: all of them or none (400/409 with a problem). */
export const applyModelOps = (
  api: ApiClient,
  workspaceId: string,
  ops: readonly ModelOp[],
): Promise<OpsResult> => api.post(`${modelPath(workspaceId)}/ops`, { ops });

export const compareJourneys = (
  api: ApiClient,
  workspaceId: string,
  currentId: string,
  targetId: string,
  signal: AbortSignal,
): Promise<JourneyComparison> =>
  api.get(`${journeyPath(workspaceId, currentId)}/compare/${encodeURIComponent(targetId)}`, {
    signal,
  });

const EXPORT_FILES: Readonly<Record<ExportFormat, string>> = {
  svg: 'map.svg',
  png: 'map.png',
  pdf: 'map.pdf',
  csv: 'touchpoints.csv',
  xlsx: 'touchpoints.xlsx',
};

/** The download address of a journey export; drawn maps are labelled in the given language. */
export function exportUrl(
  workspaceId: string,
  journeyId: string,
  format: ExportFormat,
  lang: string,
): string {
  const url = `${API_BASE}${journeyPath(workspaceId, journeyId)}/${EXPORT_FILES[format]}`;
  const drawn = format === 'svg' || format === 'png' || format === 'pdf';
  return drawn ? `${url}?lang=${encodeURIComponent(lang)}` : url;
}
