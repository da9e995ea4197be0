/**
 * The handshake middleware: a socket is the dashboard of a signed-in person,
 * authenticated by the same `vigie_session` cookie as the HTTP API. A
 * browser sends Origin with every websocket and polling request; a page on
 * another site must not open a socket with our visitor's cookie (SameSite
 * already withholds it, this refuses even when a browser would not).
 */
import type { Logger } from 'pino';
import { userFromCookieHeader } from '../auth/sessions.js';
import type { Store } from '../store/store.js';
import type { VigieSocket } from './types.js';

/** Errors the client sees as `connect_error` messages. */
export const HANDSHAKE_ERRORS = { unauthenticated: 'unauthenticated', forbiddenOrigin: 'forbidden origin' } as const;

/**
 * True when the Origin header names the host the request was sent to (scheme
 * aside: TLS may end at a proxy). Behind a proxy that rewrites Host, the
 * X-Forwarded-Host it adds counts too: a page on another site can set neither
 * header on a websocket handshake.
 */
export function isSameOrigin(origin: string, hosts: readonly (string | undefined)[]): boolean {
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false; // "null" (a sandboxed frame, a file://) or garbage
  }
  return hosts.some((h) => h !== undefined && h.split(',')[0]!.trim().toLowerCase() === originHost);
}

export function authenticateSocket(store: Store, log: Logger) {
  return async (socket: VigieSocket, next: (error?: Error) => void): Promise<void> => {
    const { origin, host, cookie } = socket.handshake.headers;
    const forwardedHost = socket.handshake.headers['x-forwarded-host'];
    if (origin !== undefined && !isSameOrigin(origin, [host, typeof forwardedHost === 'string' ? forwardedHost : undefined])) {
      log.warn({ origin, host }, 'socket refused: cross-origin handshake');
      return next(new Error(HANDSHAKE_ERRORS.forbiddenOrigin));
    }
    try {
      const user = await userFromCookieHeader(store, cookie);
      if (!user) return next(new Error(HANDSHAKE_ERRORS.unauthenticated));
      socket.data.user = user;
      next();
    } catch (error) {
      log.error({ err: error }, 'socket refused: the session could not be read');
      next(new Error(HANDSHAKE_ERRORS.unauthenticated));
    }
  };
}
