import { useI18n } from '../i18n/I18nProvider.tsx';
import { ProblemAlert } from '../ui/ProblemAlert.tsx';
import { useAction } from '../ui/useAction.ts';
import { useSession } from './SessionContext.tsx';

/** Who is signed in, and the way out. */
export function UserMenu() {
  const { t } = useI18n();
  const { me, logOut } = useSession();
  const action = useAction();
  return (
    <section className="user-menu" aria-label={t('shell.account')}>
      <p className="user-identity">
        <span className="user-name">{me.user.name}</span>
        <span className="user-email">{me.user.email}</span>
      </p>
      <button
        type="button"
        className="button button-quiet"
        data-testid="logout"
        disabled={action.pending}
        onClick={() => action.run(logOut)}
      >
        {t('shell.logout')}
      </button>
      <ProblemAlert problem={action.problem} />
    </section>
  );
}
