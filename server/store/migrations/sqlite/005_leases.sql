-- Work that one instance at a time must do (the re-score after a rules save, the demo stream),
-- claimed for a while and renewed while it runs: an instance that stops or dies lets its lease
-- run out, and another takes the work over (server/store/sqlite/leases.ts).
CREATE TABLE leases (
  name       TEXT PRIMARY KEY,
  holder     TEXT NOT NULL,
  expires_at INTEGER NOT NULL -- milliseconds since the epoch
);
