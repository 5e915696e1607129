import { type FormEvent, useState } from 'react';
import type { WorkspaceModel } from '../../model/schema.ts';
import { ACTION_STATUSES } from '../../prioritise/defaults.ts';
import type { Action } from '../../prioritise/schema.ts';
import { useApi } from '../api/ApiContext.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SelectField, TextField } from '../ui/Field.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import {
  type ActionDraft,
  CONFIDENCES,
  type DraftErrors,
  draftOf,
  fieldsOf,
  RICE_IMPACTS,
} from './action-form.ts';
import { riceImpactLabel, valueLabel } from './labels.ts';
import { changeAction, createAction } from './prioritise-api.ts';
import { TouchpointPicker } from './TouchpointPicker.tsx';

interface ActionFormProps {
  readonly workspaceId: string;
  readonly model: WorkspaceModel;
  readonly actions: readonly Action[];
  /** The action edited; undefined for a new one. */
  readonly action?: Action | undefined;
  readonly onSaved: (action: Action) => void;
  readonly onCancel: () => void;
}

/** Server field pointers → the form's inputs, so messages land next to what was typed. */
const SERVER_FIELDS: Readonly<Record<string, keyof ActionDraft>> = {
  oneOffCents: 'oneOff',
  recurringCents: 'monthly',
  minSpendCents: 'minSpend',
  weeksToDeliver: 'weeks',
  'returns.short': 'returnShort',
  'returns.medium': 'returnMedium',
  'returns.long': 'returnLong',
};

