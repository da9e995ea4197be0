/** Who is signed in, for the whole app: asked once at start, set at sign-in, cleared at sign-out or on any 401. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Role, SessionUser } from '../shared/types.js';
import { api, setUnauthenticatedHandler } from './api.js';
import { closeSocket } from './socket.js';

interface Session {
  /** undefined while the first /api/auth/me is in flight. */
  user: SessionUser | null | undefined;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  can(...roles: Role[]): boolean;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  useEffect(() => {
    setUnauthenticatedHandler(() => {
      closeSocket();
      setUser(null);
    });
    api.get<{ user: SessionUser | null }>('/api/auth/session').then(
      (r) => setUser(r.user),
      // No server: the sign-in page says so at the first attempt.
      () => setUser(null),
    );
  }, []);
  const login = useCallback(async (username: string, password: string) => {
    const r = await api.post<{ user: SessionUser }>('/api/auth/login', { username, password });
    closeSocket();
    setUser(r.user);
  }, []);
  const logout = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      closeSocket();
      setUser(null);
    }
  }, []);
  const value = useMemo<Session>(() => ({ user, login, logout, can: (...roles) => !!user && roles.includes(user.role) }), [user, login, logout]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}
