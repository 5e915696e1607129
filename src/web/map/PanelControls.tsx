import { useId } from 'react';
import type { Touchpoint } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Choice } from '../ui/Field.tsx';
import { SelectField } from '../ui/Field.tsx';
import { useMap } from './MapContext.tsx';
import { parseRating, ratingValue, toggledObjectives } from './touchpoint-form.ts';
import { useSavedValue } from './useSavedValue.ts';
import type { TouchpointSaver } from './useTouchpointSaver.ts';

interface SavedSelectProps {
  readonly field: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly value: string;
  readonly choices: readonly Choice[];
  readonly saver: TouchpointSaver;
  readonly onSave: (value: string) => Promise<unknown>;
}

/** A select saved as soon as a choice is picked; the choice shows while it is saved. */
export function SavedSelect({
  field,
  label,
  hint,
  value,
  choices,
  saver,
  onSave,
}: SavedSelectProps) {
  const [shown, change] = useSavedValue(value, onSave);
  return (
    <SelectField
      label={label}
      hint={hint}
      name={field}
      testId={`field-${field}`}
      value={shown}
      error={saver.errorOf(field)}
      choices={choices}
      onChange={(event) => change(event.target.value)}
    />
  );
}

type RatingName = 'emotion' | 'importance' | 'investment' | 'impact';

interface RatingFieldProps {
  readonly field: RatingName;
  readonly label: string;
  readonly hint?: string;
  readonly value: number | null;
  /** 1 to 5 unless given; "not set" always comes first. */
  readonly choices?: readonly Choice[];
  readonly saver: TouchpointSaver;
}

const SCALE: readonly Choice[] = [1, 2, 3, 4, 5].map((n) => ({
  value: String(n),
  label: String(n),
}));

/** A 1–5 scale or the −3…+3 emotion. */
export function RatingField({
  field,
  label,
  hint,
  value,
  choices = SCALE,
  saver,
}: RatingFieldProps) {
  const { t } = useI18n();
  return (
    <SavedSelect
      field={field}
      label={label}
      hint={hint}
      value={ratingValue(value)}
      choices={[{ value: '', label: t('map.field.none') }, ...choices]}
      saver={saver}
      onSave={(next) => saver.save(field, { [field]: parseRating(next) })}
    />
  );
}

interface CheckFieldProps {
  readonly field: 'momentOfTruth' | 'rupture';
  readonly label: string;
  /** The sign the card shows for it, so the box and the map read alike. */
  readonly mark: string;
  readonly checked: boolean;
  readonly saver: TouchpointSaver;
}

export function CheckField({ field, label, mark, checked, saver }: CheckFieldProps) {
  const error = saver.errorOf(field);
  const [shown, change] = useSavedValue(checked, (next) => saver.save(field, { [field]: next }));
  return (
    <div className={error === undefined ? 'field' : 'field field-invalid'}>
      <label className="check">
        <input
          type="checkbox"
          name={field}
          checked={shown}
          data-testid={`field-${field}`}
          onChange={(event) => change(event.target.checked)}
        />
        <span className={`mark-${field === 'rupture' ? 'rupture' : 'mot'}`} aria-hidden="true">
          {mark}
        </span>
        {label}
      </label>
      {error !== undefined && <p className="field-error">{error}</p>}
    </div>
  );
}

/** The strategic objectives a touchpoint serves, ticked in a list. */
export function ObjectivesField({
  touchpoint,
  saver,
}: {
  readonly touchpoint: Touchpoint;
  readonly saver: TouchpointSaver;
}) {
  const { t } = useI18n();
  const { model } = useMap();
  const hintId = useId();
  const [shown, change] = useSavedValue(touchpoint.objectiveIds, (objectiveIds) =>
    saver.save('objectiveIds', { objectiveIds }),
  );
  const allIds = model.objectives.map((objective) => objective.id);
  const error = saver.errorOf('objectiveIds');
  const empty = model.objectives.length === 0;
  return (
    <fieldset className="tp-objectives" aria-describedby={empty ? hintId : undefined}>
      <legend>{t('map.field.objectiveIds')}</legend>
      {empty && (
        <p id={hintId} className="field-hint">
          {t('map.field.noObjectives')}
        </p>
      )}
      {model.objectives.map((objective) => (
        <label key={objective.id} className="check">
          <input
            type="checkbox"
            name="objectiveIds"
            value={objective.id}
            data-testid="field-objective"
            checked={shown.includes(objective.id)}
            onChange={(event) =>
              change(toggledObjectives(allIds, shown, objective.id, event.target.checked))
            }
          />
          {objective.name}
        </label>
      ))}
      {error !== undefined && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
