/**
 * Dashboard accounts and their sessions in PostgreSQL. Sessions are rows, not
 * process memory, so every instance sharing the database accepts the same cookie.
 */
import { needsTouch, toSessionUser, toUser, toUserWithPassword, type SessionRow, type UserRow } from '../accountRows.js';
import type { Store } from '../store.js';
import { row, rows, type Db } from './db.js';

export type AccountTables = Pick<
  Store,
  'createUser' | 'findUserByName' | 'getUser' | 'countUsers' | 'listUsers' | 'createSession' | 'sessionUser' | 'deleteSession' | 'deleteSessionsOfUser'
>;

export function prepareAccounts(db: Db): AccountTables {
  return {
    async createUser({ username, role, passwordHash }) {
      // The unique index is on lower(username): "Admin" after "admin" is refused, not a second account.
      const r = await row<UserRow>(
        db,
        `INSERT INTO users (username, role, password_hash, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT ((lower(username))) DO NOTHING RETURNING *`,
        [username, role, passwordHash, new Date().toISOString()],
      );
      return r ? toUser(r) : null;
    },
    async findUserByName(username) {
      const r = await row<UserRow>(db, 'SELECT * FROM users WHERE lower(username) = lower($1)', [username]);
      return r ? toUserWithPassword(r) : null;
    },
    async getUser(id) {
      const r = await row<UserRow>(db, 'SELECT * FROM users WHERE id = $1', [id]);
      return r ? toUser(r) : null;
    },
    countUsers: async () => (await row<{ n: number }>(db, 'SELECT count(*) AS n FROM users'))!.n,
    listUsers: async () => (await rows<UserRow>(db, 'SELECT * FROM users ORDER BY id')).map(toUser),
    async createSession(tokenHash, userId, expiresAt) {
      const now = new Date().toISOString();
      // Expired sessions are swept here, in the same statement as the new one is recorded.
      await db.query(
        `WITH swept AS (DELETE FROM sessions WHERE expires_at <= $4)
         INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $4, $4, $3)`,
        [tokenHash, userId, expiresAt, now],
      );
    },
    async sessionUser(tokenHash) {
      const now = new Date();
      const r = await row<SessionRow>(
        db,
        `SELECT s.user_id, s.last_seen_at, u.username, u.role FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.id = $1 AND s.expires_at > $2 AND u.disabled_at IS NULL`,
        [tokenHash, now.toISOString()],
      );
      if (!r) return null;
      if (needsTouch(r, now)) {
        await db.query('UPDATE sessions SET last_seen_at = $1 WHERE id = $2', [now.toISOString(), tokenHash]);
      }
      return toSessionUser(r);
    },
    async deleteSession(tokenHash) {
      await db.query('DELETE FROM sessions WHERE id = $1', [tokenHash]);
    },
    deleteSessionsOfUser: async (userId) => (await db.query('DELETE FROM sessions WHERE user_id = $1', [userId])).rowCount ?? 0,
  };
}
