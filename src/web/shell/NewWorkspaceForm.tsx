import { type FormEvent, useEffect, useId, useRef } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { createWorkspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { navigate } from '../router/navigation.ts';
import { routePath } from '../router/routes.ts';
import { TextField } from '../ui/Field.tsx';
import { formText } from '../ui/form-data.ts';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { useSession } from './SessionContext.tsx';
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
  const { t } = useI18n();
  const api = useApi();
  const { updateMe } = useSession();
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
    const outcome = await action.run(() => createWorkspace(api, name));
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
      <ProblemAlert problem={action.problem} placed={['name']} />
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
