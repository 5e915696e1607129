import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { createWorkspaceFromTemplate, type TemplateKey } from '../api/model-admin.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../router/navigation.ts';
import { routePath } from '../router/routes.ts';
import { SelectField, TextField } from '../ui/Field.tsx';
import { formText } from '../ui/form-data.ts';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { useSession } from './SessionContext.tsx';
import { useTemplates } from './useTemplates.ts';
import { upsertWorkspace } from './workspaces.ts';

interface NewWorkspaceFormProps {
  readonly title: string;
  readonly intro?: string;
  readonly onDone?: () => void;
  /** Without it (first workspace), the form cannot be dismissed. */
  readonly onCancel?: () => void;
}

/** Creates a workspace, adds it to the session and opens it. */
export function NewWorkspaceForm({ title, intro, onDone, onCancel }: NewWorkspaceFormProps) {
  const { t, lang } = useI18n();
  const api = useApi();
  const { updateMe } = useSession();
  const templates = useTemplates();
  const [template, setTemplate] = useState<TemplateKey>('empty');
  const action = useAction();
  const titleId = useId();
  const inputRef = useRef<HTMLInputElement>(null);

  // The form appears on request, so the name input is where the user wants to type next.
  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = formText(new FormData(event.currentTarget), 'name').trim();
    // The template's names and texts are written in the interface language.
    const input = { name, template, lang };
    const outcome = await action.run(() => createWorkspaceFromTemplate(api, input));
    if (!outcome.ok) return;
    updateMe((me) => upsertWorkspace(me, outcome.value));
    onDone?.();
    navigate(routePath({ name: 'overview', workspaceId: outcome.value.id }));
  };

  return (
    <form
      className="stack"
      data-testid="new-workspace-form"
      aria-labelledby={titleId}
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && onCancel !== undefined) onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {intro !== undefined && <p>{intro}</p>}
      <TextField
        label={t('newWorkspace.name')}
        name="name"
        required
        maxLength={200}
        autoComplete="organization"
        testId="new-workspace-name"
        inputRef={inputRef}
        error={action.errors.name}
      />
      <SelectField
        label={t('newWorkspace.template')}
        name="template"
        testId="new-workspace-template"
        value={template}
        onChange={(event) => setTemplate(templates.keyOf(event.target.value))}
        choices={templates.list.map((item) => ({ value: item.key, label: item.name }))}
        hint={templates.list.find((item) => item.key === template)?.description || undefined}
        error={action.errors.template}
      />
      <ProblemAlert problem={action.problem} placed={['name', 'template']} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={action.pending}>
          {t('newWorkspace.submit')}
        </button>
        {onCancel !== undefined && (
          <button type="button" className="button button-quiet" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
