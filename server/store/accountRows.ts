/** Dashboard accounts and sessions as both stores read them back. */
import type { Role, SessionUser } from '../../shared/types.js';
import type { UserRecord, UserWithPassword } from './store.js';

export interface UserRow {
  id: number;
  username: string;
  role: Role;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
}

export interface SessionRow {
  user_id: number;
  username: string;
  role: Role;
  last_seen_at: string;
}

/**
 * last_seen_at is rewritten at most this often: every API call reads the
 * session, and a write for each would be wasted — in SQLite, queued behind
 * ingestion for the one write lock.
 */
const TOUCH_EVERY_MS = 60_000;

/** Whether a session read at `now` should have its last_seen_at rewritten. */
export const needsTouch = (r: SessionRow, now: Date) => now.getTime() - Date.parse(r.last_seen_at) >= TOUCH_EVERY_MS;

export const toUser = (r: UserRow): UserRecord => ({ id: r.id, username: r.username, role: r.role, createdAt: r.created_at, disabledAt: r.disabled_at });

export const toUserWithPassword = (r: UserRow): UserWithPassword => ({ ...toUser(r), passwordHash: r.password_hash });

export const toSessionUser = (r: SessionRow): SessionUser => ({ id: r.user_id, username: r.username, role: r.role });
