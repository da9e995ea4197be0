-- Insights: commenters' notes and watch flag, and what the commenters,
-- articles and overview pages read without scanning comments.

-- Moderators' notes on a commenter: append-only, like the audit log.
CREATE TABLE commenter_notes (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  commenter_id bigint NOT NULL REFERENCES commenters (id),
  author       text NOT NULL,
  text         text NOT NULL,
  at           timestamptz NOT NULL
);
CREATE INDEX commenter_notes_commenter ON commenter_notes (commenter_id, id);
CREATE TRIGGER commenter_notes_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON commenter_notes
  FOR EACH STATEMENT EXECUTE FUNCTION vigie_append_only();

-- The watch flag, with who last set or cleared it; no row = never watched.
CREATE TABLE commenter_watch (
  commenter_id bigint PRIMARY KEY REFERENCES commenters (id),
  watched      boolean NOT NULL,
  changed_by   text NOT NULL,
  changed_at   timestamptz NOT NULL
);
CREATE INDEX commenter_watch_watched ON commenter_watch (commenter_id) WHERE watched;

-- Sorting the articles list walks one of these indexes instead of sorting
-- every stats row; the expressions are written exactly so in the queries
-- (server/store/postgres/articles.ts). commenter_stats has none on purpose:
-- a batch touches up to 1,000 commenters (see migrations/sqlite/004_insights.sql).
CREATE INDEX article_stats_by_activity ON article_stats (last_activity, article_id);
CREATE INDEX article_stats_by_comments ON article_stats (comments, article_id);
CREATE INDEX article_stats_by_flagged_share ON article_stats ((flagged::double precision / comments), article_id) WHERE comments > 0;
CREATE INDEX article_stats_by_tone ON article_stats ((tone_sum / comments), article_id) WHERE comments > 0;

-- The overview reads article hours by time (every article's hours of a day,
-- or of a range for its most heated articles) from this covering index.
CREATE INDEX article_hourly_by_hour ON article_hourly (hour, article_id) INCLUDE (comments, flagged, tone_sum);

-- Per hour of comment time (posted_at, else received_at, as article_hourly):
-- how many of that hour's comments are now approved, rejected or escalated.
-- Pending is the rest of article_hourly's count. Only decisions move these
-- counts, so a trigger keeps them whichever path decides (single, bulk,
-- undo); on the ingest path, where every comment arrives pending, the
-- statement trigger finds nothing to add.
CREATE TABLE status_hourly (
  hour      timestamptz PRIMARY KEY,
  approved  integer NOT NULL DEFAULT 0,
  rejected  integer NOT NULL DEFAULT 0,
  escalated integer NOT NULL DEFAULT 0
);

-- The UTC hour of a comment's time, whatever the session's TimeZone.
CREATE FUNCTION vigie_hour(posted_at timestamptz, received_at timestamptz) RETURNS timestamptz
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT date_trunc('hour', coalesce(posted_at, received_at), 'UTC') $$;

CREATE FUNCTION vigie_status_hourly_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO status_hourly AS s (hour, approved, rejected, escalated)
    SELECT vigie_hour(posted_at, received_at) AS h, count(*) FILTER (WHERE status = 'approved'),
      count(*) FILTER (WHERE status = 'rejected'), count(*) FILTER (WHERE status = 'escalated')
    FROM inserted WHERE status <> 'pending' GROUP BY h
    ON CONFLICT (hour) DO UPDATE SET approved = s.approved + excluded.approved,
      rejected = s.rejected + excluded.rejected, escalated = s.escalated + excluded.escalated;
  RETURN NULL;
END $$;
CREATE TRIGGER comments_status_hourly_insert AFTER INSERT ON comments REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION vigie_status_hourly_insert();

CREATE FUNCTION vigie_status_hourly_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A comment's time never changes; only its status does.
  INSERT INTO status_hourly AS s (hour, approved, rejected, escalated)
    SELECT vigie_hour(new_rows.posted_at, new_rows.received_at) AS h,
      sum((new_rows.status = 'approved')::int - (old_rows.status = 'approved')::int),
      sum((new_rows.status = 'rejected')::int - (old_rows.status = 'rejected')::int),
      sum((new_rows.status = 'escalated')::int - (old_rows.status = 'escalated')::int)
    FROM old_rows JOIN new_rows ON new_rows.id = old_rows.id
    WHERE new_rows.status IS DISTINCT FROM old_rows.status GROUP BY h
    ON CONFLICT (hour) DO UPDATE SET approved = s.approved + excluded.approved,
      rejected = s.rejected + excluded.rejected, escalated = s.escalated + excluded.escalated;
  RETURN NULL;
END $$;
CREATE TRIGGER comments_status_hourly_update AFTER UPDATE ON comments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vigie_status_hourly_update();

CREATE FUNCTION vigie_status_hourly_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE status_hourly s SET approved = s.approved - d.approved, rejected = s.rejected - d.rejected, escalated = s.escalated - d.escalated
  FROM (SELECT vigie_hour(posted_at, received_at) AS h, count(*) FILTER (WHERE status = 'approved') AS approved,
          count(*) FILTER (WHERE status = 'rejected') AS rejected, count(*) FILTER (WHERE status = 'escalated') AS escalated
        FROM deleted WHERE status <> 'pending' GROUP BY h) d
  WHERE s.hour = d.h;
  RETURN NULL;
END $$;
CREATE TRIGGER comments_status_hourly_delete AFTER DELETE ON comments REFERENCING OLD TABLE AS deleted
  FOR EACH STATEMENT EXECUTE FUNCTION vigie_status_hourly_delete();

-- A database that already holds decided comments starts with their counts.
INSERT INTO status_hourly (hour, approved, rejected, escalated)
  SELECT vigie_hour(posted_at, received_at) AS h, count(*) FILTER (WHERE status = 'approved'),
    count(*) FILTER (WHERE status = 'rejected'), count(*) FILTER (WHERE status = 'escalated')
  FROM comments WHERE status <> 'pending' GROUP BY h;

-- Where the re-score after a rules save stands (server/services/rescore.ts):
-- one row, moved after each batch, so a restart resumes a re-score cut short
-- instead of leaving comments scored with two versions of the rules.
CREATE TABLE rescore_state (
  id       integer PRIMARY KEY CHECK (id = 1),
  version  integer NOT NULL,
  after_id bigint NOT NULL,
  done     integer NOT NULL,
  finished boolean NOT NULL
);
