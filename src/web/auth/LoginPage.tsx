import type { FormEvent } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { fetchSetupStatus, logIn, type Me } from '../api/session.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from '../ui/Field.tsx';
import { formText } from '../ui/form-data.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { useResource } from '../ui/useResource.ts';
import { AuthLayout } from './AuthLayout.tsx';

interface LoginPageProps {
  readonly onAuthenticated: (me: Me) => void;
}

export function LoginPage({ onAuthenticated }: LoginPageProps) {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();
  // On a fresh install nobody can log in yet; say where the first account is created.
  const [setup] = useResource('setup', (signal) => fetchSetupStatus(api, signal));

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = { email: formText(data, 'email').trim(), password: formText(data, 'password') };
    const outcome = await action.run(() => logIn(api, input));
    if (outcome.ok) onAuthenticated(outcome.value);
  };

  return (
    <AuthLayout>
      <PageHeading title={t('login.title')} />
      {setup.status === 'ready' && setup.data.needed && (
        <p className="alert alert-info" role="status">
          {t('login.setupNeeded')}
        </p>
      )}
      <form className="stack" data-testid="login-form" onSubmit={submit}>
        <TextField
          label={t('login.email')}
          name="email"
          type="email"
          autoComplete="username"
          required
          error={action.errors.email}
        />
        <TextField
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={action.errors.password}
        />
        <ProblemAlert problem={action.problem} placed={['email', 'password']} />
        <button type="submit" className="button button-primary" disabled={action.pending}>
          {action.pending ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </AuthLayout>
  );
}
