import { useEffect, useState } from 'react';
import { PROPERTY_OPS, type PropertyCondition, type PropertyValue } from '../../mapping/rules.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatConditionValue, parseConditionValue, takesNoValue, withOp } from './draft.ts';

interface ConditionRowsProps {
  readonly conditions: readonly PropertyCondition[];
  readonly onChange: (conditions: PropertyCondition[]) => void;
}

/** The property conditions of a rule: path, comparison, value; all must hold. */
export function ConditionRows({ conditions, onChange }: ConditionRowsProps) {
  const { t } = useI18n();
  const replace = (index: number, condition: PropertyCondition) =>
    onChange(conditions.map((other, at) => (at === index ? condition : other)));

  return (
    <fieldset className="mapping-values" data-testid="rule-conditions">
      <legend>{t('mapping.field.properties')}</legend>
      <p className="field-hint">{t('mapping.field.properties.hint')}</p>
      {conditions.length > 0 && (
        <ul className="mapping-conditions">
          {conditions.map((condition, index) => (
            <li
              // Conditions have no id; their position is their identity while editing.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above.
              key={index}
              className="mapping-condition"
            >
              <input
                value={condition.path}
                aria-label={t('mapping.condition.path')}
                placeholder={t('mapping.condition.path')}
                data-testid="condition-path"
                onChange={(event) => replace(index, { ...condition, path: event.target.value })}
              />
              <select
                value={condition.op}
                aria-label={t('mapping.condition.op')}
                data-testid="condition-op"
                onChange={(event) =>
                  replace(index, withOp(condition, event.target.value as PropertyCondition['op']))
                }
              >
                {PROPERTY_OPS.map((op) => (
                  <option key={op} value={op}>
                    {t(`mapping.op.${op}`)}
                  </option>
                ))}
              </select>
              {takesNoValue(condition.op) ? (
                <span />
              ) : (
                <ValueInput
                  value={condition.value}
                  parse={(text) => parseConditionValue(condition.op, text)}
                  onValue={(value) =>
                    replace(
                      index,
                      value === undefined
                        ? { path: condition.path, op: condition.op }
                        : { ...condition, value },
                    )
                  }
                />
              )}
              <button
                type="button"
                className="button button-quiet button-icon"
                aria-label={t('mapping.condition.remove', { path: condition.path })}
                title={t('mapping.condition.remove', { path: condition.path })}
                onClick={() => onChange(conditions.filter((_, at) => at !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button"
        data-testid="condition-add"
        onClick={() => onChange([...conditions, { path: '', op: 'equals', value: '' }])}
      >
        {t('mapping.condition.add')}
      </button>
    </fieldset>
  );
}

interface ValueInputProps {
  readonly value: PropertyValue | undefined;
  readonly parse: (text: string) => PropertyValue | undefined;
  readonly onValue: (value: PropertyValue | undefined) => void;
}

/**
 * The value as typed: kept as text while it is typed (a list may end with a comma), and
 * shown afresh when the value changes from elsewhere (discard, another operator).
 */
function ValueInput({ value, parse, onValue }: ValueInputProps) {
  const { t } = useI18n();
  const [text, setText] = useState(() => formatConditionValue(value));
  useEffect(() => {
    setText((current) =>
      JSON.stringify(parse(current)) === JSON.stringify(value)
        ? current
        : formatConditionValue(value),
    );
  }, [value, parse]);
  return (
    <input
      value={text}
      aria-label={t('mapping.condition.value')}
      placeholder={t('mapping.condition.value')}
      data-testid="condition-value"
      onChange={(event) => {
        setText(event.target.value);
        onValue(parse(event.target.value));
      }}
    />
  );
}
