import { useId, useState } from 'react';
import type { WorkspaceModel } from '../../model/schema.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface PickerProps {
  readonly model: WorkspaceModel;
  readonly selected: readonly string[];
  readonly onChange: (ids: string[]) => void;
  readonly error?: string | undefined;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Touchpoints an action acts on: a filter box and checkboxes grouped by journey and stage. */
export function TouchpointPicker({ model, selected, onChange, error }: PickerProps) {
  const { t } = useI18n();
  const id = useId();
  const [filter, setFilter] = useState('');
  const chosen = new Set(selected);
  const stageName = new Map(model.stages.map((s) => [s.id, s.name]));
  const toggle = (touchpointId: string, on: boolean) =>
    onChange(on ? [...selected, touchpointId] : selected.filter((x) => x !== touchpointId));
  const wanted = fold(filter.trim());
  return (
    <fieldset
      className={error ? 'pr-picker field-invalid' : 'pr-picker'}
      data-testid="touchpoint-picker"
    >
      <legend>
        {t('prioritise.form.touchpoints')} <span className="muted">({selected.length})</span>
      </legend>
      <input
        type="search"
        aria-label={t('prioritise.form.filterTouchpoints')}
        placeholder={t('prioritise.form.filterTouchpoints')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
      />
      <div className="pr-picker-list">
        {model.journeys.map((journey) => {
          const items = journey.touchpoints.filter(
            (tp) =>
              chosen.has(tp.id) ||
              wanted === '' ||
              fold(`${tp.name} ${stageName.get(tp.stageId) ?? ''}`).includes(wanted),
          );
          if (items.length === 0) return null;
          return (
            <div key={journey.id} className="pr-picker-group">
              <p className="pr-picker-journey">{journey.name}</p>
              {items.map((tp) => (
                <label key={tp.id} htmlFor={`${id}-${tp.id}`}>
                  <input
                    id={`${id}-${tp.id}`}
                    type="checkbox"
                    checked={chosen.has(tp.id)}
                    onChange={(e) => toggle(tp.id, e.target.checked)}
                  />
                  <span>{tp.name}</span>
                  <span className="muted pr-picker-stage">{stageName.get(tp.stageId)}</span>
                </label>
              ))}
            </div>
          );
        })}
      </div>
      {error && <p className="field-error">{error}</p>}
    </fieldset>
  );
}
