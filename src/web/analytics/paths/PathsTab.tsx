import { useCallback, useMemo } from 'react';
import type { Journey, WorkspaceModel } from '../../../model/schema.ts';
import { useApi } from '../../api/ApiContext.tsx';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { AnalysisFrame } from '../AnalysisFrame.tsx';
import { fetchPaths, type PathsResponse } from '../analytics-api.ts';
import { formattersFor } from '../format.ts';
import { NoData } from '../NoData.tsx';
import { type FilterState, hasFilters, PATH_LEVELS, type PathsState } from '../query-state.ts';
import { pathsBody } from '../request-bodies.ts';
import { StatTiles } from '../StatTiles.tsx';
import { useAnalysis } from '../useAnalysis.ts';
import { ProcessMapCard } from './ProcessMapCard.tsx';
import { byLabel, nodeInfos } from './path-nodes.ts';
import { SankeyCard } from './SankeyCard.tsx';
import { ShareSlider } from './ShareSlider.tsx';
import { VariantsTable } from './VariantsTable.tsx';

interface PathsTabProps {
  readonly workspaceId: string;
  readonly model: WorkspaceModel;
  readonly journey: Journey;
  readonly filters: FilterState;
  readonly paths: PathsState;
  readonly onChange: (paths: PathsState) => void;
  readonly onClearFilters: () => void;
}

/** How customers really move: flows (Sankey), the process map and the common paths. */
export function PathsTab(props: PathsTabProps) {
  const { workspaceId, model, filters, paths, onChange } = props;
  const { t } = useI18n();
  const api = useApi();
  // The Sankey's settings are not part of the request: changing them only redraws.
  const body = useMemo(() => pathsBody(model, filters, paths), [model, filters, paths]);
  const analysis = useAnalysis(body, (signal) => fetchPaths(api, workspaceId, body, signal));
  const setShare = useCallback((share: number) => onChange({ ...paths, share }), [onChange, paths]);
  return (
    <div className="analytics-tab-body">
      <section className="card paths-setup">
        <fieldset className="funnel-mode">
          <legend>{t('analytics.paths.level')}</legend>
          <div className="segmented" data-testid="paths-level">
            {PATH_LEVELS.map((level) => (
              <button
                key={level}
                type="button"
                aria-pressed={paths.level === level}
                onClick={() => onChange({ ...paths, level, anchor: null })}
              >
                {t(`analytics.paths.level.${level}`)}
              </button>
            ))}
          </div>
        </fieldset>
        <ShareSlider share={paths.share} onChange={setShare} />
      </section>
      <AnalysisFrame analysis={analysis}>
        {(data) =>
          data.customers === 0 ? (
            <NoData
              workspaceId={workspaceId}
              filtered={hasFilters(filters)}
              onClearFilters={props.onClearFilters}
            />
          ) : (
            <PathsResults {...props} data={data} />
          )
        }
      </AnalysisFrame>
    </div>
  );
}

function PathsResults({
  data,
  model,
  journey,
  paths,
  onChange,
}: PathsTabProps & { readonly data: PathsResponse }) {
  const { t, lang } = useI18n();
  const f = formattersFor(lang);
  const level = data.level === 'stage' || data.level === 'channel' ? data.level : 'touchpoint';
  const infos = useMemo(
    () => nodeInfos(model, journey, level, data.nodes),
    [model, journey, level, data.nodes],
  );
  const labels = useMemo(() => byLabel(infos), [infos]);
  const topVariant = data.variants.top[0];
  return (
    <div className="analytics-results">
      <StatTiles
        stats={[
          { label: t('analytics.paths.stat.customers'), value: f.count(data.customers) },
          { label: t('analytics.paths.stat.events'), value: f.count(data.events) },
          {
            label: t('analytics.paths.stat.variants'),
            value: f.count(data.variants.distinct),
            detail: t('analytics.paths.stat.variantsDetail', {
              share: f.percent(topVariant?.share ?? 0),
            }),
          },
          {
            label: t('analytics.paths.stat.arcs'),
            value: f.count(data.edges.length),
            detail: t('analytics.paths.stat.arcsDetail', { total: f.count(data.totalEdges) }),
          },
        ]}
      />
      <SankeyCard data={data} infos={infos} byLabel={labels} paths={paths} onChange={onChange} />
      <ProcessMapCard
        data={data}
        level={level}
        infos={infos}
        model={model}
        onPickNode={(id) => onChange({ ...paths, anchor: id, direction: 'after' })}
      />
      <VariantsTable variants={data.variants} byLabel={labels} />
    </div>
  );
}
