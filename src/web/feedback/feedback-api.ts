/**
 * Calls of the feedback API: survey definitions, personal links, measures, trends, the
 * comparison of two periods, the touchpoints' satisfaction and the answers. Types are the
 * server's (src/feedback), so both sides change together.
 */

import type { IssuedLink } from '../../feedback/asks.ts';
import type { Breakdown, TrendPoint } from '../../feedback/breakdown.ts';
import type { BreakdownDimension } from '../../feedback/labels.ts';
import type { Measure } from '../../feedback/measures.ts';
import type { SegmentComparison, TouchpointSatisfaction } from '../../feedback/measures-service.ts';
import type { SurveyKind } from '../../feedback/scales.ts';
import type { Survey, SurveyInput } from '../../feedback/survey-schema.ts';
import type { SurveyWithCount } from '../../feedback/surveys-service.ts';
import type { ApiClient } from '../api/client.ts';

export type {
  Breakdown,
  BreakdownDimension,
  IssuedLink,
  Measure,
  SegmentComparison,
  Survey,
  SurveyInput,
  SurveyKind,
  SurveyWithCount,
  TouchpointSatisfaction,
  TrendPoint,
};

export interface MeasureFilters {
  readonly from?: string;
  readonly to?: string;
  readonly touchpointId?: string;
  readonly stageId?: string;
  readonly channel?: string;
  readonly persona?: string;
  readonly surveyId?: string;
}

export interface ResponseFilters extends MeasureFilters {
  readonly kind?: SurveyKind;
  readonly minScore?: number;
  readonly maxScore?: number;
  readonly withComment?: boolean;
  readonly search?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export interface ResponseRow {
  readonly answerKey: string;
  readonly revision: number;
  readonly kind: SurveyKind;
  readonly score: number;
  readonly surveyName: string | null;
  readonly touchpointId: string | null;
  readonly touchpointName: string | null;
  readonly channel: string | null;
  readonly persona: string | null;
  readonly comment: string | null;
  readonly answers: Readonly<Record<string, string>>;
  readonly userId: string | null;
  readonly source: string | null;
  readonly answeredAt: string;
}

const base = (workspaceId: string) => `/workspaces/${encodeURIComponent(workspaceId)}/feedback`;

/** A query string of the defined, non-empty values. */
export function queryOf(
  values: Readonly<Record<string, string | number | boolean | undefined>>,
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

export const listSurveys = (api: ApiClient, workspaceId: string, signal: AbortSignal) =>
  api.get<{ surveys: SurveyWithCount[] }>(`${base(workspaceId)}/surveys`, { signal });

export const createSurvey = (api: ApiClient, workspaceId: string, input: SurveyInput) =>
  api.post<Survey>(`${base(workspaceId)}/surveys`, input);

export const saveSurvey = (
  api: ApiClient,
  workspaceId: string,
  id: string,
  input: SurveyInput,
  version: number,
) =>
  api.put<Survey>(`${base(workspaceId)}/surveys/${encodeURIComponent(id)}`, { ...input, version });

export const deleteSurvey = (api: ApiClient, workspaceId: string, id: string) =>
  api.delete<void>(`${base(workspaceId)}/surveys/${encodeURIComponent(id)}`);

export const issueLink = (
  api: ApiClient,
  workspaceId: string,
  id: string,
  userId: string,
  lang: 'en' | 'fr',
) =>
  api.post<{ links: IssuedLink[] }>(
    `${base(workspaceId)}/surveys/${encodeURIComponent(id)}/links`,
    {
      recipients: [{ userId, lang }],
      respectTargeting: false,
    },
  );

export const fetchBreakdown = (
  api: ApiClient,
  workspaceId: string,
  kind: SurveyKind,
  by: BreakdownDimension,
  filters: MeasureFilters,
  signal: AbortSignal,
) =>
  api.get<Breakdown>(`${base(workspaceId)}/measures${queryOf({ kind, by, ...filters })}`, {
    signal,
  });

export const fetchTrend = (
  api: ApiClient,
  workspaceId: string,
  kind: SurveyKind,
  period: 'week' | 'month',
  filters: MeasureFilters,
  signal: AbortSignal,
) =>
  api.get<{ points: TrendPoint[] }>(
    `${base(workspaceId)}/trend${queryOf({ kind, period, ...filters })}`,
    {
      signal,
    },
  );

export const compareSegments = (
  api: ApiClient,
  workspaceId: string,
  kind: SurveyKind,
  a: MeasureFilters,
  b: MeasureFilters,
) => api.post<SegmentComparison>(`${base(workspaceId)}/compare`, { kind, a, b });

export const fetchTouchpoints = (
  api: ApiClient,
  workspaceId: string,
  filters: MeasureFilters,
  signal: AbortSignal,
) =>
  api.get<{ touchpoints: TouchpointSatisfaction[] }>(
    `${base(workspaceId)}/touchpoints${queryOf({ from: filters.from, to: filters.to })}`,
    { signal },
  );

export const fetchResponses = (
  api: ApiClient,
  workspaceId: string,
  filters: ResponseFilters,
  signal: AbortSignal,
) =>
  api.get<{ total: number; responses: ResponseRow[] }>(
    `${base(workspaceId)}/responses${queryOf({ ...filters })}`,
    {
      signal,
    },
  );
