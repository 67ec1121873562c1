import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { MeDocument, type MeFieldsFragment } from '../../../generated/graphql';
import { request } from '../../../lib/graphql';
import { isAbortError } from '../../../lib/graphql/client';

export type Me = MeFieldsFragment;

export interface Session {
  /** The signed-in user; null when signed out; undefined while the first `me` query runs. */
  me: Me | null | undefined;
  /** Sets the user after sign-in or sign-up (their answer is the `Me`), or null after sign-out. */
  setMe(me: Me | null): void;
  /** Asks the API again (e.g. after a role request). */
  refresh(): void;
}

const SessionContext = createContext<Session>({ me: null, setMe: () => undefined, refresh: () => undefined });

/** Holds the signed-in user, read once with `me` (the session is an httpOnly cookie set by the API). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    request(MeDocument, {}, { signal: controller.signal }).then(
      (data) => setMe(data.me ?? null),
      (error: unknown) => {
        // Without an answer the dashboard still reads: it shows the signed-out header.
        if (!isAbortError(error)) setMe(null);
      },
    );
    return () => controller.abort();
  }, [generation]);
  const refresh = useCallback(() => setGeneration((g) => g + 1), []);
  const value = useMemo(() => ({ me, setMe, refresh }), [me, refresh]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}
