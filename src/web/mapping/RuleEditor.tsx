import { useId } from 'react';
import { EVENT_TYPES } from '../../ingest/event.ts';
import type { MappingRule } from '../../mapping/rules.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ConditionRows } from './ConditionRows.tsx';
import type { RuleChange } from './draft.ts';
import { useMappingEditing } from './MappingContext.tsx';
import { TouchpointSelect } from './TouchpointSelect.tsx';
import { ValueList } from './ValueList.tsx';

interface RuleEditorProps {
  readonly rule: MappingRule;
  readonly onDone: () => void;
}

/** Every field of one rule, edited in place; changes go to the draft (and its live preview). */
export function RuleEditor({ rule, onDone }: RuleEditorProps) {
  const { t } = useI18n();
  const { dispatch, suggestions } = useMappingEditing();
  const id = useId();
  const change = (update: RuleChange) => dispatch({ kind: 'update', id: rule.id, change: update });
  const types = new Set(rule.when.types);

  return (
    <div className="mapping-editor" data-testid="rule-editor">
      <div className="mapping-editor-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('mapping.field.name')}</label>
          <input
            id={`${id}-name`}
            value={rule.name}
            maxLength={200}
            data-testid="rule-name"
            onChange={(event) => change({ name: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-touchpoint`}>{t('mapping.field.touchpoint')}</label>
          <TouchpointSelect
            id={`${id}-touchpoint`}
            value={rule.touchpointId}
            testId="rule-touchpoint"
            onChange={(touchpointId) => change({ touchpointId })}
          />
        </div>
      </div>
      <div className="mapping-editor-pair">
        <ValueList
          label={t('mapping.field.events')}
          hint={t('mapping.field.events.hint')}
          values={rule.when.events}
          suggestions={suggestions.events}
          testId="rule-events"
          onChange={(events) => change({ when: { events } })}
        />
        <ValueList
          label={t('mapping.field.channels')}
          hint={t('mapping.field.channels.hint')}
          values={rule.when.channels}
          suggestions={suggestions.channels}
          testId="rule-channels"
          normalise={(value) => value.toLowerCase()}
          onChange={(channels) => change({ when: { channels } })}
        />
      </div>
      <fieldset className="mapping-values">
        <legend>{t('mapping.field.types')}</legend>
        <p className="field-hint">{t('mapping.field.types.hint')}</p>
        <div className="mapping-types">
          {EVENT_TYPES.map((type) => (
            <label key={type} className="mapping-type">
              <input
                type="checkbox"
                checked={types.has(type)}
                onChange={(event) =>
                  change({
                    when: {
                      types: EVENT_TYPES.filter((other) =>
                        other === type ? event.target.checked : types.has(other),
                      ),
                    },
                  })
                }
              />
              <code>{type}</code>
            </label>
          ))}
        </div>
      </fieldset>
      <ConditionRows
        conditions={rule.when.properties}
        onChange={(properties) => change({ when: { properties } })}
      />
      <div>
        <button type="button" className="button" data-testid="rule-done" onClick={onDone}>
          {t('mapping.rule.done')}
        </button>
      </div>
    </div>
  );
}
