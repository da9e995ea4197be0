/**
 * POST /api/auth/login, POST /api/auth/logout, GET /api/auth/me, GET /api/auth/session. Mounted
 * before the session check: signing in is the one public people's route.
 */
import { Router } from 'express';
import type { SessionUser } from '../../shared/types.js';
import { HttpError } from '../http/errors.js';
import type { Store } from '../store/store.js';
import { requireSession } from './middleware.js';
import { prepareDummyHash, verifyAgainstDummy, verifyPassword } from './passwords.js';
import type { LoginLimiter } from './rateLimit.js';
import { parseBody } from '../http/parseInput.js';
import { loginSchema } from './schema.js';
import { endSession, startSession, userFromCookieHeader } from './sessions.js';

export interface AuthOptions {
  /** Session lifetime (cookie Max-Age and database expiry). */
  sessionHours: number;
  limiter: LoginLimiter;
}

/** One answer for an unknown name, a wrong password and a disabled account: the API does not say which accounts exist. */
const invalidCredentials = () => new HttpError(401, 'invalid_credentials', 'Unknown username or wrong password.');

function tooManyAttempts(retryAfterSeconds: number): HttpError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return new HttpError(429, 'too_many_attempts', `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`);
}

export function authRouter(store: Store, { sessionHours, limiter }: AuthOptions): Router {
  prepareDummyHash();
  const router = Router();
  // Nothing about who is signed in may be kept by a cache.
  router.use('/auth', (_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.post('/auth/login', async (req, res) => {
    const { username, password } = parseBody(loginSchema, req.body);
    // req.ip honours TRUST_PROXY: behind a proxy, the client's address rather than the proxy's.
    const ip = req.ip ?? req.socket.remoteAddress ?? 'unknown';
    // Checked before the password, so a locked account costs no scrypt and a right guess during lockout tells nothing.
    const wait = await limiter.retryAfter(ip, username);
    if (wait > 0) {
      res.set('Retry-After', String(wait));
      throw tooManyAttempts(wait);
    }
    const user = await store.findUserByName(username);
    const ok = user ? await verifyPassword(password, user.passwordHash) : await verifyAgainstDummy(password);
    if (!user || !ok || user.disabledAt) {
      await limiter.recordFailure(ip, username);
      throw invalidCredentials();
    }
    await limiter.recordSuccess(username);
    await startSession(store, req, res, user.id, sessionHours);
    const signedIn: SessionUser = { id: user.id, username: user.username, role: user.role };
    res.json({ user: signedIn });
  });

  router.post('/auth/logout', async (req, res) => {
    await endSession(store, req, res);
    res.status(204).end();
  });

  // The dashboard's first question. Answered 200 either way: a signed-out
  // visitor is not an error, and a 401 would be one in the browser's console.
  router.get('/auth/session', async (req, res) => {
    res.set('Cache-Control', 'no-store').json({ user: await userFromCookieHeader(store, req.headers.cookie) });
  });

  router.get('/auth/me', requireSession(store), (_req, res) => {
    res.json({ user: res.locals.user as SessionUser });
  });

  return router;
}
