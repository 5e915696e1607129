import type { FormEvent } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { completeSetup, fetchSetupStatus, type Me } from '../api/session.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Link } from '../router/Link.tsx';
import { LAST_WORKSPACE_KEY } from '../shell/workspaces.ts';
import { TextField } from '../ui/Field.tsx';
import { formText } from '../ui/form-data.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { writeSetting } from '../ui/storage.ts';
import { useAction } from '../ui/useAction.ts';
import { useResource } from '../ui/useResource.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { MIN_PASSWORD_LENGTH } from './password.ts';

const FIELDS = ['name', 'email', 'password', 'workspaceName'];

interface SetupPageProps {
  readonly token: string;
  readonly onAuthenticated: (me: Me) => void;
}

/** First run: the owner account and the first workspace, authorised by the console token. */
export function SetupPage({ token, onAuthenticated }: SetupPageProps) {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  const [status] = useResource('setup', (signal) => fetchSetupStatus(api, signal));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      token,
      name: formText(data, 'name').trim(),
      email: formText(data, 'email').trim(),
      password: formText(data, 'password'),
      workspaceName: formText(data, 'workspaceName').trim(),
    };
    const outcome = await action.run(() => completeSetup(api, input));
    if (!outcome.ok) return;
    // Open the workspace just created, not the demo the owner also received.
    const created = outcome.value.workspaces.find((w) => w.name === input.workspaceName);
    if (created) writeSetting(LAST_WORKSPACE_KEY, created.id);
    onAuthenticated(outcome.value);
  };

  const body = () => {
    if (status.status === 'ready' && !status.data.needed) {
      return (
        <p className="alert alert-info">
          {t('setup.alreadyDone')} <Link to="/login">{t('setup.goToLogin')}</Link>
        </p>
      );
    }
    if (token === '') return <p className="alert alert-error">{t('setup.missingToken')}</p>;
    return (
      <form className="stack" data-testid="setup-form" onSubmit={submit}>
        <p>{t('setup.intro')}</p>
        <TextField
          label={t('setup.name')}
          name="name"
          autoComplete="name"
          required
          error={action.errors.name}
        />
        <TextField
          label={t('setup.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          error={action.errors.email}
        />
        <TextField
          label={t('setup.password')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={MIN_PASSWORD_LENGTH}
          hint={t('setup.passwordRule')}
          error={action.errors.password}
        />
        <TextField
          label={t('setup.workspaceName')}
          name="workspaceName"
          autoComplete="organization"
          required
          hint={t('setup.workspaceHint')}
          error={action.errors.workspaceName}
        />
        <ProblemAlert problem={action.problem} placed={FIELDS} />
        <button type="submit" className="button button-primary" disabled={action.pending}>
          {action.pending ? t('setup.submitting') : t('setup.submit')}
        </button>
      </form>
    );
  };

  return (
    <AuthLayout>
      <PageHeading title={t('setup.title')} />
      {body()}
    </AuthLayout>
  );
}
