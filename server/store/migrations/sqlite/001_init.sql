-- Vigie's first schema. Times are ISO 8601 strings in UTC (as toISOString
-- writes them), so text order is time order and min()/max() work on them.

CREATE TABLE articles (
  id           INTEGER PRIMARY KEY,
  source       TEXT NOT NULL,
  external_id  TEXT NOT NULL,
  title        TEXT,
  url          TEXT,
  section      TEXT,
  published_at TEXT,
  UNIQUE (source, external_id)
);

-- key = commenterKey(display name): "LA LIBRE EXPRESSION" and "La Libre  Expression" are one row.
CREATE TABLE commenters (
  id           INTEGER PRIMARY KEY,
  key          TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  first_seen   TEXT NOT NULL,
  last_seen    TEXT NOT NULL
);

CREATE TABLE comments (
  id              INTEGER PRIMARY KEY,
  article_id      INTEGER NOT NULL REFERENCES articles (id),
  commenter_id    INTEGER NOT NULL REFERENCES commenters (id),
  source          TEXT NOT NULL,
  external_id     TEXT,
  -- Only for comments without an external id: sha256 of source, article, author key, posted_at and text.
  dedup_key       TEXT,
  text            TEXT NOT NULL,
  posted_at       TEXT,
  received_at     TEXT NOT NULL,
  lang            TEXT NOT NULL,
  lang_confidence REAL NOT NULL,
  tone            REAL NOT NULL,
  tone_label      TEXT NOT NULL,
  shouting        REAL NOT NULL,
  shouting_flag   INTEGER NOT NULL,
  insult          REAL NOT NULL,
  insult_flag     INTEGER NOT NULL,
  insult_severity TEXT NOT NULL,
  insult_target   TEXT,
  toxicity        REAL NOT NULL,
  toxicity_flag   INTEGER NOT NULL,
  profanity       REAL NOT NULL,
  threat          REAL NOT NULL,
  identity_attack REAL NOT NULL,
  links           TEXT NOT NULL, -- JSON {count, urls}
  flagged         INTEGER NOT NULL,
  reasons         TEXT NOT NULL, -- JSON array of FLAG_REASONS
  evidence        TEXT NOT NULL, -- JSON array of Evidence
  breakdown       TEXT NOT NULL, -- JSON {tone, shouting, insult, toxicity}
  fingerprint     TEXT NOT NULL,
  status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'escalated')),
  rules_version   INTEGER NOT NULL
);
CREATE UNIQUE INDEX comments_source_external_id ON comments (source, external_id) WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX comments_dedup_key ON comments (dedup_key) WHERE dedup_key IS NOT NULL;
CREATE INDEX comments_article ON comments (article_id, id);
CREATE INDEX comments_commenter ON comments (commenter_id, id);

