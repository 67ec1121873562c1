import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { MeDocument, type MeFieldsFragment } from '../../../generated/graphql';
import { useQuery } from '../../../lib/graphql';

export type Me = MeFieldsFragment;

export interface Session {
  /** The signed-in user; null when signed out; undefined while the first `me` query runs. */
  me: Me | null | undefined;
}

const SessionContext = createContext<Session>({ me: null });

/**
 * Holds the signed-in user, read with `me` (the session is an httpOnly cookie set by the API). Signing in, up or out
 * updates `me` in the cache (lib/graphql/cache.ts), and this follows.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const { data, error } = useQuery(MeDocument, {});
  // Without an answer the dashboard still reads: it shows the signed-out header.
  const me = data ? (data.me ?? null) : error ? null : undefined;
  const value = useMemo(() => ({ me }), [me]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}