export function ActionForm(props: ActionFormProps) {
  const { t, lang } = useI18n();
  const api = useApi();
  const [draft, setDraft] = useState<ActionDraft>(() => draftOf(props.action));
  const [errors, setErrors] = useState<DraftErrors>({});
  const save = useAction();
  const set = <K extends keyof ActionDraft>(key: K, value: ActionDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const server: Record<string, string> = {};
  for (const [name, message] of Object.entries(save.errors)) {
    const key = SERVER_FIELDS[name] ?? name.split('.')[0] ?? name;
    server[key] ??= message;
  }
  const error = (key: keyof ActionDraft): string | undefined => {
    const local = errors[key];
    return local ? t(local) : server[key];
  };
  const currency = props.model.currency;
  const money = (key: keyof ActionDraft, label: string) => (
    <TextField
      label={`${label} (${currency})`}
      name={key}
      inputMode="decimal"
      value={String(draft[key])}
      error={error(key)}
      testId={`action-${key}`}
      onChange={(e) => set(key, e.target.value as never)}
    />
  );

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = fieldsOf(draft);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const outcome = await save.run(() =>
      props.action
        ? changeAction(api, props.workspaceId, props.action.id, result.fields)
        : createAction(api, props.workspaceId, result.fields),
    );
    if (outcome.ok) props.onSaved(outcome.value);
  };

  const others = props.actions.filter((a) => a.id !== props.action?.id);
  return (
    <form
      className="card pr-action-form"
      onSubmit={submit}
      noValidate
      data-testid="action-form"
      aria-labelledby="pr-action-form-title"
    >
      <h3 id="pr-action-form-title">
        {props.action
          ? t('prioritise.form.editTitle', { name: props.action.name })
          : t('prioritise.form.newTitle')}
      </h3>
      <div className="pr-form-grid">
        <TextField
          label={t('prioritise.form.name')}
          name="name"
          value={draft.name}
          error={error('name')}
          testId="action-name"
          onChange={(e) => set('name', e.target.value)}
        />
        <TextField
          label={t('prioritise.form.owner')}
          name="owner"
          value={draft.owner}
          error={error('owner')}
          onChange={(e) => set('owner', e.target.value)}
        />
        <SelectField
          label={t('prioritise.col.status')}
          name="status"
          value={draft.status}
          testId="action-status"
          choices={ACTION_STATUSES.map((s) => ({ value: s, label: valueLabel(t, s) }))}
          onChange={(e) => set('status', e.target.value as ActionDraft['status'])}
        />
        <SelectField
          label={t('prioritise.form.channel')}
          name="channelId"
          value={draft.channelId}
          hint={t('prioritise.form.channelHint')}
          error={error('channelId')}
          testId="action-channel"
          choices={[
            { value: '', label: t('prioritise.form.noChannel') },
            ...props.model.channels.map((c) => ({ value: c.id, label: c.name })),
          ]}
          onChange={(e) => set('channelId', e.target.value)}
        />
        <div className="field pr-wide">
          <label htmlFor="pr-action-description">{t('prioritise.form.description')}</label>
          <textarea
            id="pr-action-description"
            rows={2}
            value={draft.description}
            onChange={(e) => set('description', e.target.value)}
          />
        </div>
      </div>
      <TouchpointPicker
        model={props.model}
        selected={draft.touchpointIds}
        onChange={(ids) => set('touchpointIds', ids)}
        error={error('touchpointIds')}
      />
      <h4>{t('prioritise.form.costs')}</h4>
      <div className="pr-form-grid">
        {money('oneOff', t('prioritise.form.oneOff'))}
        {money('monthly', t('prioritise.form.monthly'))}
        <TextField
          label={t('prioritise.form.effort')}
          name="effort"
          inputMode="decimal"
          value={draft.effort}
          error={error('effort')}
          onChange={(e) => set('effort', e.target.value)}
        />
        <TextField
          label={t('prioritise.form.weeks')}
          name="weeks"
          inputMode="decimal"
          value={draft.weeks}
          error={error('weeks')}
          onChange={(e) => set('weeks', e.target.value)}
        />
        <label className="pr-check pr-wide">
          <input
            type="checkbox"
            checked={draft.divisible}
            onChange={(e) => set('divisible', e.target.checked)}
            data-testid="action-divisible"
          />
          {t('prioritise.form.divisible')}
        </label>
        {draft.divisible && money('minSpend', t('prioritise.form.minSpend'))}
      </div>
      <h4>{t('prioritise.form.returns')}</h4>
      <p className="muted pr-hint">{t('prioritise.form.returnsHint')}</p>
      <div className="pr-form-grid">
        {money('returnShort', t('prioritise.horizon.short'))}
        {money('returnMedium', t('prioritise.horizon.medium'))}
        {money('returnLong', t('prioritise.horizon.long'))}
      </div>
      <h4>{t('prioritise.form.rice')}</h4>
      <div className="pr-form-grid">
        <TextField
          label={t('prioritise.form.reach')}
          name="reach"
          inputMode="numeric"
          hint={t('prioritise.form.reachHint')}
          value={draft.reach}
          error={error('reach')}
          onChange={(e) => set('reach', e.target.value)}
        />
        <SelectField
          label={t('prioritise.form.riceImpact')}
          name="riceImpact"
          value={draft.riceImpact}
          choices={RICE_IMPACTS.map((v) => ({ value: String(v), label: riceImpactLabel(t, v) }))}
          onChange={(e) => set('riceImpact', e.target.value)}
        />
        <SelectField
          label={t('prioritise.form.confidence')}
          name="confidence"
          value={draft.confidence}
          choices={CONFIDENCES.map((v) => ({
            value: String(v),
            label: new Intl.NumberFormat(lang, { style: 'percent' }).format(v),
          }))}
          onChange={(e) => set('confidence', e.target.value)}
        />
      </div>
      {others.length > 0 && (
        <fieldset className="pr-requires">
          <legend>{t('prioritise.form.requires')}</legend>
          {others.map((a) => (
            <label key={a.id}>
              <input
                type="checkbox"
                checked={draft.requires.includes(a.id)}
                onChange={(e) =>
                  set(
                    'requires',
                    e.target.checked
                      ? [...draft.requires, a.id]
                      : draft.requires.filter((x) => x !== a.id),
                  )
                }
              />
              {a.name}
            </label>
          ))}
          {error('requires') && <p className="field-error">{error('requires')}</p>}
        </fieldset>
      )}
      <ProblemAlert problem={save.problem} placed={Object.keys(server).filter((k) => k in draft)} />
      <div className="pr-buttons">
        <button
          type="submit"
          className="button button-primary"
          disabled={save.pending}
          data-testid="save-action"
        >
          {save.pending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
