import { useId } from 'react';
import { PERIODS } from '../../feedback/survey-schema.ts';
import type { WorkspaceModel } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { SurveyForm } from './survey-form.ts';

interface TargetingFieldsProps {
  readonly form: SurveyForm;
  readonly model: WorkspaceModel;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (change: Partial<SurveyForm>) => void;
}

/** Sampling, cooldown, cap, personas, widget trigger and active dates. */
export function TargetingFields({ form, model, errors, onChange }: TargetingFieldsProps) {
  const { t } = useI18n();
  const id = useId();
  const error = (name: string) =>
    errors[name] === undefined ? null : <p className="field-error">{errors[name]}</p>;
  return (
    <fieldset className="feedback-targeting">
      <legend>{t('feedback.form.targeting')}</legend>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-sampling`}>{t('feedback.form.sampling')}</label>
          <input
            id={`${id}-sampling`}
            type="number"
            min={0}
            max={100}
            step="any"
            value={form.samplingPercent}
            onChange={(e) => onChange({ samplingPercent: e.target.value })}
          />
          {error('targeting.samplingPercent')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-cooldown`}>{t('feedback.form.cooldown')}</label>
          <input
            id={`${id}-cooldown`}
            type="number"
            min={0}
            max={365}
            value={form.cooldownDays}
            onChange={(e) => onChange({ cooldownDays: e.target.value })}
          />
          {error('targeting.cooldownDays')}
        </div>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={form.capped}
          onChange={(e) => onChange({ capped: e.target.checked })}
        />{' '}
        {t('feedback.form.capped')}
      </label>
      {form.capped && (
        <div className="form-row">
          <div className="field">
            <label htmlFor={`${id}-cap`}>{t('feedback.form.capCount')}</label>
            <input
              id={`${id}-cap`}
              type="number"
              min={1}
              value={form.capCount}
              onChange={(e) => onChange({ capCount: e.target.value })}
            />
            {error('targeting.maxPerPeriod.count')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-period`}>{t('feedback.form.capPeriod')}</label>
            <select
              id={`${id}-period`}
              value={form.capPeriod}
              onChange={(e) =>
                onChange({ capPeriod: PERIODS.find((p) => p === e.target.value) ?? 'month' })
              }
            >
              {PERIODS.map((period) => (
                <option key={period} value={period}>
                  {t(`feedback.period.${period}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
      {model.personas.length > 0 && (
        <fieldset className="feedback-personas">
          <legend>{t('feedback.form.personas')}</legend>
          {model.personas.map((persona) => (
            <label key={persona.id} className="checkbox">
              <input
                type="checkbox"
                checked={form.personaIds.includes(persona.id)}
                onChange={(e) =>
                  onChange({
                    personaIds: e.target.checked
                      ? [...form.personaIds, persona.id]
                      : form.personaIds.filter((p) => p !== persona.id),
                  })
                }
              />{' '}
              {persona.name}
            </label>
          ))}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor={`${id}-trigger`}>{t('feedback.form.trigger')}</label>
        <p id={`${id}-trigger-hint`} className="field-hint">
          {t('feedback.form.trigger.hint')}
        </p>
        <input
          id={`${id}-trigger`}
          aria-describedby={`${id}-trigger-hint`}
          maxLength={200}
          value={form.triggerEvent}
          onChange={(e) => onChange({ triggerEvent: e.target.value })}
        />
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('feedback.form.activeFrom')}</label>
          <input
            id={`${id}-from`}
            type="datetime-local"
            value={form.activeFrom}
            onChange={(e) => onChange({ activeFrom: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-until`}>{t('feedback.form.activeUntil')}</label>
          <input
            id={`${id}-until`}
            type="datetime-local"
            value={form.activeUntil}
            onChange={(e) => onChange({ activeUntil: e.target.value })}
          />
          {error('activeUntil')}
        </div>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={form.active}
          onChange={(e) => onChange({ active: e.target.checked })}
        />{' '}
        {t('feedback.form.active')}
      </label>
    </fieldset>
  );
}
