-- People who sign in to the dashboard, and their sessions.

CREATE TABLE users (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  username      text NOT NULL,
  role          text NOT NULL CHECK (role IN ('admin', 'moderator', 'viewer')),
  password_hash text NOT NULL, -- scrypt$N$r$p$salt$hash (server/auth/passwords.ts)
  created_at    timestamptz NOT NULL,
  disabled_at   timestamptz
);
-- "Admin" and "admin" are one account (usernames are ASCII, see server/auth/schema.ts).
CREATE UNIQUE INDEX users_username ON users (lower(username));

-- Sessions live here rather than in a process's memory, so several instances
-- sharing the database accept the same cookie. id = sha256 (hex) of the
-- cookie's random token: a copy of the database opens no session.
CREATE TABLE sessions (
  id           text PRIMARY KEY,
  user_id      bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at   timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  expires_at   timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);
