import { useI18n } from '../i18n/I18nProvider.tsx';
import { useMappingEditing } from './MappingContext.tsx';

interface TouchpointSelectProps {
  readonly id?: string;
  readonly value: string;
  readonly onChange: (touchpointId: string) => void;
  readonly testId: string;
  readonly label?: string;
}

/** The touchpoints of the map, grouped by journey, in grid order (stage, then channel). */
export function TouchpointSelect({ id, value, onChange, testId, label }: TouchpointSelectProps) {
  const { t } = useI18n();
  const { touchpoints, touchpointById } = useMappingEditing();
  const unknown = value !== '' && !touchpointById.has(value);
  return (
    <select
      id={id}
      value={value}
      data-testid={testId}
      aria-label={label}
      className="mapping-touchpoint-select"
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="" disabled>
        {t('mapping.field.touchpoint.choose')}
      </option>
      {unknown && <option value={value}>{t('mapping.rule.unknownTouchpoint')}</option>}
      {touchpoints.map((group) => (
        <optgroup key={group.journeyId} label={group.label}>
          {group.options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}
