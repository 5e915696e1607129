import type { FormEvent } from 'react';
import { useApi } from '../api/ApiContext.tsx';
import { acceptInvitation, type Me } from '../api/session.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { TextField } from '../ui/Field.tsx';
import { formText } from '../ui/form-data.ts';
import { PageHeading } from '../ui/PageHeading.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { AuthLayout } from './AuthLayout.tsx';
import { MIN_PASSWORD_LENGTH } from './password.ts';

interface InvitePageProps {
  readonly token: string;
  readonly onAuthenticated: (me: Me) => void;
}

/** An invited person creates their account; the token tells the server which workspace. */
export function InvitePage({ token, onAuthenticated }: InvitePageProps) {
  const { t } = useI18n();
  const api = useApi();
  const action = useAction();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = {
      token,
      name: formText(data, 'name').trim(),
      password: formText(data, 'password'),
    };
    const outcome = await action.run(() => acceptInvitation(api, input));
    if (outcome.ok) onAuthenticated(outcome.value);
  };

  return (
    <AuthLayout>
      <PageHeading title={t('invite.title')} />
      {token === '' ? (
        <p className="alert alert-error">{t('invite.missingToken')}</p>
      ) : (
        <form className="stack" data-testid="invite-form" onSubmit={submit}>
          <p>{t('invite.intro')}</p>
          <TextField
            label={t('invite.name')}
            name="name"
            autoComplete="name"
            required
            error={action.errors.name}
          />
          <TextField
            label={t('invite.password')}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            hint={t('setup.passwordRule')}
            error={action.errors.password}
          />
          <ProblemAlert problem={action.problem} placed={['name', 'password']} />
          <button type="submit" className="button button-primary" disabled={action.pending}>
            {action.pending ? t('invite.submitting') : t('invite.submit')}
          </button>
        </form>
      )}
    </AuthLayout>
  );
}
