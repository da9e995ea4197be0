/**
 * Dashboard accounts and their sessions in SQLite. Sessions are rows, not
 * process memory, so instances sharing the database share them.
 */
import type { Database } from 'better-sqlite3';
import type { SessionUser } from '../../../shared/types.js';
import { needsTouch, toSessionUser, toUser, toUserWithPassword, type SessionRow, type UserRow } from '../accountRows.js';
import type { NewUser, UserRecord, UserWithPassword } from '../store.js';

export interface AccountTables {
  createUser(user: NewUser): UserRecord | null;
  findUserByName(username: string): UserWithPassword | null;
  getUser(id: number): UserRecord | null;
  countUsers(): number;
  listUsers(): UserRecord[];
  createSession(tokenHash: string, userId: number, expiresAt: string): void;
  sessionUser(tokenHash: string): SessionUser | null;
  deleteSession(tokenHash: string): void;
  deleteSessionsOfUser(userId: number): number;
}

export function prepareAccounts(db: Database): AccountTables {
  const q = {
    insertUser: db.prepare(
      `INSERT INTO users (username, role, password_hash, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (username) DO NOTHING RETURNING *`,
    ),
    userByName: db.prepare('SELECT * FROM users WHERE username = ?'),
    user: db.prepare('SELECT * FROM users WHERE id = ?'),
    countUsers: db.prepare('SELECT count(*) FROM users').pluck(),
    users: db.prepare('SELECT * FROM users ORDER BY id'),
    sweep: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
    insertSession: db.prepare('INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)'),
    session: db.prepare(
      `SELECT s.user_id, s.last_seen_at, u.username, u.role FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.id = ? AND s.expires_at > ? AND u.disabled_at IS NULL`,
    ),
    touch: db.prepare('UPDATE sessions SET last_seen_at = ? WHERE id = ?'),
    deleteSession: db.prepare('DELETE FROM sessions WHERE id = ?'),
    deleteSessionsOfUser: db.prepare('DELETE FROM sessions WHERE user_id = ?'),
  };

  return {
    createUser({ username, role, passwordHash }) {
      const row = q.insertUser.get(username, role, passwordHash, new Date().toISOString()) as UserRow | undefined;
      return row ? toUser(row) : null;
    },
    findUserByName(username) {
      const row = q.userByName.get(username) as UserRow | undefined;
      return row ? toUserWithPassword(row) : null;
    },
    getUser(id) {
      const row = q.user.get(id) as UserRow | undefined;
      return row ? toUser(row) : null;
    },
    countUsers: () => q.countUsers.get() as number,
    listUsers: () => (q.users.all() as UserRow[]).map(toUser),
    createSession(tokenHash, userId, expiresAt) {
      const now = new Date().toISOString();
      q.sweep.run(now);
      q.insertSession.run(tokenHash, userId, now, now, expiresAt);
    },
    sessionUser(tokenHash) {
      const now = new Date();
      const row = q.session.get(tokenHash, now.toISOString()) as SessionRow | undefined;
      if (!row) return null;
      if (needsTouch(row, now)) q.touch.run(now.toISOString(), tokenHash);
      return toSessionUser(row);
    },
    deleteSession(tokenHash) {
      q.deleteSession.run(tokenHash);
    },
    deleteSessionsOfUser: (userId) => q.deleteSessionsOfUser.run(userId).changes,
  };
}
