-- Vigie's first schema in PostgreSQL's dialect: the same tables, columns and
-- aggregates as migrations/sqlite/001_init.sql. Times are timestamptz, ids
-- bigint identities (handed out in insertion order; the store's writers'
-- lock makes that commit order too), flags booleans. The scores' evidence,
-- breakdown and links are json (kept as written, never queried: cheaper to
-- store than jsonb); the reasons, which queries filter on, a text[].

CREATE TABLE articles (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source       text NOT NULL,
  external_id  text NOT NULL,
  title        text,
  url          text,
  section      text,
  published_at timestamptz,
  UNIQUE (source, external_id)
);

-- key = commenterKey(display name): "LA LIBRE EXPRESSION" and "La Libre  Expression" are one row.
CREATE TABLE commenters (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  key          text NOT NULL UNIQUE,
  display_name text NOT NULL,
  first_seen   timestamptz NOT NULL,
  last_seen    timestamptz NOT NULL
);

-- Full-text search configurations, one per language the scorer detects.
-- Each is PostgreSQL's own (`french`, `english`, `simple`: the same parser and
-- Snowball stemmers) with two changes that make a search find what the SQLite
-- store finds: accents are folded before stemming (a moderator types "reforme"
-- for "réforme", or writes in capitals without them), and stop words are kept,
-- so a phrase is matched word for word ("la réforme" is not "réforme la").
DO $$
BEGIN
  -- unaccent ships with PostgreSQL (contrib) and is a trusted extension. It is
  -- installed once per database, in `public` unless it is there already
  -- elsewhere; the migration lock serialises instances racing to create it.
  IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'unaccent') THEN
    CREATE EXTENSION unaccent SCHEMA public;
  END IF;
END $$;

CREATE TEXT SEARCH DICTIONARY vigie_french_stem (TEMPLATE = snowball, Language = french);
CREATE TEXT SEARCH DICTIONARY vigie_english_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH DICTIONARY vigie_simple_word (TEMPLATE = simple);
CREATE TEXT SEARCH CONFIGURATION vigie_french (COPY = french);
CREATE TEXT SEARCH CONFIGURATION vigie_english (COPY = english);
CREATE TEXT SEARCH CONFIGURATION vigie_simple (COPY = simple);

DO $$
DECLARE
  unaccent_dict text := (SELECT format('%I.unaccent', n.nspname) FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'unaccent');
  config text;
  stem text;
BEGIN
  FOR config, stem IN VALUES ('vigie_french', 'vigie_french_stem'), ('vigie_english', 'vigie_english_stem'), ('vigie_simple', 'vigie_simple_word') LOOP
    -- Words with letters beyond ASCII lose their accents first; ASCII ones go straight to the stemmer.
    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION %I ALTER MAPPING FOR word, hword, hword_part WITH %s, %I', config, unaccent_dict, stem);
    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION %I ALTER MAPPING FOR asciiword, asciihword, hword_asciipart WITH %I', config, stem);
  END LOOP;
END $$;

