/** The signed-in user, shared by every page. */
import { routes, type SessionInfo } from '@silkloom/contract';
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { ApiError, call, setCsrfToken } from './client.ts';

interface SessionState {
  session?: SessionInfo;
  ready: boolean;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState>({ ready: false, signIn: async () => {}, signOut: async () => {} });

export function SessionProvider(props: { children: ReactNode }) {
  const [session, setSession] = useState<SessionInfo>();
  const [ready, setReady] = useState(false);
  const accept = (s: SessionInfo | undefined) => {
    setCsrfToken(s?.csrfToken);
    setSession(s);
  };
  useEffect(() => {
    call(routes.session)
      .then(accept, (e: unknown) => {
        if (!(e instanceof ApiError && e.status === 401)) console.error(e);
      })
      .finally(() => setReady(true));
  }, []);
  const value: SessionState = {
    session,
    ready,
    signIn: async (email, password) => accept(await call(routes.login, { body: { email, password } })),
    signOut: async () => {
      await call(routes.logout).catch(() => {});
      accept(undefined);
    },
  };
  return <SessionContext.Provider value={value}>{props.children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  return useContext(SessionContext);
}
