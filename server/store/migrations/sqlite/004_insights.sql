-- Insights: commenters' notes and watch flag, and what the commenters,
-- articles and overview pages read without scanning comments.

-- Moderators' notes on a commenter: append-only, like the audit log.
CREATE TABLE commenter_notes (
  id           INTEGER PRIMARY KEY,
  commenter_id INTEGER NOT NULL REFERENCES commenters (id),
  author       TEXT NOT NULL,
  text         TEXT NOT NULL,
  at           TEXT NOT NULL
);
CREATE INDEX commenter_notes_commenter ON commenter_notes (commenter_id, id);
CREATE TRIGGER commenter_notes_no_update BEFORE UPDATE ON commenter_notes BEGIN
  SELECT RAISE (ABORT, 'commenter_notes is append-only');
END;
CREATE TRIGGER commenter_notes_no_delete BEFORE DELETE ON commenter_notes BEGIN
  SELECT RAISE (ABORT, 'commenter_notes is append-only');
END;

-- The watch flag, with who last set or cleared it; no row = never watched.
CREATE TABLE commenter_watch (
  commenter_id INTEGER PRIMARY KEY REFERENCES commenters (id),
  watched      INTEGER NOT NULL,
  changed_by   TEXT NOT NULL,
  changed_at   TEXT NOT NULL
);
CREATE INDEX commenter_watch_watched ON commenter_watch (commenter_id) WHERE watched = 1;

-- Sorting the articles list walks one of these indexes instead of sorting
-- every stats row. The expressions must be written exactly so in the
-- queries (server/store/sqlite/articles.ts) for SQLite to use them. A batch
-- touches a few articles, so keeping them costs ingestion nothing
-- measurable. commenter_stats has no such indexes on purpose: a batch of
-- 1,000 comments touches up to 1,000 commenters, and four sort indexes
-- moved ingestion from ~90 to ~110 µs of CPU per comment with 100,000+
-- commenters — the commenters list sorts at read time instead
-- (server/store/sqlite/commenters.ts).
CREATE INDEX article_stats_by_activity ON article_stats (last_activity, article_id);
CREATE INDEX article_stats_by_comments ON article_stats (comments, article_id);
CREATE INDEX article_stats_by_flagged_share ON article_stats ((flagged * 1.0 / comments), article_id) WHERE comments > 0;
CREATE INDEX article_stats_by_tone ON article_stats ((tone_sum / comments), article_id) WHERE comments > 0;

-- The overview reads article hours by time (every article's hours of a day,
-- or of a range for its most heated articles) from this covering index.
CREATE INDEX article_hourly_by_hour ON article_hourly (hour, article_id, comments, flagged, tone_sum);

-- Per hour of comment time (posted_at, else received_at, as article_hourly):
-- how many of that hour's comments are now approved, rejected or escalated.
-- Pending is the rest of article_hourly's count. Only decisions move these
-- counts, so a trigger keeps them whichever path decides (single, bulk,
-- undo), and the ingest path — where every comment arrives pending — pays
-- nothing but the trigger's WHEN test.
CREATE TABLE status_hourly (
  hour      TEXT PRIMARY KEY,
  approved  INTEGER NOT NULL DEFAULT 0,
  rejected  INTEGER NOT NULL DEFAULT 0,
  escalated INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TRIGGER comments_status_hourly_insert AFTER INSERT ON comments WHEN new.status <> 'pending' BEGIN
  INSERT INTO status_hourly (hour, approved, rejected, escalated)
    VALUES (substr(coalesce(new.posted_at, new.received_at), 1, 13) || ':00:00.000Z',
      new.status = 'approved', new.status = 'rejected', new.status = 'escalated')
    ON CONFLICT (hour) DO UPDATE SET approved = approved + excluded.approved,
      rejected = rejected + excluded.rejected, escalated = escalated + excluded.escalated;
END;

CREATE TRIGGER comments_status_hourly_update AFTER UPDATE OF status ON comments WHEN old.status IS NOT new.status BEGIN
  INSERT INTO status_hourly (hour, approved, rejected, escalated)
    VALUES (substr(coalesce(new.posted_at, new.received_at), 1, 13) || ':00:00.000Z',
      (new.status = 'approved') - (old.status = 'approved'),
      (new.status = 'rejected') - (old.status = 'rejected'),
      (new.status = 'escalated') - (old.status = 'escalated'))
    ON CONFLICT (hour) DO UPDATE SET approved = approved + excluded.approved,
      rejected = rejected + excluded.rejected, escalated = escalated + excluded.escalated;
END;

CREATE TRIGGER comments_status_hourly_delete AFTER DELETE ON comments WHEN old.status <> 'pending' BEGIN
  UPDATE status_hourly SET approved = approved - (old.status = 'approved'),
    rejected = rejected - (old.status = 'rejected'), escalated = escalated - (old.status = 'escalated')
  WHERE hour = substr(coalesce(old.posted_at, old.received_at), 1, 13) || ':00:00.000Z';
END;

-- A database that already holds decided comments starts with their counts.
INSERT INTO status_hourly (hour, approved, rejected, escalated)
  SELECT substr(coalesce(posted_at, received_at), 1, 13) || ':00:00.000Z' AS h,
    sum(status = 'approved'), sum(status = 'rejected'), sum(status = 'escalated')
  FROM comments WHERE status <> 'pending' GROUP BY h;

-- Where the re-score after a rules save stands (server/services/rescore.ts):
-- one row, moved after each batch, so a restart resumes a re-score cut short
-- instead of leaving comments scored with two versions of the rules.
CREATE TABLE rescore_state (
  id       INTEGER PRIMARY KEY CHECK (id = 1),
  version  INTEGER NOT NULL,
  after_id INTEGER NOT NULL,
  done     INTEGER NOT NULL,
  finished INTEGER NOT NULL
);
