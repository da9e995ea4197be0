/**
 * Who may call the people's API: a session, a role, CSRF protection, and the
 * security headers every response carries.
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import type { Role, SessionUser } from '../../shared/types.js';
import { HttpError } from '../http/errors.js';
import type { Store } from '../store/store.js';
import { userFromCookieHeader } from './sessions.js';

/** 401 without a live session; otherwise `res.locals.user` is the signed-in SessionUser. */
export function requireSession(store: Store): RequestHandler {
  return async (req, res, next) => {
    const user = await userFromCookieHeader(store, req.headers.cookie);
    if (!user) return next(new HttpError(401, 'unauthenticated', 'Sign in to continue.'));
    res.locals.user = user;
    next();
  };
}

/** 403 unless the signed-in user has one of these roles. Mount after requireSession. */
export function requireRole(...roles: Role[]): RequestHandler {
  return (_req, res, next) => {
    const user = res.locals.user as SessionUser | undefined;
    if (!user) return next(new HttpError(401, 'unauthenticated', 'Sign in to continue.'));
    if (!roles.includes(user.role)) return next(new HttpError(403, 'forbidden', `This needs the role ${roles.join(' or ')}; you are ${user.role}.`));
    next();
  };
}

export const CSRF_HEADER = 'X-Vigie-CSRF';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * State-changing requests must carry `X-Vigie-CSRF: 1` and, when the browser
 * sends an Origin, come from this very host. Why that is enough:
 * - The session cookie is SameSite=Strict: a page on another site cannot
 *   make the browser send it at all.
 * - What SameSite leaves open is a *same-site* attacker (a sibling subdomain,
 *   a user-content host of the same registrable domain). A page there can
 *   send a form or a "simple" fetch, but neither can carry a custom header:
 *   a fetch with one triggers a CORS preflight, and Vigie answers no CORS
 *   request (no Access-Control-Allow-* anywhere), so the browser never sends
 *   the real request.
 * - The Origin check is the second lock for browsers or plugins that got
 *   preflights wrong. Login is covered too, so nobody can sign a victim into
 *   an account the attacker controls.
 * No token to store, render or rotate, and the header costs the dashboard
 * one line in its fetch wrapper.
 */
export function csrfGuard(): RequestHandler {
  return (req, _res, next) => {
    if (!UNSAFE_METHODS.has(req.method)) return next();
    if (req.get(CSRF_HEADER) !== '1') {
      return next(new HttpError(403, 'csrf', `State-changing requests must carry the header ${CSRF_HEADER}: 1.`));
    }
    if (isForeignOrigin(req.get('origin'), req.host)) {
      return next(new HttpError(403, 'csrf', 'This request comes from another site.'));
    }
    next();
  };
}

/**
 * True when a request says it comes from a page of another host. No Origin
 * at all is not foreign (same-origin GETs, curl); "null" (sandboxed frames,
 * some redirects) is. Also for the socket.io handshake: a websocket is not
 * subject to CORS, and a same-site page would get the cookie sent with it.
 */
export function isForeignOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return false;
  try {
    return !host || new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * helmet's headers with a Content-Security-Policy for the dashboard: only
 * its own scripts, styles and connections. The socket.io websocket is
 * same-origin, which `connect-src 'self'` covers in every browser with CSP
 * level 3 (ws:/wss: of the page's own host). No inline script or style is
 * allowed: the built dashboard has none, and chart.js and React set styles
 * through the DOM, which CSP does not restrict. No upgrade-insecure-requests:
 * Vigie may run on plain http on a newsroom's LAN, where it would break every
 * request.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
      },
    },
    // frame-ancestors 'none' says it for CSP browsers; X-Frame-Options for the others.
    xFrameOptions: { action: 'deny' },
  });
}
