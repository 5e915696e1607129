/** Calls of the mapping-rules API: the saved rules, saving them, and previews of a draft. */
import type { EventType } from '../../ingest/event.ts';
import type { MappingRule, MappingRuleSet } from '../../mapping/rules.ts';
import type { ApiClient } from '../api/client.ts';

export interface UnmappedGroup {
  readonly type: EventType;
  readonly event: string | null;
  readonly channel: string | null;
  readonly count: number;
  readonly lastSeen: string;
}

/** How a draft maps the events of a window (by default the 30 days up to the latest event). */
export interface MappingPreview {
  readonly window: { readonly from: string; readonly to: string };
  readonly latestEventAt: string | null;
  readonly total: number;
  readonly unmapped: number;
  readonly perRule: readonly { readonly ruleId: string; readonly matched: number }[];
  readonly unmappedGroups: readonly UnmappedGroup[];
}

const rulesPath = (workspaceId: string): string =>
  `/workspaces/${encodeURIComponent(workspaceId)}/mapping-rules`;

export const getMappingRules = (
  api: ApiClient,
  workspaceId: string,
  signal: AbortSignal,
): Promise<MappingRuleSet> => api.get(rulesPath(workspaceId), { signal });

/** Replaces the rules if they are still at `version`; 409 when someone saved in between. */
export const saveMappingRules = (
  api: ApiClient,
  workspaceId: string,
  rules: readonly MappingRule[],
  version: number,
): Promise<MappingRuleSet> => api.put(rulesPath(workspaceId), { rules, version });

export const previewMappingRules = (
  api: ApiClient,
  workspaceId: string,
  rules: readonly MappingRule[],
  signal: AbortSignal,
): Promise<MappingPreview> => api.post(`${rulesPath(workspaceId)}/preview`, { rules }, { signal });
