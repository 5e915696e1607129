import { useMemo } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { PathsResponse } from '../analytics-api.ts';
import { ChartCard } from '../ChartCard.tsx';
import { formattersFor } from '../format.ts';
import { MAX_DEPTH, MIN_DEPTH, type PathsState } from '../query-state.ts';
import type { NodeInfo } from './path-nodes.ts';
import { sankeyFlow, sankeyOption } from './sankey.ts';

interface SankeyCardProps {
  readonly data: PathsResponse;
  readonly infos: ReadonlyMap<string, NodeInfo>;
  readonly byLabel: ReadonlyMap<string, NodeInfo>;
  readonly paths: PathsState;
  readonly onChange: (paths: PathsState) => void;
}

/** Steps with fewer customers than this share are grouped as "other" in their column. */
const MIN_STEP_SHARE = 0.015;

const DEPTHS = Array.from(
  { length: MAX_DEPTH - MIN_DEPTH + 1 },
  (_value, index) => index + MIN_DEPTH,
);

/** Where customers go after a touchpoint (or come from before it), step by step. */
export function SankeyCard({ data, infos, byLabel, paths, onChange }: SankeyCardProps) {
  const { t, lang } = useI18n();
  const f = formattersFor(lang);
  const anchor = paths.anchor === null ? undefined : infos.get(paths.anchor);
  const flow = useMemo(
    () =>
      sankeyFlow(data.variants.top, {
        anchor: anchor?.label ?? null,
        direction: paths.direction,
        depth: paths.depth,
        entryLabel: t('analytics.paths.entry'),
        exitLabel: t('analytics.paths.exit'),
        otherLabel: t('analytics.paths.other'),
        minShare: MIN_STEP_SHARE,
      }),
    [data.variants.top, anchor, paths.direction, paths.depth, t],
  );
  const option = useMemo(
    () =>
      sankeyOption(
        flow,
        (label) => byLabel.get(label)?.color ?? '#adb5bd',
        formattersFor(lang),
        t('analytics.customers'),
      ),
    [flow, byLabel, lang, t],
  );
  const rows = Math.max(
    ...Array.from(
      { length: MAX_DEPTH + 2 },
      (_v, column) => flow.nodes.filter((node) => node.column === column).length,
    ),
  );
  const sorted = [...infos.values()].sort(
    (a, b) =>
      (data.nodes.find((n) => n.id === b.id)?.count ?? 0) -
      (data.nodes.find((n) => n.id === a.id)?.count ?? 0),
  );
  const tools = (
    <div className="sankey-tools">
      <select
        aria-label={t('analytics.paths.anchor')}
        data-testid="sankey-anchor"
        value={anchor === undefined ? '' : anchor.id}
        onChange={(event) => onChange({ ...paths, anchor: event.target.value || null })}
      >
        <option value="">{t('analytics.paths.fromStart')}</option>
        {sorted.map((info) => (
          <option key={info.id} value={info.id}>
            {info.label}
          </option>
        ))}
      </select>
      <select
        aria-label={t('analytics.paths.direction')}
        value={paths.direction}
        disabled={anchor === undefined}
        onChange={(event) =>
          onChange({ ...paths, direction: event.target.value === 'before' ? 'before' : 'after' })
        }
      >
        <option value="after">{t('analytics.paths.after')}</option>
        <option value="before">{t('analytics.paths.before')}</option>
      </select>
      <select
        aria-label={t('analytics.paths.depth')}
        value={paths.depth}
        onChange={(event) => onChange({ ...paths, depth: Number(event.target.value) })}
      >
        {DEPTHS.map((depth) => (
          <option key={depth} value={depth}>
            {t('analytics.paths.steps', { count: depth })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <ChartCard
      title={t('analytics.paths.sankey')}
      hint={t('analytics.paths.sankeyHint')}
      fileName="paths-sankey"
      option={option}
      height={Math.min(900, Math.max(420, rows * 36 + 60))}
      testId="sankey-chart"
      tools={tools}
    >
      <p className="muted chart-note">
        {flow.customers === 0
          ? t('analytics.paths.sankeyEmpty')
          : t('analytics.paths.sankeyCoverage', {
              share: f.percent(flow.customers / Math.max(1, data.customers)),
              count: f.count(data.variants.top.length),
            })}
      </p>
    </ChartCard>
  );
}
