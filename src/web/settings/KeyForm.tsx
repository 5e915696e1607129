import { type FormEvent, useId } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { type CreatedKey, createKey, isKeyKind } from '../api/keys.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SelectField, TextField } from '../ui/Field.tsx';
import { formText } from '../ui/form-data.ts';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';

interface KeyFormProps {
  readonly workspaceId: string;
  readonly onCreated: (created: CreatedKey) => void;
}

export function KeyForm({ workspaceId, onCreated }: KeyFormProps) {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  const titleId = useId();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // React clears `currentTarget` once the handler returns, i.e. before the await resolves.
    const form = event.currentTarget;
    const data = new FormData(form);
    const kind = formText(data, 'kind');
    const input = { name: formText(data, 'name').trim(), kind: isKeyKind(kind) ? kind : 'write' };
    const outcome = await action.run(() => createKey(api, workspaceId, input));
    if (!outcome.ok) return;
    form.reset();
    onCreated(outcome.value);
  };

  return (
    <form className="subform" data-testid="key-form" aria-labelledby={titleId} onSubmit={submit}>
      <h3 id={titleId}>{t('keys.form.title')}</h3>
      <div className="form-row">
        <TextField
          label={t('keys.form.name')}
          name="name"
          required
          maxLength={100}
          hint={t('keys.form.nameHint')}
          testId="key-name"
          error={action.errors.name}
        />
        <SelectField
          label={t('keys.form.kind')}
          name="kind"
          defaultValue="write"
          testId="key-kind"
          error={action.errors.kind}
          choices={[
            { value: 'write', label: t('keys.kind.write') },
            { value: 'secret', label: t('keys.kind.secret') },
          ]}
        />
        <button type="submit" className="button button-primary" disabled={action.pending}>
          {t('keys.form.submit')}
        </button>
      </div>
      <ProblemAlert problem={action.problem} placed={['name', 'kind']} />
    </form>
  );
}
