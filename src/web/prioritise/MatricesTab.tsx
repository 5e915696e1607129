import { useCallback, useMemo, useState } from 'react';
import { DEFAULT_WEIGHTS } from '../../prioritise/defaults.ts';
import type { ValueAxis } from '../../prioritise/matrices.ts';
import type { ScoringWeights } from '../../prioritise/schema.ts';
import { scoreWorkspace } from '../../prioritise/scores.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useAction } from '../ui/useAction.ts';
import { decimal, moneyFormat, percent } from './format.ts';
import { valueLabel } from './labels.ts';
import { MatrixCard } from './MatrixCard.tsx';
import { impactFeasibilityView, ipaView, valueEffortView } from './matrix-options.ts';
import type { AnyPoint } from './matrix-parts.ts';
import { matricesXlsxUrl, putWeights } from './prioritise-api.ts';
import { ScoreTables } from './ScoreTables.tsx';
import { SelectionPanel } from './SelectionPanel.tsx';
import type { PrioritiseData } from './usePrioritiseData.ts';
import { WeightsPanel } from './WeightsPanel.tsx';
import { sameWeights } from './weights.ts';

interface MatricesTabProps {
  readonly workspaceId: string;
  readonly data: PrioritiseData;
  readonly canEdit: boolean;
  readonly update: (change: (data: PrioritiseData) => PrioritiseData) => void;
  readonly onEditAction: (actionId: string) => void;
}

const VALUE_AXES: readonly ValueAxis[] = ['weighted', 'short', 'medium', 'long'];

