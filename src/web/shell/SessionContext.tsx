import { createContext, type ReactNode, useContext } from 'react';
import type { Me } from '../api/session.ts';

export interface Session {
  readonly me: Me;
  /** Applies a local change, e.g. a created or renamed workspace, without refetching. */
  readonly updateMe: (change: (me: Me) => Me) => void;
  /** Refetches `/me`, e.g. after the user changed their own role. */
  readonly reload: () => Promise<void>;
  readonly logOut: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({
  session,
  children,
}: {
  readonly session: Session;
  readonly children: ReactNode;
}) {
  return <SessionContext value={session}>{children}</SessionContext>;
}

/** The signed-in user; only available inside the app shell. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (session === null) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
