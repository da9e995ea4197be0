-- Work that one instance at a time must do (the re-score after a rules save, the demo stream),
-- claimed for a while and renewed while it runs: an instance that stops or dies lets its lease
-- run out, and another takes the work over (server/store/postgres/leases.ts). Expiry is read on
-- the database's clock, so instances whose clocks differ still agree.
CREATE TABLE leases (
  name       text PRIMARY KEY,
  holder     text NOT NULL,
  expires_at timestamptz NOT NULL
);
