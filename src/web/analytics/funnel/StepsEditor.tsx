import type { Journey, WorkspaceModel } from '../../../model/schema.ts';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { StepState } from '../query-state.ts';
import {
  addStep,
  addTouchpointTo,
  MAX_STEPS,
  moveStep,
  removeStep,
  removeTouchpointFrom,
} from './steps.ts';
import { TouchpointChooser, touchpointLabel } from './TouchpointChooser.tsx';

interface StepsEditorProps {
  readonly model: WorkspaceModel;
  readonly journey: Journey;
  readonly steps: readonly StepState[];
  /** False while the funnel follows the map's stages (no steps chosen). */
  readonly custom: boolean;
  /** null: back to every stage of the map. */
  readonly onChange: (steps: readonly StepState[] | null) => void;
}

/** The funnel's steps, in order: stages or sets of touchpoints; add, remove, reorder. */
export function StepsEditor({ model, journey, steps, custom, onChange }: StepsEditorProps) {
  const { t } = useI18n();
  const stageName = (id: string) => model.stages.find((stage) => stage.id === id)?.name ?? id;
  const full = steps.length >= MAX_STEPS;
  return (
    <div className="funnel-steps-editor">
      <h3>{t('analytics.funnel.steps')}</h3>
      <p className="muted field-hint">
        {custom ? t('analytics.funnel.stepsCustom') : t('analytics.funnel.stepsDefault')}
      </p>
      <ol className="funnel-steps" data-testid="funnel-steps">
        {steps.map((step, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a step is its position; the same stage may appear twice.
          <li key={`${index}-${stepKey(step)}`} className="funnel-step" data-testid="funnel-step">
            <span className="step-number" aria-hidden="true">
              {index + 1}
            </span>
            <div className="step-body">
              {step.kind === 'stage' ? (
                <>
                  <span className="step-kind">{t('analytics.funnel.kind.stage')}</span>
                  <span className="step-name">{stageName(step.stageId)}</span>
                </>
              ) : (
                <>
                  <span className="step-kind">{t('analytics.funnel.kind.touchpoints')}</span>
                  <span className="chips">
                    {step.touchpointIds.map((id) => (
                      <span key={id} className="chip">
                        {touchpointLabel(model, journey, id)}
                        <button
                          type="button"
                          className="chip-remove"
                          aria-label={t('analytics.remove', {
                            name: touchpointLabel(model, journey, id),
                          })}
                          onClick={() => onChange(removeTouchpointFrom(steps, index, id))}
                        >
                          ×
                        </button>
                      </span>
                    ))}
                    <TouchpointChooser
                      model={model}
                      journey={journey}
                      placeholder={t('analytics.funnel.orTouchpoint')}
                      excluded={step.touchpointIds}
                      onChoose={(id) => onChange(addTouchpointTo(steps, index, id))}
                    />
                  </span>
                </>
              )}
            </div>
            <div className="step-actions">
              <button
                type="button"
                className="icon-button"
                aria-label={t('analytics.funnel.moveUp', { step: index + 1 })}
                disabled={index === 0}
                onClick={() => onChange(moveStep(steps, index, -1))}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('analytics.funnel.moveDown', { step: index + 1 })}
                disabled={index === steps.length - 1}
                onClick={() => onChange(moveStep(steps, index, 1))}
              >
                ↓
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={t('analytics.funnel.removeStep', { step: index + 1 })}
                disabled={steps.length <= 1}
                onClick={() => onChange(removeStep(steps, index))}
              >
                ×
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="step-add">
        <select
          value=""
          aria-label={t('analytics.funnel.addStage')}
          data-testid="add-stage-step"
          disabled={full}
          onChange={(event) => {
            if (event.target.value === '') return;
            onChange(addStep(steps, { kind: 'stage', stageId: event.target.value }));
          }}
        >
          <option value="">{t('analytics.funnel.addStage')}</option>
          {model.stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.name}
            </option>
          ))}
        </select>
        <TouchpointChooser
          model={model}
          journey={journey}
          placeholder={t('analytics.funnel.addTouchpoint')}
          excluded={[]}
          testId="add-touchpoint-step"
          onChoose={(id) => onChange(addStep(steps, { kind: 'touchpoints', touchpointIds: [id] }))}
        />
        {custom && (
          <button type="button" className="button button-quiet" onClick={() => onChange(null)}>
            {t('analytics.funnel.resetSteps')}
          </button>
        )}
      </div>
    </div>
  );
}

const stepKey = (step: StepState): string =>
  step.kind === 'stage' ? step.stageId : step.touchpointIds.join('+');
