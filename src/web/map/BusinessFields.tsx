import { useId, useState } from 'react';
import type { Money, Touchpoint } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { DraftInput } from './DraftInput.tsx';
import { useMap } from './MapContext.tsx';
import { ObjectivesField, RatingField, SavedSelect } from './PanelControls.tsx';
import { draftOf } from './touchpoint-form.ts';
import type { TouchpointSaver } from './useTouchpointSaver.ts';

const PERIODS: readonly Money['period'][] = ['one-off', 'monthly', 'yearly'];

interface BusinessFieldsProps {
  readonly touchpoint: Touchpoint;
  readonly saver: TouchpointSaver;
}

/** Cost, audience, effort and impact on the strategic objectives. */
export function BusinessFields({ touchpoint, saver }: BusinessFieldsProps) {
  const { t, lang } = useI18n();
  const { model } = useMap();
  const headingId = useId();
  // Without an amount the period is only a choice in waiting, saved with the amount.
  const [period, setPeriod] = useState<Money['period']>(touchpoint.cost?.period ?? 'monthly');
  const number = (field: 'audience' | 'setupHours' | 'processingHours') => ({
    name: field,
    label: t(`map.field.${field}`),
    value: draftOf(touchpoint, field, lang),
    error: saver.errorOf(field),
    inputMode: field === 'audience' ? ('numeric' as const) : ('decimal' as const),
    onCommit: (draft: string) => saver.saveDraft(field, draft),
  });

  return (
    <section className="tp-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('map.panel.business')}</h3>
      <div className="tp-pair">
        <DraftInput
          name="cost"
          label={t('map.field.cost')}
          hint={t('map.field.costHint', { currency: model.currency })}
          value={draftOf(touchpoint, 'cost', lang)}
          error={saver.errorOf('cost')}
          inputMode="decimal"
          onCommit={(draft) => saver.saveDraft('cost', draft, period)}
        />
        <SavedSelect
          field="costPeriod"
          label={t('map.field.costPeriod')}
          value={touchpoint.cost?.period ?? period}
          choices={PERIODS.map((value) => ({ value, label: t(`map.period.${value}`) }))}
          saver={saver}
          onSave={async (value) => {
            const next = PERIODS.find((item) => item === value) ?? 'monthly';
            setPeriod(next);
            if (touchpoint.cost !== null) {
              await saver.save('cost', { cost: { ...touchpoint.cost, period: next } });
            }
          }}
        />
      </div>
      <DraftInput {...number('audience')} hint={t('map.field.audienceHint')} />
      <div className="tp-pair">
        <RatingField
          field="investment"
          label={t('map.field.investment')}
          hint={t('map.field.scaleHint')}
          value={touchpoint.investment}
          saver={saver}
        />
        <RatingField
          field="impact"
          label={t('map.field.impact')}
          hint={t('map.field.scaleHint')}
          value={touchpoint.impact}
          saver={saver}
        />
      </div>
      <div className="tp-pair">
        <DraftInput {...number('setupHours')} hint={t('map.field.hoursHint')} />
        <DraftInput {...number('processingHours')} hint={t('map.field.hoursHint')} />
      </div>
      <ObjectivesField touchpoint={touchpoint} saver={saver} />
    </section>
  );
}
