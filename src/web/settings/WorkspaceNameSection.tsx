import { type FormEvent, useId, useState } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { canManage, renameWorkspace, type Workspace } from '../api/workspaces.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useSession } from '../shell/SessionContext.tsx';
import { upsertWorkspace } from '../shell/workspaces.ts';
import { TextField } from '../ui/Field.tsx';
import { formText } from '../ui/form-data.ts';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';

/** Rename for owners; everyone else just reads the name. */
export function WorkspaceNameSection({ workspace }: { readonly workspace: Workspace }) {
  const { t } = useI18n();
  const api = useApi();
  const { updateMe } = useSession();
  const action = useAction();
  const titleId = useId();
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const name = formText(new FormData(event.currentTarget), 'name').trim();
    const outcome = await action.run(() => renameWorkspace(api, workspace.id, name));
    if (!outcome.ok) return;
    // The switcher and page titles read the name from the session.
    updateMe((me) => upsertWorkspace(me, outcome.value));
    setSaved(true);
  };

  return (
    <section className="card stack" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('settings.workspace.title')}</h2>
      {canManage(workspace.role) ? (
        <form className="form-row" data-testid="workspace-name-form" onSubmit={submit}>
          <TextField
            label={t('settings.workspace.name')}
            name="name"
            defaultValue={workspace.name}
            required
            maxLength={200}
            testId="workspace-name"
            error={action.errors.name}
            onInput={() => setSaved(false)}
          />
          <button type="submit" className="button button-primary" disabled={action.pending}>
            {action.pending ? t('common.saving') : t('common.save')}
          </button>
        </form>
      ) : (
        <dl className="facts">
          <dt>{t('settings.workspace.name')}</dt>
          <dd>{workspace.name}</dd>
        </dl>
      )}
      <ProblemAlert problem={action.problem} placed={['name']} />
      <p className="status-text" role="status">
        {saved && t('settings.workspace.renamed')}
      </p>
    </section>
  );
}
