-- People who sign in to the dashboard, and their sessions.

-- COLLATE NOCASE: "Admin" and "admin" are one account (usernames are ASCII, see server/auth/schema.ts).
CREATE TABLE users (
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL COLLATE NOCASE UNIQUE,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'moderator', 'viewer')),
  password_hash TEXT NOT NULL, -- scrypt$N$r$p$salt$hash (server/auth/passwords.ts)
  created_at    TEXT NOT NULL,
  disabled_at   TEXT
);

-- Sessions live here rather than in a process's memory, so several instances
-- sharing the database accept the same cookie. id = sha256 (hex) of the
-- cookie's random token: a copy of the database opens no session.
CREATE TABLE sessions (
  id           TEXT PRIMARY KEY,
  user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at   TEXT NOT NULL,
  last_seen_at TEXT NOT NULL,
  expires_at   TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);