-- Full-text search over the text, stored once (external content = comments).
CREATE VIRTUAL TABLE comments_fts USING fts5 (text, content = 'comments', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER comments_fts_insert AFTER INSERT ON comments BEGIN
  INSERT INTO comments_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER comments_fts_delete AFTER DELETE ON comments BEGIN
  INSERT INTO comments_fts (comments_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER comments_fts_update AFTER UPDATE OF text ON comments BEGIN
  INSERT INTO comments_fts (comments_fts, rowid, text) VALUES ('delete', old.id, old.text);
  INSERT INTO comments_fts (rowid, text) VALUES (new.id, new.text);
END;

-- Append-only audit log of moderation decisions.
CREATE TABLE moderation_actions (
  id         INTEGER PRIMARY KEY,
  comment_id INTEGER NOT NULL REFERENCES comments (id),
  actor      TEXT NOT NULL,
  action     TEXT NOT NULL,
  reason     TEXT,
  note       TEXT,
  at         TEXT NOT NULL
);
CREATE INDEX moderation_actions_comment ON moderation_actions (comment_id, id);
CREATE TRIGGER moderation_actions_no_update BEFORE UPDATE ON moderation_actions BEGIN
  SELECT RAISE (ABORT, 'moderation_actions is append-only');
END;
CREATE TRIGGER moderation_actions_no_delete BEFORE DELETE ON moderation_actions BEGIN
  SELECT RAISE (ABORT, 'moderation_actions is append-only');
END;

-- The engine's Rules, one row per saved version; without rows the defaults are version 1.
CREATE TABLE rules (
  version  INTEGER PRIMARY KEY,
  json     TEXT NOT NULL,
  saved_by TEXT NOT NULL,
  saved_at TEXT NOT NULL
);

CREATE TABLE api_keys (
  id         INTEGER PRIMARY KEY,
  source     TEXT NOT NULL,
  key_hash   TEXT NOT NULL UNIQUE, -- sha256 hex; the key itself is never stored
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

-- Aggregates, updated in the transaction of each insert and decision so that
-- dashboards read one row instead of scanning comments. The columns follow
-- shared/types.ts (FLAG_REASONS, MODERATION_STATUSES, ten tone buckets over
-- [-1, 1]); a new reason or status needs a migration adding its column.
-- last_activity is the latest comment time (posted_at, else received_at).
CREATE TABLE article_stats (
  article_id INTEGER PRIMARY KEY REFERENCES articles (id),
  comments INTEGER NOT NULL DEFAULT 0,
  flagged  INTEGER NOT NULL DEFAULT 0,
  tone_sum REAL NOT NULL DEFAULT 0,
  tone_h0 INTEGER NOT NULL DEFAULT 0, tone_h1 INTEGER NOT NULL DEFAULT 0,
  tone_h2 INTEGER NOT NULL DEFAULT 0, tone_h3 INTEGER NOT NULL DEFAULT 0,
  tone_h4 INTEGER NOT NULL DEFAULT 0, tone_h5 INTEGER NOT NULL DEFAULT 0,
  tone_h6 INTEGER NOT NULL DEFAULT 0, tone_h7 INTEGER NOT NULL DEFAULT 0,
  tone_h8 INTEGER NOT NULL DEFAULT 0, tone_h9 INTEGER NOT NULL DEFAULT 0,
  reason_insult          INTEGER NOT NULL DEFAULT 0,
  reason_identity_attack INTEGER NOT NULL DEFAULT 0,
  reason_threat          INTEGER NOT NULL DEFAULT 0,
  reason_profanity       INTEGER NOT NULL DEFAULT 0,
  reason_spam_link       INTEGER NOT NULL DEFAULT 0,
  reason_shouting        INTEGER NOT NULL DEFAULT 0,
  reason_very_negative   INTEGER NOT NULL DEFAULT 0,
  shouting INTEGER NOT NULL DEFAULT 0,
  insults  INTEGER NOT NULL DEFAULT 0,
  status_pending   INTEGER NOT NULL DEFAULT 0,
  status_approved  INTEGER NOT NULL DEFAULT 0,
  status_rejected  INTEGER NOT NULL DEFAULT 0,
  status_escalated INTEGER NOT NULL DEFAULT 0,
  last_activity TEXT
);

CREATE TABLE commenter_stats (
  commenter_id INTEGER PRIMARY KEY REFERENCES commenters (id),
  comments INTEGER NOT NULL DEFAULT 0,
  flagged  INTEGER NOT NULL DEFAULT 0,
  tone_sum REAL NOT NULL DEFAULT 0,
  tone_h0 INTEGER NOT NULL DEFAULT 0, tone_h1 INTEGER NOT NULL DEFAULT 0,
  tone_h2 INTEGER NOT NULL DEFAULT 0, tone_h3 INTEGER NOT NULL DEFAULT 0,
  tone_h4 INTEGER NOT NULL DEFAULT 0, tone_h5 INTEGER NOT NULL DEFAULT 0,
  tone_h6 INTEGER NOT NULL DEFAULT 0, tone_h7 INTEGER NOT NULL DEFAULT 0,
  tone_h8 INTEGER NOT NULL DEFAULT 0, tone_h9 INTEGER NOT NULL DEFAULT 0,
  reason_insult          INTEGER NOT NULL DEFAULT 0,
  reason_identity_attack INTEGER NOT NULL DEFAULT 0,
  reason_threat          INTEGER NOT NULL DEFAULT 0,
  reason_profanity       INTEGER NOT NULL DEFAULT 0,
  reason_spam_link       INTEGER NOT NULL DEFAULT 0,
  reason_shouting        INTEGER NOT NULL DEFAULT 0,
  reason_very_negative   INTEGER NOT NULL DEFAULT 0,
  shouting INTEGER NOT NULL DEFAULT 0,
  insults  INTEGER NOT NULL DEFAULT 0,
  status_pending   INTEGER NOT NULL DEFAULT 0,
  status_approved  INTEGER NOT NULL DEFAULT 0,
  status_rejected  INTEGER NOT NULL DEFAULT 0,
  status_escalated INTEGER NOT NULL DEFAULT 0,
  last_activity TEXT
);

-- Every article and commenter has its stats row from birth, so updates never miss.
CREATE TRIGGER articles_stats_row AFTER INSERT ON articles BEGIN
  INSERT INTO article_stats (article_id) VALUES (new.id);
END;
CREATE TRIGGER commenters_stats_row AFTER INSERT ON commenters BEGIN
  INSERT INTO commenter_stats (commenter_id) VALUES (new.id);
END;

-- hour: '2015-10-07T18:00:00.000Z' (UTC) of the comment's time (posted_at, else received_at).
CREATE TABLE article_hourly (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  hour       TEXT NOT NULL,
  comments   INTEGER NOT NULL,
  tone_sum   REAL NOT NULL,
  flagged    INTEGER NOT NULL,
  PRIMARY KEY (article_id, hour)
) WITHOUT ROWID;

-- day: '2015-10-07T00:00:00.000Z' (UTC).
CREATE TABLE commenter_daily (
  commenter_id INTEGER NOT NULL REFERENCES commenters (id),
  day          TEXT NOT NULL,
  comments     INTEGER NOT NULL,
  tone_sum     REAL NOT NULL,
  flagged      INTEGER NOT NULL,
  PRIMARY KEY (commenter_id, day)
) WITHOUT ROWID;