CREATE TABLE comments (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id      bigint NOT NULL REFERENCES articles (id),
  commenter_id    bigint NOT NULL REFERENCES commenters (id),
  source          text NOT NULL,
  external_id     text,
  -- Only for comments without an external id: sha256 of source, article, author key, posted_at and text.
  dedup_key       text,
  text            text NOT NULL,
  posted_at       timestamptz,
  received_at     timestamptz NOT NULL,
  lang            text NOT NULL,
  lang_confidence double precision NOT NULL,
  tone            double precision NOT NULL,
  tone_label      text NOT NULL,
  shouting        double precision NOT NULL,
  shouting_flag   boolean NOT NULL,
  insult          double precision NOT NULL,
  insult_flag     boolean NOT NULL,
  insult_severity text NOT NULL,
  insult_target   text,
  toxicity        double precision NOT NULL,
  toxicity_flag   boolean NOT NULL,
  profanity       double precision NOT NULL,
  threat          double precision NOT NULL,
  identity_attack double precision NOT NULL,
  links           json NOT NULL, -- {count, urls}
  flagged         boolean NOT NULL,
  reasons         text[] NOT NULL, -- FLAG_REASONS
  evidence        json NOT NULL, -- array of Evidence
  breakdown       json NOT NULL, -- {tone, shouting, insult, toxicity}
  fingerprint     text NOT NULL,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'escalated')),
  rules_version   integer NOT NULL,
  -- The text's lexemes in its language's configuration, kept by PostgreSQL
  -- itself: recomputed whenever the text or (after a re-score) the language changes.
  fts             tsvector NOT NULL GENERATED ALWAYS AS (
    to_tsvector(CASE lang WHEN 'fr' THEN 'vigie_french'::regconfig WHEN 'en' THEN 'vigie_english'::regconfig ELSE 'vigie_simple'::regconfig END, text)
  ) STORED
);
CREATE UNIQUE INDEX comments_source_external_id ON comments (source, external_id) WHERE external_id IS NOT NULL;
CREATE UNIQUE INDEX comments_dedup_key ON comments (dedup_key) WHERE dedup_key IS NOT NULL;
CREATE INDEX comments_article ON comments (article_id, id);
CREATE INDEX comments_commenter ON comments (commenter_id, id);
CREATE INDEX comments_fts ON comments USING gin (fts);

-- Append-only audit log of moderation decisions.
CREATE TABLE moderation_actions (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  comment_id bigint NOT NULL REFERENCES comments (id),
  actor      text NOT NULL,
  action     text NOT NULL,
  reason     text,
  note       text,
  at         timestamptz NOT NULL
);
CREATE INDEX moderation_actions_comment ON moderation_actions (comment_id, id);

CREATE FUNCTION vigie_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$;
CREATE TRIGGER moderation_actions_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON moderation_actions
  FOR EACH STATEMENT EXECUTE FUNCTION vigie_append_only();

-- The engine's Rules, one row per saved version; without rows the defaults are version 1.
CREATE TABLE rules (
  version  integer PRIMARY KEY,
  json     jsonb NOT NULL,
  saved_by text NOT NULL,
  saved_at timestamptz NOT NULL
);

CREATE TABLE api_keys (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source     text NOT NULL,
  key_hash   text NOT NULL UNIQUE, -- sha256 hex; the key itself is never stored
  created_at timestamptz NOT NULL,
  revoked_at timestamptz
);

-- Aggregates, updated in the transaction of each insert and decision so that
-- dashboards read one row instead of scanning comments. The columns follow
-- shared/types.ts (FLAG_REASONS, MODERATION_STATUSES, ten tone buckets over
-- [-1, 1]); a new reason or status needs a migration adding its column.
-- last_activity is the latest comment time (posted_at, else received_at).
CREATE TABLE article_stats (
  article_id bigint PRIMARY KEY REFERENCES articles (id),
  comments integer NOT NULL DEFAULT 0,
  flagged  integer NOT NULL DEFAULT 0,
  tone_sum double precision NOT NULL DEFAULT 0,
  tone_h0 integer NOT NULL DEFAULT 0, tone_h1 integer NOT NULL DEFAULT 0,
  tone_h2 integer NOT NULL DEFAULT 0, tone_h3 integer NOT NULL DEFAULT 0,
  tone_h4 integer NOT NULL DEFAULT 0, tone_h5 integer NOT NULL DEFAULT 0,
  tone_h6 integer NOT NULL DEFAULT 0, tone_h7 integer NOT NULL DEFAULT 0,
  tone_h8 integer NOT NULL DEFAULT 0, tone_h9 integer NOT NULL DEFAULT 0,
  reason_insult          integer NOT NULL DEFAULT 0,
  reason_identity_attack integer NOT NULL DEFAULT 0,
  reason_threat          integer NOT NULL DEFAULT 0,
  reason_profanity       integer NOT NULL DEFAULT 0,
  reason_spam_link       integer NOT NULL DEFAULT 0,
  reason_shouting        integer NOT NULL DEFAULT 0,
  reason_very_negative   integer NOT NULL DEFAULT 0,
  shouting integer NOT NULL DEFAULT 0,
  insults  integer NOT NULL DEFAULT 0,
  status_pending   integer NOT NULL DEFAULT 0,
  status_approved  integer NOT NULL DEFAULT 0,
  status_rejected  integer NOT NULL DEFAULT 0,
  status_escalated integer NOT NULL DEFAULT 0,
  last_activity timestamptz
);

