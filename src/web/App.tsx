import type { ReactNode } from 'react';
import { ApiProvider } from './api/ApiContext.tsx';
import type { Me } from './api/session.ts';
import { InvitePage } from './auth/InvitePage.tsx';
import { LoginPage } from './auth/LoginPage.tsx';
import { NotFoundPage } from './auth/NotFoundPage.tsx';
import { SetupPage } from './auth/SetupPage.tsx';
import { useI18n } from './i18n/I18nProvider.tsx';
import { Redirect } from './router/Link.tsx';
import { navigate } from './router/navigation.ts';
import { isPublicRoute, routePath, safeNext } from './router/routes.ts';
import { useRoute } from './router/useRoute.ts';
import { type Session, SessionProvider } from './shell/SessionContext.tsx';
import { type SessionState, useSessionState } from './shell/useSessionState.ts';
import { type ShellRoute, WorkspaceRoutes } from './shell/WorkspaceRoutes.tsx';
import { ProblemAlert } from './ui/ProblemAlert.tsx';

/** Routes the URL to a screen; screens behind login wait for the session first. */
export function App() {
  const { route, url } = useRoute();
  const { api, state, session, signIn, retry } = useSessionState(!isPublicRoute(route));

  const enter = (me: Me, next: string | null) => {
    signIn(me);
    navigate(next ?? '/');
  };

  let screen: ReactNode;
  switch (route.name) {
    case 'login':
      screen = <LoginPage onAuthenticated={(me) => enter(me, route.next)} />;
      break;
    case 'setup':
      screen = <SetupPage token={route.token} onAuthenticated={(me) => enter(me, null)} />;
      break;
    case 'invite':
      screen = <InvitePage token={route.token} onAuthenticated={(me) => enter(me, null)} />;
      break;
    case 'not-found':
      screen = <NotFoundPage />;
      break;
    default:
      screen = <SignedIn route={route} url={url} state={state} session={session} onRetry={retry} />;
  }
  return <ApiProvider client={api}>{screen}</ApiProvider>;
}

interface SignedInProps {
  readonly route: ShellRoute;
  readonly url: string;
  readonly state: SessionState;
  readonly session: Session | null;
  readonly onRetry: () => void;
}

/** Sends visitors without a session to the login page, waits for `/me`, or shows the shell. */
function SignedIn({ route, url, state, session, onRetry }: SignedInProps) {
  const { t } = useI18n();
  if (state.status === 'anonymous') {
    const next = url === '/' ? null : safeNext(url);
    return <Redirect to={routePath({ name: 'login', next })} />;
  }
  if (state.status === 'failed') {
    return (
      <main className="center-status">
        <p>{t('session.loadFailed')}</p>
        <ProblemAlert problem={state.problem} />
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </main>
    );
  }
  if (session === null) {
    return (
      <main className="center-status">
        <p role="status">{t('common.loading')}</p>
      </main>
    );
  }
  return (
    <SessionProvider session={session}>
      <WorkspaceRoutes route={route} />
    </SessionProvider>
  );
}
