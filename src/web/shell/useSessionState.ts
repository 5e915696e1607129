import { useCallback, useEffect, useMemo, useState } from 'react';
import { type ApiClient, createApiClient } from '../api/client.ts';
import { ApiError, isAbortError, type Problem, toProblem } from '../api/problem.ts';
import { fetchMe, logOut, type Me } from '../api/session.ts';
import { navigate } from '../router/navigation.ts';
import { routePath } from '../router/routes.ts';
import type { Session } from './SessionContext.tsx';

/** What the app knows about the visitor; `unknown` until a screen needing a session asks. */
export type SessionState =
  | { readonly status: 'unknown' }
  | { readonly status: 'loading' }
  | { readonly status: 'anonymous' }
  | { readonly status: 'failed'; readonly problem: Problem }
  | { readonly status: 'ready'; readonly me: Me };

export interface SessionControls {
  readonly api: ApiClient;
  readonly state: SessionState;
  /** Set once `/me` is known; what the shell's components read through `useSession`. */
  readonly session: Session | null;
  /** After login, setup or an accepted invitation: the answer already is the session. */
  readonly signIn: (me: Me) => void;
  readonly retry: () => void;
}

/**
 * Owns the session and the API client. `/me` is fetched only when `needed` (screens behind
 * login), so that the login page itself makes no request that is bound to fail.
 */
export function useSessionState(needed: boolean): SessionControls {
  const [state, setState] = useState<SessionState>({ status: 'unknown' });

  // Any 401, wherever it comes from, means the session is gone: the shell then redirects
  // to the login page, which brings the user back afterwards.
  const api = useMemo(
    () =>
      createApiClient({
        fetch: (input, init) => window.fetch(input, init),
        onUnauthorized: () => setState({ status: 'anonymous' }),
      }),
    [],
  );

  const load = useCallback(async () => {
    try {
      setState({ status: 'ready', me: await fetchMe(api) });
    } catch (error) {
      // A 401 has already been reported through onUnauthorized.
      if (isAbortError(error) || (error instanceof ApiError && error.status === 401)) return;
      setState({ status: 'failed', problem: toProblem(error) });
    }
  }, [api]);

  useEffect(() => {
    if (!needed || state.status !== 'unknown') return;
    setState({ status: 'loading' });
    void load();
  }, [needed, state.status, load]);

  const signIn = useCallback((me: Me) => setState({ status: 'ready', me }), []);
  const retry = useCallback(() => setState({ status: 'unknown' }), []);

  const me = state.status === 'ready' ? state.me : null;
  const session = useMemo<Session | null>(() => {
    if (me === null) return null;
    return {
      me,
      updateMe: (change) =>
        setState((current) =>
          current.status === 'ready' ? { ...current, me: change(current.me) } : current,
        ),
      reload: load,
      logOut: async () => {
        await logOut(api);
        navigate(routePath({ name: 'login', next: null }));
        setState({ status: 'anonymous' });
      },
    };
  }, [me, api, load]);

  return { api, state, session, signIn, retry };
}
