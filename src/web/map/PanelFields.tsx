import { useId } from 'react';
import type { Journey, Touchpoint } from '../../model/schema.ts';
import { PERFORMANCES } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { BusinessFields } from './BusinessFields.tsx';
import { DraftInput } from './DraftInput.tsx';
import { useMap } from './MapContext.tsx';
import { CheckField, RatingField, SavedSelect } from './PanelControls.tsx';
import { draftOf } from './touchpoint-form.ts';
import type { TouchpointSaver } from './useTouchpointSaver.ts';

interface PanelFieldsProps {
  readonly journey: Journey;
  readonly touchpoint: Touchpoint;
  readonly saver: TouchpointSaver;
}

const EMOTIONS = [-3, -2, -1, 0, 1, 2, 3] as const;

/** Every attribute of a touchpoint, grouped as a workshop qualifies it. */
export function PanelFields({ touchpoint, saver }: PanelFieldsProps) {
  const { t, lang } = useI18n();
  const { model } = useMap();
  const experienceId = useId();
  const placeId = useId();
  const text = (field: 'name' | 'description' | 'media' | 'owner' | 'notes') => ({
    name: field,
    label: t(`map.field.${field}`),
    value: draftOf(touchpoint, field, lang),
    error: saver.errorOf(field),
    onCommit: (draft: string) => saver.saveDraft(field, draft),
  });
  const none = { value: '', label: t('map.field.none') };

  return (
    <>
      <DraftInput {...text('name')} />
      <DraftInput {...text('description')} multiline />

      <section className="tp-section" aria-labelledby={experienceId}>
        <h3 id={experienceId}>{t('map.panel.experience')}</h3>
        <SavedSelect
          field="performance"
          label={t('map.field.performance')}
          value={touchpoint.performance}
          choices={PERFORMANCES.map((value) => ({ value, label: t(`map.performance.${value}`) }))}
          saver={saver}
          onSave={async (next) => {
            const performance = PERFORMANCES.find((value) => value === next);
            if (performance) await saver.save('performance', { performance });
          }}
        />
        <RatingField
          field="emotion"
          label={t('map.field.emotion')}
          value={touchpoint.emotion}
          choices={EMOTIONS.map((value) => ({
            value: String(value),
            label: t(`map.emotion.level.${value}`),
          }))}
          saver={saver}
        />
        <RatingField
          field="importance"
          label={t('map.field.importance')}
          hint={t('map.field.scaleHint')}
          value={touchpoint.importance}
          saver={saver}
        />
        <CheckField
          field="momentOfTruth"
          label={t('map.field.momentOfTruth')}
          mark="★"
          checked={touchpoint.momentOfTruth}
          saver={saver}
        />
        <CheckField
          field="rupture"
          label={t('map.field.rupture')}
          mark="⚡"
          checked={touchpoint.rupture}
          saver={saver}
        />
      </section>

      <section className="tp-section" aria-labelledby={placeId}>
        <h3 id={placeId}>{t('map.panel.identity')}</h3>
        <div className="tp-pair">
          <SavedSelect
            field="stageId"
            label={t('map.field.stageId')}
            value={touchpoint.stageId}
            choices={model.stages.map((stage) => ({ value: stage.id, label: stage.name }))}
            saver={saver}
            onSave={(stageId) => saver.save('stageId', { stageId })}
          />
          <SavedSelect
            field="channelId"
            label={t('map.field.channelId')}
            value={touchpoint.channelId}
            choices={model.channels.map((channel) => ({ value: channel.id, label: channel.name }))}
            saver={saver}
            onSave={(channelId) => saver.save('channelId', { channelId })}
          />
        </div>
        <DraftInput {...text('media')} hint={t('map.field.mediaHint')} />
        <DraftInput {...text('owner')} />
        <SavedSelect
          field="lifecyclePhaseId"
          label={t('map.field.lifecyclePhaseId')}
          value={touchpoint.lifecyclePhaseId ?? ''}
          choices={[none, ...model.phases.map((phase) => ({ value: phase.id, label: phase.name }))]}
          saver={saver}
          onSave={(value) =>
            saver.save('lifecyclePhaseId', { lifecyclePhaseId: value === '' ? null : value })
          }
        />
      </section>

      <BusinessFields touchpoint={touchpoint} saver={saver} />
      <DraftInput {...text('notes')} multiline />
    </>
  );
}
