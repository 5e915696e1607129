import { type FormEvent, useId } from 'react';
import type { MappingRole } from '../../ingest/import/jobs.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SelectField } from '../ui/Field.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import type { Action } from '../ui/useAction.ts';
import {
  FORM_ROLES,
  type MappingDraft,
  propertyColumns,
  withAllProperties,
  withNumeric,
  withPassThrough,
  withProperty,
  withRole,
} from './import-form.ts';
import type { ImportJob } from './imports-api.ts';

interface MappingFormProps {
  readonly job: ImportJob;
  readonly draft: MappingDraft;
  readonly onDraft: (draft: MappingDraft) => void;
  readonly onStart: () => void;
  readonly action: Action;
}

/** Which column is what: one select per part of an event, then the properties to keep. */
export function MappingForm({ job, draft, onDraft, onStart, action }: MappingFormProps) {
  const { t } = useI18n();
  const titleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onStart();
  };
  const none = { value: '', label: t('imports.role.none') };
  const choices = [none, ...job.columns.map((column) => ({ value: column, label: column }))];

  return (
    <form className="stack" onSubmit={submit} aria-labelledby={titleId} data-testid="mapping-form">
      <div>
        <h3 id={titleId}>{t('imports.mapping.title')}</h3>
        <p className="muted">{t('imports.mapping.intro')}</p>
      </div>
      {job.preview.segmentRows && (
        <fieldset className="choice-group">
          <legend>{t('imports.mapping.segmentRows')}</legend>
          <label className="choice">
            <input
              type="radio"
              name="passThrough"
              checked={draft.passThrough}
              onChange={() => onDraft(withPassThrough(draft, true))}
            />
            {t('imports.mapping.passThrough')}
          </label>
          <label className="choice">
            <input
              type="radio"
              name="passThrough"
              checked={!draft.passThrough}
              onChange={() => onDraft(withPassThrough(draft, false))}
            />
            {t('imports.mapping.mapColumns')}
          </label>
        </fieldset>
      )}
      {!draft.passThrough && (
        <>
          <div className="mapping-grid">
            {FORM_ROLES.map((role: MappingRole) => (
              <SelectField
                key={role}
                label={t(`imports.role.${role}`)}
                hint={t(`imports.role.${role}.hint`)}
                name={role}
                testId={`mapping-${role}`}
                value={draft.roles[role]}
                error={action.errors[role]}
                choices={choices}
                onChange={(event) => onDraft(withRole(draft, role, event.target.value))}
              />
            ))}
          </div>
          <PropertiesField job={job} draft={draft} onDraft={onDraft} />
        </>
      )}
      <ProblemAlert problem={action.problem} placed={[...FORM_ROLES]} />
      <p className="form-actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={action.pending}
          data-testid="start-import"
        >
          {job.startedAt === null ? t('imports.start') : t('imports.startAgain')}
        </button>
      </p>
    </form>
  );
}

function PropertiesField({ job, draft, onDraft }: Omit<MappingFormProps, 'onStart' | 'action'>) {
  const { t } = useI18n();
  const available = propertyColumns(draft, job.columns);
  const numbers = job.format === 'csv';
  const all = available.length > 0 && available.every((c) => draft.properties.includes(c));
  return (
    <fieldset className="mapping-properties" data-testid="mapping-properties">
      <legend>{t('imports.mapping.properties')}</legend>
      <p className="field-hint">
        {numbers ? t('imports.mapping.propertiesHintCsv') : t('imports.mapping.propertiesHint')}
      </p>
      {available.length === 0 ? (
        <p className="muted">{t('imports.mapping.noProperties')}</p>
      ) : (
        <>
          <label className="choice choice-all">
            <input
              type="checkbox"
              checked={all}
              onChange={(event) =>
                onDraft(withAllProperties(draft, job.columns, event.target.checked))
              }
            />
            {t('imports.mapping.allProperties')}
          </label>
          <ul className="property-list">
            {available.map((column) => {
              const kept = draft.properties.includes(column);
              return (
                <li key={column} data-testid="mapping-property" data-column={column}>
                  <label className="choice">
                    <input
                      type="checkbox"
                      checked={kept}
                      data-testid="mapping-property-keep"
                      onChange={(event) =>
                        onDraft(withProperty(draft, column, event.target.checked))
                      }
                    />
                    <code>{column}</code>
                  </label>
                  {numbers && kept && (
                    <label className="choice choice-small">
                      <input
                        type="checkbox"
                        checked={draft.numeric.includes(column)}
                        data-testid="mapping-property-number"
                        onChange={(event) =>
                          onDraft(withNumeric(draft, column, event.target.checked))
                        }
                      />
                      {t('imports.mapping.number')}
                    </label>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </fieldset>
  );
}
