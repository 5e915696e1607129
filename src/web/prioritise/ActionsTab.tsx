import { actionCostCents } from '../../prioritise/action-score.ts';
import { deriveHorizonWeights, weightedOver } from '../../prioritise/horizons.ts';
import type { Action } from '../../prioritise/schema.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConfirmAction } from '../ui/ConfirmAction.tsx';
import { ActionForm } from './ActionForm.tsx';
import { decimal, moneyFormat } from './format.ts';
import { valueLabel } from './labels.ts';
import { removeAction } from './prioritise-api.ts';
import type { PrioritiseData } from './usePrioritiseData.ts';

interface ActionsTabProps {
  readonly workspaceId: string;
  readonly data: PrioritiseData;
  readonly canEdit: boolean;
  readonly update: (change: (data: PrioritiseData) => PrioritiseData) => void;
  /** The action being edited, 'new' for a new one, null when the form is closed. */
  readonly editing: string | null;
  readonly onEditing: (id: string | null) => void;
}

const upsert = (actions: readonly Action[], action: Action): Action[] =>
  actions.some((a) => a.id === action.id)
    ? actions.map((a) => (a.id === action.id ? action : a))
    : [...actions, action];

export function ActionsTab(props: ActionsTabProps) {
  const { t, lang } = useI18n();
  const api = useApi();
  const { data, editing } = props;
  const format = moneyFormat(lang, data.model.currency);
  const weights = deriveHorizonWeights(data.model.objectives, data.budget).weights;
  const touchpointNames = new Map(
    data.model.journeys.flatMap((j) => j.touchpoints.map((tp) => [tp.id, tp.name] as const)),
  );
  const channelNames = new Map(data.model.channels.map((c) => [c.id, c.name]));
  const actionNames = new Map(data.actions.map((a) => [a.id, a.name]));
  const edited =
    editing === null || editing === 'new' ? undefined : data.actions.find((a) => a.id === editing);

  const onSaved = (action: Action) => {
    props.update((d) => ({ ...d, actions: upsert(d.actions, action) }));
    props.onEditing(null);
  };
  const onRemove = async (action: Action) => {
    await removeAction(api, props.workspaceId, action.id);
    props.update((d) => ({
      ...d,
      actions: d.actions
        .filter((a) => a.id !== action.id)
        .map((a) =>
          a.requires.includes(action.id)
            ? { ...a, requires: a.requires.filter((r) => r !== action.id) }
            : a,
        ),
    }));
  };

  return (
    <section className="pr-actions" aria-labelledby="pr-actions-title">
      <div className="pr-section-head">
        <div>
          <h2 id="pr-actions-title">{t('prioritise.actions.title')}</h2>
          <p className="muted">
            {t('prioritise.actions.intro', { months: data.budget.periodMonths })}
          </p>
        </div>
        {props.canEdit && editing === null && (
          <button
            type="button"
            className="button button-primary"
            onClick={() => props.onEditing('new')}
            data-testid="new-action"
          >
            {t('prioritise.actions.new')}
          </button>
        )}
      </div>
      {editing !== null && (editing === 'new' || edited) && (
        <ActionForm
          key={editing}
          workspaceId={props.workspaceId}
          model={data.model}
          actions={data.actions}
          action={edited}
          onSaved={onSaved}
          onCancel={() => props.onEditing(null)}
        />
      )}
      <div className="table-wrap">
        <table data-testid="actions-table">
          <thead>
            <tr>
              <th scope="col">{t('prioritise.kind.action')}</th>
              <th scope="col">{t('prioritise.col.status')}</th>
              <th scope="col">{t('prioritise.col.touchpoints')}</th>
              <th scope="col">{t('prioritise.form.channel')}</th>
              <th scope="col">{t('prioritise.col.cost')}</th>
              <th scope="col">{t('prioritise.col.weightedReturn')}</th>
              <th scope="col">{t('prioritise.col.effort')}</th>
              <th scope="col">{t('prioritise.col.requires')}</th>
              {props.canEdit && (
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {data.actions.length === 0 && (
              <tr>
                <td colSpan={9} className="muted">
                  {t('prioritise.actions.empty')}
                </td>
              </tr>
            )}
            {data.actions.map((a) => (
              <tr
                key={a.id}
                data-testid="action-row"
                aria-current={a.id === editing ? 'true' : undefined}
              >
                <th scope="row">
                  {a.name}
                  {a.owner && <span className="pr-sub">{a.owner}</span>}
                </th>
                <td>
                  <span className={`badge pr-status-${a.status}`}>{valueLabel(t, a.status)}</span>
                </td>
                <td className="pr-names">
                  {a.touchpointIds
                    .map((id) => touchpointNames.get(id) ?? '')
                    .filter(Boolean)
                    .join(', ')}
                </td>
                <td>{a.channelId ? channelNames.get(a.channelId) : '—'}</td>
                <td className="pr-num">
                  {format.money(actionCostCents(a, data.budget.periodMonths))}
                  {a.divisible && (
                    <span className="pr-sub">{t('prioritise.actions.divisible')}</span>
                  )}
                </td>
                <td className="pr-num">{format.money(weightedOver(weights, a.returns))}</td>
                <td className="pr-num">
                  {decimal(lang, a.effort, 1)} ·{' '}
                  {t('prioritise.actions.weeks', { weeks: decimal(lang, a.weeksToDeliver, 0) })}
                </td>
                <td className="pr-names">
                  {a.requires.map((id) => actionNames.get(id) ?? '').join(', ') || '—'}
                </td>
                {props.canEdit && (
                  <td className="cell-actions">
                    <div className="pr-row-buttons">
                      <button
                        type="button"
                        className="button button-quiet"
                        onClick={() => props.onEditing(a.id)}
                        data-testid="edit-action"
                      >
                        {t('prioritise.actions.edit')}
                      </button>
                      <ConfirmAction
                        label={t('prioritise.actions.remove')}
                        question={t('prioritise.actions.removeQuestion', { name: a.name })}
                        confirmLabel={t('prioritise.actions.removeConfirm')}
                        testId="remove-action"
                        confirmTestId="confirm-remove-action"
                        onConfirm={() => onRemove(a)}
                      />
                    </div>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
