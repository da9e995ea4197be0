/**
 * Sessions: the cookie carries a random token, the database only its sha256,
 * so neither a copy of the database nor its logs open a session. Every
 * sign-in gets a new token (no session fixation: a token planted before
 * sign-in never becomes authenticated).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { CookieOptions, Request, Response } from 'express';
import type { SessionUser } from '../../shared/types.js';
import type { Store } from '../store/store.js';

export const SESSION_COOKIE = 'vigie_session';

/** 32 random bytes in base64url. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** One cookie's value from a Cookie header (the first if repeated), or undefined. */
export function readCookie(cookieHeader: string | undefined, name: string): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The session token in a Cookie header, when it has a token's shape (anything else is not worth a query). */
function tokenOf(cookieHeader: string | undefined): string | null {
  const token = readCookie(cookieHeader, SESSION_COOKIE);
  return token !== undefined && TOKEN_SHAPE.test(token) ? token : null;
}

/**
 * Who the `vigie_session` cookie in this Cookie header belongs to, or null.
 * The HTTP middleware and the socket.io handshake both authenticate with it.
 */
export async function userFromCookieHeader(store: Store, cookieHeader: string | undefined): Promise<SessionUser | null> {
  const token = tokenOf(cookieHeader);
  return token ? store.sessionUser(hashSessionToken(token)) : null;
}

function cookieOptions(req: Request): CookieOptions {
  // req.secure is true over HTTPS, or behind a trusted proxy (TRUST_PROXY) saying X-Forwarded-Proto: https.
  return { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' };
}

/**
 * Opens a session for `userId` and sets its cookie. The session this browser
 * held before, if any, is deleted: one sign-in, one live token.
 */
export async function startSession(store: Store, req: Request, res: Response, userId: number, hours: number): Promise<void> {
  const previous = tokenOf(req.headers.cookie);
  if (previous) await store.deleteSession(hashSessionToken(previous));
  const token = randomBytes(32).toString('base64url');
  const maxAge = hours * 3_600_000;
  await store.createSession(hashSessionToken(token), userId, new Date(Date.now() + maxAge).toISOString());
  res.cookie(SESSION_COOKIE, token, { ...cookieOptions(req), maxAge });
}

/** Deletes this browser's session, if any, and tells it to drop the cookie. */
export async function endSession(store: Store, req: Request, res: Response): Promise<void> {
  const token = tokenOf(req.headers.cookie);
  if (token) await store.deleteSession(hashSessionToken(token));
  res.clearCookie(SESSION_COOKIE, cookieOptions(req));
}
