import { type FormEvent, useId, useState } from 'react';
import { SURVEY_KINDS } from '../../feedback/scales.ts';
import type { WorkspaceModel } from '../../model/schema.ts';
import { useApi } from '../api/ApiContext.tsx';
import type { Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from '../ui/Field.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { createSurvey, type Survey, type SurveyKind, saveSurvey } from './feedback-api.ts';
import { touchpointChoices } from './model-options.ts';
import {
  formOfSurvey,
  inputOfForm,
  newSurveyForm,
  nextQuestionId,
  type SurveyForm,
  withKind,
} from './survey-form.ts';
import { TargetingFields } from './TargetingFields.tsx';
import { TextPair } from './TextPair.tsx';

interface SurveyEditorProps {
  readonly workspace: Workspace;
  readonly model: WorkspaceModel;
  /** null: a new survey. */
  readonly survey: Survey | null;
  readonly onDone: (saved: boolean) => void;
}

/** Creates or changes a survey: what is asked, where, of whom, when. */
export function SurveyEditor({ workspace, model, survey, onDone }: SurveyEditorProps) {
  const { t } = useI18n();
  const api = useApi();
  const id = useId();
  const action = useAction();
  const firstTouchpoint = touchpointChoices(model)[0]?.touchpoints[0]?.id ?? '';
  const firstStage = model.stages[0]?.id ?? '';
  const [form, setForm] = useState<SurveyForm>(() =>
    survey === null
      ? newSurveyForm(workspace.name, firstTouchpoint, firstStage)
      : formOfSurvey(survey, firstTouchpoint, firstStage),
  );
  const change = (next: Partial<SurveyForm>) => setForm((current) => ({ ...current, ...next }));
  const errors = action.errors;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = inputOfForm(form);
    const outcome = await action.run(() =>
      survey === null
        ? createSurvey(api, workspace.id, input)
        : saveSurvey(api, workspace.id, survey.id, input, survey.version),
    );
    if (outcome.ok) onDone(true);
  };

  return (
    <section className="card stack feedback-editor" data-testid="survey-editor">
      <h2>
        {survey === null
          ? t('feedback.form.newTitle')
          : t('feedback.form.editTitle', { name: survey.name })}
      </h2>
      <form className="stack" onSubmit={onSubmit}>
        <TextField
          label={t('feedback.form.name')}
          name="name"
          required
          maxLength={200}
          value={form.name}
          error={errors.name}
          testId="survey-name"
          onChange={(e) => change({ name: e.target.value })}
        />
        <div className="form-row">
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('feedback.form.kind')}</label>
            <select
              id={`${id}-kind`}
              value={form.kind}
              data-testid="survey-kind"
              onChange={(e) =>
                setForm((f) => withKind(f, e.target.value as SurveyKind, workspace.name))
              }
            >
              {SURVEY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`feedback.kind.${kind}.long`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-type`}>{t('feedback.form.targetType')}</label>
            <select
              id={`${id}-type`}
              value={form.targetType}
              onChange={(e) =>
                change({ targetType: e.target.value === 'stage' ? 'stage' : 'touchpoint' })
              }
            >
              <option value="touchpoint">{t('feedback.form.target.touchpoint')}</option>
              <option value="stage">{t('feedback.form.target.stage')}</option>
            </select>
          </div>
        </div>
        {form.targetType === 'touchpoint' ? (
          <div
            className={
              errors['target.touchpointId'] === undefined ? 'field' : 'field field-invalid'
            }
          >
            <label htmlFor={`${id}-tp`}>{t('feedback.form.touchpoint')}</label>
            <select
              id={`${id}-tp`}
              value={form.touchpointId}
              data-testid="survey-touchpoint"
              onChange={(e) => change({ touchpointId: e.target.value })}
            >
              {touchpointChoices(model).map((journey) => (
                <optgroup key={journey.journeyId} label={journey.name}>
                  {journey.touchpoints.map((tp) => (
                    <option key={tp.id} value={tp.id}>
                      {tp.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
            {errors['target.touchpointId'] !== undefined && (
              <p className="field-error">{errors['target.touchpointId']}</p>
            )}
          </div>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-stage`}>{t('feedback.form.stage')}</label>
            <select
              id={`${id}-stage`}
              value={form.stageId}
              onChange={(e) => change({ stageId: e.target.value })}
            >
              {model.stages.map((stage) => (
                <option key={stage.id} value={stage.id}>
                  {stage.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <TextPair
          legend={t('feedback.form.question')}
          en={form.questionEn}
          fr={form.questionFr}
          testId="survey-question"
          errors={{ en: errors['question.en'], fr: errors['question.fr'] }}
          onChange={(lang, value) =>
            change(lang === 'en' ? { questionEn: value } : { questionFr: value })
          }
        />
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.followUp}
            onChange={(e) => change({ followUp: e.target.checked })}
          />{' '}
          {t('feedback.form.followUp')}
        </label>
        {form.followUp && (
          <TextPair
            legend={t('feedback.form.followUpText')}
            en={form.followUpEn}
            fr={form.followUpFr}
            onChange={(lang, value) =>
              change(lang === 'en' ? { followUpEn: value } : { followUpFr: value })
            }
          />
        )}
        <fieldset className="feedback-custom">
          <legend>{t('feedback.form.custom')}</legend>
          {form.customQuestions.map((question, index) => (
            <div key={question.id} className="feedback-custom-row">
              <TextPair
                legend={`${t('feedback.form.custom.id')} ${question.id}`}
                en={question.en}
                fr={question.fr}
                onChange={(lang, value) =>
                  change({
                    customQuestions: form.customQuestions.map((q, i) =>
                      i === index ? { ...q, [lang]: value } : q,
                    ),
                  })
                }
              />
              <button
                type="button"
                className="button button-danger-quiet"
                onClick={() =>
                  change({ customQuestions: form.customQuestions.filter((_, i) => i !== index) })
                }
              >
                {t('feedback.form.custom.remove')}
              </button>
            </div>
          ))}
          {form.customQuestions.length < 5 && (
            <button
              type="button"
              className="button"
              onClick={() =>
                change({
                  customQuestions: [
                    ...form.customQuestions,
                    { id: nextQuestionId(form.customQuestions), en: '', fr: '' },
                  ],
                })
              }
            >
              {t('feedback.form.custom.add')}
            </button>
          )}
        </fieldset>
        <TargetingFields form={form} model={model} errors={errors} onChange={change} />
        <ProblemAlert
          problem={action.problem}
          placed={[
            'name',
            'question.en',
            'question.fr',
            'target.touchpointId',
            'targeting.samplingPercent',
            'targeting.cooldownDays',
            'targeting.maxPerPeriod.count',
            'activeUntil',
          ]}
        />
        <div className="form-actions">
          <button
            type="submit"
            className="button button-primary"
            disabled={action.pending}
            data-testid="survey-save"
          >
            {survey === null ? t('feedback.form.create') : t('feedback.form.save')}
          </button>
          <button type="button" className="button" onClick={() => onDone(false)}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}