CREATE TABLE commenter_stats (
  commenter_id bigint PRIMARY KEY REFERENCES commenters (id),
  comments integer NOT NULL DEFAULT 0,
  flagged  integer NOT NULL DEFAULT 0,
  tone_sum double precision NOT NULL DEFAULT 0,
  tone_h0 integer NOT NULL DEFAULT 0, tone_h1 integer NOT NULL DEFAULT 0,
  tone_h2 integer NOT NULL DEFAULT 0, tone_h3 integer NOT NULL DEFAULT 0,
  tone_h4 integer NOT NULL DEFAULT 0, tone_h5 integer NOT NULL DEFAULT 0,
  tone_h6 integer NOT NULL DEFAULT 0, tone_h7 integer NOT NULL DEFAULT 0,
  tone_h8 integer NOT NULL DEFAULT 0, tone_h9 integer NOT NULL DEFAULT 0,
  reason_insult          integer NOT NULL DEFAULT 0,
  reason_identity_attack integer NOT NULL DEFAULT 0,
  reason_threat          integer NOT NULL DEFAULT 0,
  reason_profanity       integer NOT NULL DEFAULT 0,
  reason_spam_link       integer NOT NULL DEFAULT 0,
  reason_shouting        integer NOT NULL DEFAULT 0,
  reason_very_negative   integer NOT NULL DEFAULT 0,
  shouting integer NOT NULL DEFAULT 0,
  insults  integer NOT NULL DEFAULT 0,
  status_pending   integer NOT NULL DEFAULT 0,
  status_approved  integer NOT NULL DEFAULT 0,
  status_rejected  integer NOT NULL DEFAULT 0,
  status_escalated integer NOT NULL DEFAULT 0,
  last_activity timestamptz
);

-- Every article and commenter has its stats row from birth, so updates never
-- miss. Statement triggers: a batch creating 1,000 commenters adds their rows
-- in one INSERT … SELECT over the inserted rows.
CREATE FUNCTION vigie_article_stats_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO article_stats (article_id) SELECT id FROM inserted;
  RETURN NULL;
END $$;
CREATE TRIGGER articles_stats_row AFTER INSERT ON articles REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION vigie_article_stats_rows();

CREATE FUNCTION vigie_commenter_stats_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO commenter_stats (commenter_id) SELECT id FROM inserted;
  RETURN NULL;
END $$;
CREATE TRIGGER commenters_stats_row AFTER INSERT ON commenters REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION vigie_commenter_stats_rows();

-- hour: the UTC hour of the comment's time (posted_at, else received_at).
CREATE TABLE article_hourly (
  article_id bigint NOT NULL REFERENCES articles (id),
  hour       timestamptz NOT NULL,
  comments   integer NOT NULL,
  tone_sum   double precision NOT NULL,
  flagged    integer NOT NULL,
  PRIMARY KEY (article_id, hour)
);

-- day: the UTC midnight of the comment's day.
CREATE TABLE commenter_daily (
  commenter_id bigint NOT NULL REFERENCES commenters (id),
  day          timestamptz NOT NULL,
  comments     integer NOT NULL,
  tone_sum     double precision NOT NULL,
  flagged      integer NOT NULL,
  PRIMARY KEY (commenter_id, day)
);
