import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Field } from '../ui/Field.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { FIELD_SPECS, type FieldSpec, TEST_IDS } from './fields.ts';
import { type FormValues, type LocalErrors, PARSERS, PRESETS } from './form-values.ts';
import { useModelDocument } from './ModelContext.tsx';
import { type ListEntity, type ListItem, listOf, saveOps } from './model-ops.ts';
import { placeOpErrors } from './op-errors.ts';

interface ItemFormProps<E extends ListEntity> {
  readonly entity: E;
  /** The item to edit, or null to add one at the end of the list. */
  readonly item: ListItem<E> | null;
  readonly title: string;
  readonly onDone: () => void;
}

/** Adds or edits one item of a model list; sends only the fields that changed. */
export function ItemForm<E extends ListEntity>({ entity, item, title, onDone }: ItemFormProps<E>) {
  const { t, lang } = useI18n();
  const { snapshot, apply } = useModelDocument();
  const action = useAction();
  const titleId = useId();
  const [localErrors, setLocalErrors] = useState<LocalErrors>({});
  const firstInput = useRef<HTMLDivElement>(null);
  const specs = FIELD_SPECS[entity];
  const count = listOf(snapshot.model, entity).length;
  const [preset] = useState(() => PRESETS[entity](item, { lang, count }));
  const server = placeOpErrors(
    action.problem,
    specs.map((spec) => spec.name),
  );

  // Once the fields show their errors, the alert only says so: the rest of a schema error
  // (what other kinds of edit would have needed) would bury them.
  const alertProblem =
    action.problem !== null && server.placed.length > 0
      ? { ...action.problem, detail: t('model.error.fields'), errors: [] }
      : action.problem;

  // The form opens on request, so the first input is where the user wants to type.
  useEffect(() => {
    firstInput.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readValues(new FormData(event.currentTarget));
    const parsed = PARSERS[entity](values);
    if (!parsed.ok) {
      setLocalErrors(parsed.errors);
      action.clear();
      return;
    }
    setLocalErrors({});
    const ops = saveOps(entity, item, parsed.value);
    const outcome = await action.run(() => apply(ops));
    if (outcome.ok) onDone();
  };

  const errorOf = (name: string): string | undefined => {
    const local = localErrors[name];
    return local === undefined ? server.byField[name] : t(local);
  };

  return (
    <form
      className="model-form"
      data-testid={TEST_IDS[entity].form}
      aria-labelledby={titleId}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
      noValidate
    >
      <h3 id={titleId}>{title}</h3>
      <div className="model-form-fields" ref={firstInput}>
        {specs.map((spec) => (
          <SpecField
            key={spec.name}
            spec={spec}
            defaultValue={preset[spec.name] ?? ''}
            error={errorOf(spec.name)}
          />
        ))}
      </div>
      <ProblemAlert problem={alertProblem} placed={server.placed} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={action.pending}>
          {action.pending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function readValues(data: FormData): FormValues {
  const values: Record<string, string> = {};
  for (const [name, value] of data.entries()) {
    if (typeof value === 'string') values[name] = value;
  }
  return values;
}

interface SpecFieldProps {
  readonly spec: FieldSpec;
  readonly defaultValue: string;
  readonly error: string | undefined;
}

/** One labelled input, chosen by the kind of value it edits. */
function SpecField({ spec, defaultValue, error }: SpecFieldProps) {
  const { t } = useI18n();
  const hint = spec.hint === undefined ? undefined : t(spec.hint);
  const wide = spec.kind === 'textarea';
  return (
    <div className={wide ? 'model-field model-field-wide' : 'model-field'}>
      <Field label={t(spec.label)} hint={hint} error={error}>
        {(control) => {
          const common = {
            ...control,
            name: spec.name,
            defaultValue,
            'data-testid': `field-${spec.name}`,
            ...(spec.maxLength === undefined ? {} : { maxLength: spec.maxLength }),
          };
          switch (spec.kind) {
            case 'textarea':
            case 'lines':
              return <textarea rows={spec.kind === 'lines' ? 4 : 3} {...common} />;
            case 'color':
              return <input type="color" className="color-input" {...common} />;
            case 'weight':
              return <input type="number" min={0} max={100} step="any" {...common} />;
            case 'url':
              return <input type="url" inputMode="url" {...common} />;
            case 'channelKind':
              return (
                <select {...common}>
                  <option value="digital">{t('model.channel.digital')}</option>
                  <option value="physical">{t('model.channel.physical')}</option>
                </select>
              );
            default:
              return <input type="text" required={spec.required} {...common} />;
          }
        }}
      </Field>
    </div>
  );
}
