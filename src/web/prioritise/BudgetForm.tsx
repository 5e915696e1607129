import type { WorkspaceModel } from '../../model/schema.ts';
import { deriveHorizonWeights, HORIZONS } from '../../prioritise/horizons.ts';
import type { ObjectiveHorizon } from '../../prioritise/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from '../ui/Field.tsx';
import {
  type BudgetDraft,
  budgetSettingsOf,
  type ChannelDraft,
  emptyChannel,
} from './budget-form.ts';
import { percent } from './format.ts';
import { valueLabel } from './labels.ts';

interface BudgetFormProps {
  readonly model: WorkspaceModel;
  readonly draft: BudgetDraft;
  readonly onChange: (draft: BudgetDraft) => void;
  readonly errors: Readonly<Record<string, string>>;
  readonly disabled: boolean;
}

const OBJECTIVE_HORIZONS: readonly ObjectiveHorizon[] = ['short', 'medium', 'long', 'balanced'];
const CHANNEL_FIELDS = ['min', 'max', 'short', 'medium', 'long'] as const;

/** Budget, plan period, horizon weights from the objectives, and each channel's bounds and returns. */
export function BudgetForm({ model, draft, onChange, errors, disabled }: BudgetFormProps) {
  const { t, lang } = useI18n();
  const set = (change: Partial<BudgetDraft>) => onChange({ ...draft, ...change });
  const parsed = budgetSettingsOf(draft);
  const weights = parsed.ok
    ? deriveHorizonWeights(model.objectives, parsed.settings).weights
    : null;
  const totalWeight = model.objectives.reduce((sum, o) => sum + o.weight, 0);
  const listed = new Set(draft.channels.map((c) => c.channelId));
  const free = model.channels.filter((c) => !listed.has(c.id));
  const setChannel = (index: number, change: Partial<ChannelDraft>) =>
    set({ channels: draft.channels.map((c, i) => (i === index ? { ...c, ...change } : c)) });
  return (
    <fieldset className="pr-budget-form" disabled={disabled}>
      <legend className="visually-hidden">{t('prioritise.budget.title')}</legend>
      <div className="pr-form-grid">
        <TextField
          label={`${t('prioritise.budget.total')} (${model.currency})`}
          name="total"
          inputMode="decimal"
          value={draft.total}
          error={errors.total}
          testId="budget-total"
          onChange={(e) => set({ total: e.target.value })}
        />
        <TextField
          label={t('prioritise.budget.months')}
          name="periodMonths"
          inputMode="numeric"
          value={draft.periodMonths}
          error={errors.periodMonths}
          onChange={(e) => set({ periodMonths: e.target.value })}
        />
      </div>
      <h3>{t('prioritise.budget.horizons')}</h3>
      <div className="pr-method" role="radiogroup" aria-label={t('prioritise.budget.horizons')}>
        {(['objectives', 'manual'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="horizon-mode"
              checked={draft.horizonMode === mode}
              onChange={() => set({ horizonMode: mode })}
            />
            {t(`prioritise.budget.mode.${mode}`)}
          </label>
        ))}
      </div>
      {draft.horizonMode === 'objectives' ? (
        <div className="table-wrap">
          <table className="pr-compact">
            <thead>
              <tr>
                <th scope="col">{t('prioritise.budget.objective')}</th>
                <th scope="col">{t('prioritise.budget.objectiveWeight')}</th>
                <th scope="col">{t('prioritise.budget.objectiveHorizon')}</th>
              </tr>
            </thead>
            <tbody>
              {model.objectives.map((o) => (
                <tr key={o.id}>
                  <th scope="row">{o.name}</th>
                  <td className="pr-num">
                    {totalWeight > 0 ? percent(lang, o.weight / totalWeight) : '—'}
                  </td>
                  <td>
                    <select
                      aria-label={t('prioritise.budget.objectiveHorizonOf', { name: o.name })}
                      value={draft.objectiveHorizons[o.id] ?? 'balanced'}
                      onChange={(e) =>
                        set({
                          objectiveHorizons: {
                            ...draft.objectiveHorizons,
                            [o.id]: e.target.value as ObjectiveHorizon,
                          },
                        })
                      }
                    >
                      {OBJECTIVE_HORIZONS.map((h) => (
                        <option key={h} value={h}>
                          {valueLabel(t, h)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div className="pr-form-grid">
          {HORIZONS.map((h) => (
            <TextField
              key={h}
              label={valueLabel(t, h)}
              name={`manual.${h}`}
              inputMode="decimal"
              value={draft.manual[h]}
              error={errors[`manual.${h}`]}
              onChange={(e) => set({ manual: { ...draft.manual, [h]: e.target.value } })}
            />
          ))}
        </div>
      )}
      {weights && (
        <p className="pr-weights-result" data-testid="horizon-weights">
          {HORIZONS.map((h) => (
            <span key={h} className={`pr-horizon pr-horizon-${h}`}>
              {valueLabel(t, h)} <strong>{percent(lang, weights[h])}</strong>
            </span>
          ))}
        </p>
      )}
      <h3>{t('prioritise.budget.channels')}</h3>
      <p className="muted pr-hint">{t('prioritise.budget.channelsHint')}</p>
      <div className="table-wrap">
        <table className="pr-compact pr-channel-table">
          <thead>
            <tr>
              <th scope="col">{t('prioritise.form.channel')}</th>
              <th scope="col">{t('prioritise.budget.min')}</th>
              <th scope="col">{t('prioritise.budget.max')}</th>
              {HORIZONS.map((h) => (
                <th scope="col" key={h}>
                  {t('prioritise.budget.returnPer', { horizon: valueLabel(t, h) })}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {draft.channels.map((c, i) => {
              const name = model.channels.find((m) => m.id === c.channelId)?.name ?? c.channelId;
              return (
                <tr key={c.channelId}>
                  <th scope="row">{name}</th>
                  {CHANNEL_FIELDS.map((field) => {
                    const error = errors[`channels.${i}.${field}`];
                    return (
                      <td key={field} className={error ? 'field-invalid' : undefined}>
                        <input
                          aria-label={`${name}: ${field === 'min' || field === 'max' ? t(`prioritise.budget.${field}`) : valueLabel(t, field)}`}
                          inputMode="decimal"
                          value={c[field]}
                          placeholder={field === 'max' ? '∞' : ''}
                          aria-invalid={error ? true : undefined}
                          title={error}
                          onChange={(e) => setChannel(i, { [field]: e.target.value })}
                        />
                      </td>
                    );
                  })}
                  <td>
                    <button
                      type="button"
                      className="button button-quiet"
                      aria-label={t('prioritise.budget.removeChannel', { name })}
                      onClick={() => set({ channels: draft.channels.filter((_c, j) => j !== i) })}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {Object.entries(errors)
        .filter(([key]) => key.startsWith('channels.'))
        .map(([key, message]) => (
          <p key={key} className="field-error">
            {
              model.channels.find(
                (m) => m.id === draft.channels[Number(key.split('.')[1])]?.channelId,
              )?.name
            }
            : {message}
          </p>
        ))}
      {free.length > 0 && (
        <label className="pr-add-channel">
          {t('prioritise.budget.addChannel')}{' '}
          <select
            value=""
            onChange={(e) =>
              e.target.value && set({ channels: [...draft.channels, emptyChannel(e.target.value)] })
            }
          >
            <option value="">—</option>
            {free.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
