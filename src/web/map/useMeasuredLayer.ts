import { useMemo, useState } from 'react';
import type { Static } from 'typebox';
import type { MeasuredMapResponse } from '../../analytics/http-schemas.ts';
import type { TouchpointsResponse } from '../../feedback/http-schemas.ts';
import { fetchMeasuredMap } from '../analytics/analytics-api.ts';
import { formattersFor } from '../analytics/format.ts';
import { useApi } from '../api/ApiContext.tsx';
import type { ApiClient } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { readSetting, writeSetting } from '../ui/storage.ts';
import { type Resource, useResource } from '../ui/useResource.ts';
import {
  isMeasure,
  layerData,
  type Measure,
  type MeasuredLayerData,
  satisfactionOf,
} from './measured.ts';

type TouchpointSatisfaction = Static<typeof TouchpointsResponse>;
type Satisfactions = TouchpointSatisfaction['touchpoints'];

/** The journey's measures, with each touchpoint's satisfaction from its surveys. */
async function fetchLayer(
  api: ApiClient,
  workspaceId: string,
  journeyId: string,
  signal: AbortSignal,
): Promise<{ measured: MeasuredMapResponse; satisfaction: Satisfactions }> {
  const [measured, satisfaction] = await Promise.all([
    fetchMeasuredMap(api, workspaceId, { journeyId }, signal),
    api.get<TouchpointSatisfaction>(
      `/workspaces/${encodeURIComponent(workspaceId)}/feedback/touchpoints`,
      {
        signal,
      },
    ),
  ]);
  return { measured, satisfaction: satisfaction.touchpoints };
}

export interface MeasuredLayer {
  readonly on: boolean;
  readonly measure: Measure;
  /** The measures of the journey shown; loading until the layer is switched on. */
  readonly resource: Resource<{
    measured: MeasuredMapResponse;
    satisfaction: Satisfactions;
  } | null>;
  /** What cards draw: null when off, loading, failed or without any customer. */
  readonly data: MeasuredLayerData | null;
  readonly toggle: () => void;
  readonly choose: (measure: Measure) => void;
  readonly reload: () => void;
}

/**
 * The "measured" layer of the map: off by default, fetched for the journey on screen when
 * switched on, with the measure remembered per workspace.
 */
export function useMeasuredLayer(
  workspaceId: string,
  journeyId: string | undefined,
): MeasuredLayer {
  const api = useApi();
  const { lang } = useI18n();
  const storageKey = `parcours.map.measure.${workspaceId}`;
  const [on, setOn] = useState(false);
  const [measure, setMeasure] = useState<Measure>(() => {
    const saved = readSetting(storageKey);
    return isMeasure(saved) ? saved : 'reach';
  });
  const key = on && journeyId !== undefined ? `${workspaceId}:${journeyId}` : 'off';
  const [resource, { reload }] = useResource(key, (signal) =>
    journeyId === undefined || !on
      ? Promise.resolve(null)
      : fetchLayer(api, workspaceId, journeyId, signal),
  );
  const response = resource.status === 'ready' ? resource.data : null;
  const data = useMemo(() => {
    if (!on || response === null) return null;
    const f = formattersFor(lang);
    const byTouchpoint = new Map(response.satisfaction.map((item) => [item.touchpointId, item]));
    const touchpoints = response.measured.touchpoints.map((item) => {
      const survey = byTouchpoint.get(item.touchpointId);
      return {
        ...item,
        satisfaction: survey === undefined ? null : satisfactionOf(survey, survey.irritant, f),
      };
    });
    const hasSatisfaction = touchpoints.some((item) => item.satisfaction !== null);
    if (response.measured.customers === 0 && !hasSatisfaction) return null;
    return layerData({ ...response.measured, touchpoints }, measure);
  }, [on, response, measure, lang]);
  return {
    on,
    measure,
    resource,
    data,
    toggle: () => setOn(!on),
    choose: (next) => {
      setMeasure(next);
      writeSetting(storageKey, next);
    },
    reload,
  };
}