export function MatricesTab(props: MatricesTabProps) {
  const { t, lang } = useI18n();
  const api = useApi();
  const { data } = props;
  const [weights, setWeights] = useState<ScoringWeights>(data.weights);
  const [journeyId, setJourneyId] = useState('');
  const [show, setShow] = useState({ touchpoints: true, actions: true });
  const [horizon, setHorizon] = useState<ValueAxis>('weighted');
  const [selected, setSelected] = useState<AnyPoint | null>(null);
  const save = useAction();
  const format = moneyFormat(lang, data.model.currency);

  // Live: every weight change re-scores in the browser with the server's own pure code.
  const scores = useMemo(
    () =>
      scoreWorkspace({
        model: data.model,
        actions: data.actions,
        weights,
        budget: data.budget,
        ...(journeyId === '' ? {} : { journeyId }),
      }),
    [data.model, data.actions, data.budget, weights, journeyId],
  );
  const onSelect = useCallback((point: AnyPoint) => setSelected(point), []);
  const quadrants = Object.fromEntries(
    [
      'quick-win',
      'major-project',
      'fill-in',
      'thankless',
      'concentrate',
      'keep-up',
      'low-priority',
      'overkill',
    ].map((q) => [q, valueLabel(t, q)]),
  );
  const selectedId = selected?.id ?? null;
  const share = (v: number) => decimal(lang, v, 2);
  const describeAxes = (p: AnyPoint) => [
    `${t('prioritise.axis.impact')}: ${share(p.y)} · ${t('prioritise.axis.feasibility')}: ${share(p.x)}`,
    `${valueLabel(t, p.quadrant)}`,
  ];
  const impact = impactFeasibilityView(
    scores.matrices.impactFeasibility,
    show,
    {
      x: t('prioritise.axis.feasibility'),
      y: t('prioritise.axis.impact'),
      quadrants,
      series: [t('prioritise.kind.touchpoints'), t('prioritise.kind.actions')],
      describe: describeAxes,
    },
    selectedId,
  );
  const levels = ['missing', 'irritant', 'neutral', 'enchantment'].map((p) => valueLabel(t, p));
  const ipa = ipaView(
    scores.matrices.importancePerformance,
    {
      x: t('prioritise.axis.performance'),
      y: t('prioritise.axis.importance'),
      quadrants,
      series: [t('prioritise.kind.touchpoints')],
      levels,
      describe: (p) => [
        `${t('prioritise.axis.importance')}: ${p.y}/5 · ${levels[Math.round(p.x * 3)] ?? ''}`,
        valueLabel(t, p.quadrant),
      ],
    },
    selectedId,
  );
  const valueMatrix = scores.matrices.valueEffort.find((m) => m.horizon === horizon);
  const value = valueMatrix
    ? valueEffortView(
        valueMatrix,
        {
          x: t('prioritise.axis.effort'),
          y: t('prioritise.axis.value', { horizon: valueLabel(t, horizon) }),
          quadrants,
          series: [t('prioritise.kind.actions')],
          money: format.compact,
          describe: (p) => [
            `${format.money(p.y)} · ${decimal(lang, p.x, 1)} ${t('prioritise.unit.personMonths')}`,
            valueLabel(t, p.quadrant),
          ],
        },
        selectedId,
      )
    : null;

  const saveWeights = async () => {
    const outcome = await save.run(() => putWeights(api, props.workspaceId, weights));
    if (outcome.ok) props.update((d) => ({ ...d, weights: outcome.value }));
  };

  return (
    <div className="pr-matrices">
      <WeightsPanel
        weights={weights}
        onChange={setWeights}
        dirty={!sameWeights(weights, data.weights)}
        canEdit={props.canEdit}
        saving={save.pending}
        problem={save.problem}
        onSave={saveWeights}
        onReset={() => setWeights(DEFAULT_WEIGHTS)}
      />
      <div className="pr-filters">
        <label>
          {t('prioritise.filter.journey')}{' '}
          <select
            value={journeyId}
            onChange={(e) => setJourneyId(e.target.value)}
            data-testid="journey-filter"
          >
            <option value="">{t('prioritise.filter.allCurrent')}</option>
            {data.model.journeys.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </select>
        </label>
        <span className="muted">
          {t('prioritise.horizonWeights', {
            short: percent(lang, scores.horizon.weights.short),
            medium: percent(lang, scores.horizon.weights.medium),
            long: percent(lang, scores.horizon.weights.long),
          })}
        </span>
        <a
          className="button"
          href={matricesXlsxUrl(props.workspaceId, lang, journeyId || undefined)}
          download
          data-testid="export-matrices-xlsx"
        >
          {t('prioritise.export.xlsx')}
        </a>
      </div>
      <div className={selected ? 'pr-layout pr-layout-panel' : 'pr-layout'}>
        <div className="pr-charts">
          <MatrixCard
            id="impact-feasibility"
            title={t('prioritise.matrix.impact.title')}
            hint={t('prioritise.matrix.impact.hint')}
            view={impact}
            x={t('prioritise.axis.feasibility')}
            y={t('prioritise.axis.impact')}
            formatX={share}
            formatY={share}
            quadrantLabel={(q) => valueLabel(t, q)}
            onSelect={onSelect}
            controls={
              <div className="pr-toggles">
                {(['touchpoints', 'actions'] as const).map((kind) => (
                  <label key={kind}>
                    <input
                      type="checkbox"
                      checked={show[kind]}
                      onChange={(e) => setShow({ ...show, [kind]: e.target.checked })}
                    />
                    {t(`prioritise.kind.${kind}`)}
                  </label>
                ))}
              </div>
            }
            footer={
              scores.matrices.impactFeasibility.unplaced > 0 && (
                <p className="muted pr-note">
                  {t('prioritise.matrix.unplaced', {
                    count: scores.matrices.impactFeasibility.unplaced,
                  })}
                </p>
              )
            }
          />
          <MatrixCard
            id="importance-performance"
            title={t('prioritise.matrix.ipa.title')}
            hint={t('prioritise.matrix.ipa.hint')}
            view={ipa}
            x={t('prioritise.axis.performance')}
            y={t('prioritise.axis.importance')}
            formatX={(v) => levels[Math.round(v * 3)] ?? ''}
            formatY={(v) => String(v)}
            quadrantLabel={(q) => valueLabel(t, q)}
            onSelect={onSelect}
          />
          {value && valueMatrix && (
            <MatrixCard
              id="value-effort"
              title={t('prioritise.matrix.value.title')}
              hint={t('prioritise.matrix.value.hint')}
              view={value}
              x={t('prioritise.axis.effort')}
              y={t('prioritise.axis.value', { horizon: valueLabel(t, horizon) })}
              formatX={(v) => decimal(lang, v, 1)}
              formatY={format.money}
              quadrantLabel={(q) => valueLabel(t, q)}
              onSelect={onSelect}
              controls={
                <select
                  value={horizon}
                  onChange={(e) => setHorizon(e.target.value as ValueAxis)}
                  aria-label={t('prioritise.filter.horizon')}
                  data-testid="value-horizon"
                >
                  {VALUE_AXES.map((h) => (
                    <option key={h} value={h}>
                      {valueLabel(t, h)}
                    </option>
                  ))}
                </select>
              }
            />
          )}
        </div>
        {selected && (
          <SelectionPanel
            workspaceId={props.workspaceId}
            point={selected}
            scores={scores}
            model={data.model}
            onClose={() => setSelected(null)}
            onEditAction={props.onEditAction}
          />
        )}
      </div>
      <ScoreTables scores={scores} model={data.model} onSelect={onSelect} />
    </div>
  );
}
