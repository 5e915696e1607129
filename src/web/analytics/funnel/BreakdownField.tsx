import { useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Field } from '../../ui/Field.tsx';
import { DraftInput } from '../DraftInput.tsx';
import type { BreakdownState } from '../query-state.ts';

type BreakdownChoice = 'none' | BreakdownState['by'];

/** Splits the funnel by persona, by first channel, or by a customer trait. */
export function BreakdownField({
  breakdown,
  onChange,
}: {
  readonly breakdown: BreakdownState | null;
  readonly onChange: (breakdown: BreakdownState | null) => void;
}) {
  const { t } = useI18n();
  // A trait breakdown needs a trait name: it applies once one is typed.
  const [naming, setNaming] = useState(false);
  const choice: BreakdownChoice = naming ? 'trait' : (breakdown?.by ?? 'none');
  const choose = (next: string) => {
    setNaming(next === 'trait');
    if (next === 'persona' || next === 'first-channel') onChange({ by: next });
    else if (next !== 'trait') onChange(null);
  };
  const traitName = breakdown?.by === 'trait' ? breakdown.name : '';
  return (
    <>
      <Field label={t('analytics.breakdown')}>
        {(control) => (
          <select
            {...control}
            data-testid="funnel-breakdown"
            value={choice}
            onChange={(event) => choose(event.target.value)}
          >
            <option value="none">{t('analytics.breakdown.none')}</option>
            <option value="persona">{t('analytics.breakdown.persona')}</option>
            <option value="first-channel">{t('analytics.breakdown.firstChannel')}</option>
            <option value="trait">{t('analytics.breakdown.trait')}</option>
          </select>
        )}
      </Field>
      {choice === 'trait' && (
        <Field label={t('analytics.breakdown.traitName')}>
          {(control) => (
            <DraftInput
              {...control}
              data-testid="funnel-breakdown-trait"
              placeholder={t('analytics.filters.traitNamePlaceholder')}
              value={traitName}
              onCommit={(name) => {
                if (name === '') return;
                setNaming(false);
                onChange({ by: 'trait', name });
              }}
            />
          )}
        </Field>
      )}
    </>
  );
}
