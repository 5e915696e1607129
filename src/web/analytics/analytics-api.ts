/**
 * Calls of the journey analytics API (`/workspaces/:ws/analytics/…`, all POST, viewers
 * allowed). The response types are the server's own schemas.
 */
import type {
  ConformanceResponse,
  FunnelBody,
  FunnelResponse,
  MeasuredMapResponse,
  PathsBody,
  PathsResponse,
  ScopeBody,
} from '../../analytics/http-schemas.ts';
import type { ApiClient } from '../api/client.ts';

export type {
  ConformanceResponse,
  FunnelResponse,
  MeasuredMapResponse,
  PathsResponse,
} from '../../analytics/http-schemas.ts';

const analyticsPath = (workspaceId: string, analysis: string): string =>
  `/workspaces/${encodeURIComponent(workspaceId)}/analytics/${analysis}`;

export const fetchFunnel = (
  api: ApiClient,
  workspaceId: string,
  body: FunnelBody,
  signal: AbortSignal,
): Promise<FunnelResponse> => api.post(analyticsPath(workspaceId, 'funnel'), body, { signal });

export const fetchPaths = (
  api: ApiClient,
  workspaceId: string,
  body: PathsBody,
  signal: AbortSignal,
): Promise<PathsResponse> => api.post(analyticsPath(workspaceId, 'paths'), body, { signal });

export const fetchConformance = (
  api: ApiClient,
  workspaceId: string,
  body: ScopeBody,
  signal: AbortSignal,
): Promise<ConformanceResponse> =>
  api.post(analyticsPath(workspaceId, 'conformance'), body, { signal });

export const fetchMeasuredMap = (
  api: ApiClient,
  workspaceId: string,
  body: ScopeBody,
  signal: AbortSignal,
): Promise<MeasuredMapResponse> =>
  api.post(analyticsPath(workspaceId, 'measured-map'), body, { signal });
