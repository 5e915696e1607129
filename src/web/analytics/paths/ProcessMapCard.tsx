import type { ECElementEvent } from 'echarts/core';
import { useCallback, useMemo } from 'react';
import type { WorkspaceModel } from '../../../model/schema.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { PathsResponse } from '../analytics-api.ts';
import { ChartCard } from '../ChartCard.tsx';
import { formattersFor } from '../format.ts';
import type { PathLevel } from '../query-state.ts';
import { END_ID, type NodeInfo, START_ID } from './path-nodes.ts';
import { processMapOption, processMapSize } from './process-map.ts';

interface ProcessMapCardProps {
  readonly data: PathsResponse;
  readonly level: PathLevel;
  readonly infos: ReadonlyMap<string, NodeInfo>;
  readonly model: WorkspaceModel;
  /** A click on a node shows the flows after it in the Sankey. */
  readonly onPickNode: (id: string) => void;
}

/** The directly-follows graph laid over the map's grid of stages and channels. */
export function ProcessMapCard({ data, level, infos, model, onPickNode }: ProcessMapCardProps) {
  const { t, lang } = useI18n();
  const option = useMemo(
    () =>
      processMapOption(
        {
          data,
          level,
          infos,
          model,
          words: {
            start: t('analytics.paths.start'),
            end: t('analytics.paths.end'),
            visits: t('analytics.paths.visits'),
            customers: t('analytics.customers'),
          },
        },
        formattersFor(lang),
      ),
    [data, level, infos, model, lang, t],
  );
  const onItemClick = useCallback(
    (event: ECElementEvent) => {
      if (event.dataType !== 'node' || typeof event.name !== 'string') return;
      if (event.name !== START_ID && event.name !== END_ID) onPickNode(event.name);
    },
    [onPickNode],
  );
  const size = processMapSize(level, model.stages.length, model.channels.length);
  return (
    <ChartCard
      title={t('analytics.paths.processMap')}
      hint={t('analytics.paths.processMapHint')}
      fileName="process-map"
      option={option}
      height={size.height}
      minWidth={size.minWidth}
      testId="process-map"
      onItemClick={onItemClick}
    />
  );
}
