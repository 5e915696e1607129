import { type KeyboardEvent, useId, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface ValueListProps {
  readonly label: string;
  readonly hint: string;
  readonly values: readonly string[];
  readonly suggestions: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly testId: string;
  /** How a typed value is kept (channels are lower-cased). */
  readonly normalise?: (value: string) => string;
}

/** An editable list of names: chips to remove, a field with suggestions to add. */
export function ValueList(props: ValueListProps) {
  const { label, hint, values, suggestions, onChange, testId, normalise = (v) => v } = props;
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const offered = suggestions.filter((suggestion) => !values.includes(suggestion));

  const add = () => {
    const value = normalise(text.trim());
    if (value !== '' && !values.includes(value)) onChange([...values, value]);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };

  return (
    <fieldset className="mapping-values" data-testid={testId}>
      <legend>{label}</legend>
      <p className="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <ul className="mapping-chips">
        {values.length === 0 && <li className="mapping-chip-none">{t('mapping.values.none')}</li>}
        {values.map((value) => (
          <li key={value} className="mapping-chip">
            <span>{value}</span>
            <button
              type="button"
              className="mapping-chip-remove"
              aria-label={t('mapping.values.remove', { value })}
              title={t('mapping.values.remove', { value })}
              onClick={() => onChange(values.filter((other) => other !== value))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="mapping-add-value">
        <input
          list={`${id}-suggestions`}
          value={text}
          aria-label={t('mapping.values.addNamed', { field: label })}
          aria-describedby={`${id}-hint`}
          data-testid={`${testId}-input`}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <datalist id={`${id}-suggestions`}>
          {offered.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
        <button type="button" className="button" data-testid={`${testId}-add`} onClick={add}>
          {t('mapping.values.add')}
        </button>
      </div>
    </fieldset>
  );
}
