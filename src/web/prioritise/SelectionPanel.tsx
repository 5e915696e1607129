import type { WorkspaceModel } from '../../model/schema.ts';
import type { WorkspaceScores } from '../../prioritise/scores.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { routePath } from '../router/routes.ts';
import { writeSetting } from '../ui/storage.ts';
import { Contributions } from './Contributions.tsx';
import { decimal, moneyFormat } from './format.ts';
import { valueLabel } from './labels.ts';
import type { AnyPoint } from './matrix-parts.ts';

interface SelectionPanelProps {
  readonly workspaceId: string;
  readonly point: AnyPoint;
  readonly scores: WorkspaceScores;
  readonly model: WorkspaceModel;
  readonly onClose: () => void;
  readonly onEditAction: (actionId: string) => void;
}

const score100 = (score: number | null) => (score === null ? '—' : String(Math.round(score * 100)));

/** The touchpoint or action behind a clicked point: its score, formula, and where to open it. */
export function SelectionPanel(props: SelectionPanelProps) {
  const { t, lang } = useI18n();
  const { point, scores, model } = props;
  const format = moneyFormat(lang, model.currency);
  const nameOf = (items: readonly { id: string; name: string }[], id: string) =>
    items.find((item) => item.id === id)?.name ?? '';
  const touchpoint =
    point.kind === 'touchpoint'
      ? scores.touchpoints.find((s) => s.touchpointId === point.id)
      : undefined;
  const action =
    point.kind === 'action' ? scores.actions.find((s) => s.actionId === point.id) : undefined;
  const mapPath = routePath({ name: 'map', workspaceId: props.workspaceId });
  return (
    <aside className="card pr-panel" aria-labelledby="pr-panel-title" data-testid="selection-panel">
      <div className="pr-card-head">
        <div>
          <p className="pr-kicker">
            {t(
              point.kind === 'touchpoint' ? 'prioritise.kind.touchpoint' : 'prioritise.kind.action',
            )}
          </p>
          <h2 id="pr-panel-title">{point.name}</h2>
        </div>
        <button
          type="button"
          className="button button-quiet pr-panel-close"
          onClick={props.onClose}
          aria-label={t('prioritise.panel.close')}
        >
          ×
        </button>
      </div>
      {touchpoint && (
        <>
          <dl className="facts">
            <dt>{t('prioritise.panel.persona')}</dt>
            <dd>{nameOf(model.personas, touchpoint.personaId)}</dd>
            <dt>{t('prioritise.panel.stage')}</dt>
            <dd>
              {nameOf(model.stages, touchpoint.stageId)} ·{' '}
              {nameOf(model.channels, touchpoint.channelId)}
            </dd>
            <dt>{t('prioritise.axis.performance')}</dt>
            <dd>
              <span className={`pr-perf pr-perf-${touchpoint.performance}`}>
                {valueLabel(t, touchpoint.performance)}
              </span>
            </dd>
            <dt>{t('prioritise.panel.cost')}</dt>
            <dd>
              {touchpoint.monthlyCostCents === null
                ? '—'
                : t('prioritise.perMonth', { amount: format.money(touchpoint.monthlyCostCents) })}
            </dd>
          </dl>
          <p className="pr-score-line">
            {t('prioritise.panel.score')}{' '}
            <strong data-testid="panel-score">{score100(touchpoint.score)}</strong>/100 ·{' '}
            {valueLabel(t, point.quadrant)}
          </p>
          <Contributions
            side="touchpoint"
            contributions={touchpoint.contributions}
            money={format.money}
          />
          <Link
            className="button button-primary"
            to={`${mapPath}?touchpoint=${encodeURIComponent(point.id)}`}
            onClick={() =>
              writeSetting(`parcours.map.persona.${props.workspaceId}`, touchpoint.personaId)
            }
            data-testid="open-in-map"
          >
            {t('prioritise.panel.openMap')}
          </Link>
        </>
      )}
      {action && (
        <>
          <dl className="facts">
            <dt>{t('prioritise.col.cost')}</dt>
            <dd>{format.money(action.costCents)}</dd>
            <dt>{t('prioritise.col.weightedReturn')}</dt>
            <dd>{format.money(action.weightedReturnCents)}</dd>
            <dt>{t('prioritise.col.rice')}</dt>
            <dd>{action.rice === null ? '—' : decimal(lang, action.rice, 0)}</dd>
          </dl>
          <p className="pr-score-line">
            {t('prioritise.panel.score')}{' '}
            <strong data-testid="panel-score">{score100(action.score)}</strong>/100 ·{' '}
            {valueLabel(t, point.quadrant)}
          </p>
          <Contributions side="action" contributions={action.contributions} money={format.money} />
          <button
            type="button"
            className="button button-primary"
            onClick={() => props.onEditAction(action.actionId)}
            data-testid="edit-selected-action"
          >
            {t('prioritise.panel.editAction')}
          </button>
        </>
      )}
    </aside>
  );
}
