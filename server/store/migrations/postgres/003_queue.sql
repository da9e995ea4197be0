-- The review queue: indexes for its keyset pages, a flagged-pending counter,
-- and what an undo needs to know in the audit log.

-- One index per (status, sort), so a page of any status under any sort is a
-- range read (forwards or backwards) instead of a sort of every comment with
-- that status. "Time" is when the comment was written, else when Vigie
-- received it; the queries repeat the expression (server/store/postgres/queueSql.ts).
CREATE INDEX comments_status_severity ON comments (status, toxicity, insult, id);
CREATE INDEX comments_status_time ON comments (status, (coalesce(posted_at, received_at)), id);
-- The default queue (flagged and still pending) is a small part of all
-- comments: partial indexes keep it cheap to page and cost nothing for the
-- clean majority at ingestion. The queries spell the predicate the same way.
CREATE INDEX comments_flagged_severity ON comments (toxicity, insult, id) WHERE flagged AND status = 'pending';
CREATE INDEX comments_flagged_time ON comments ((coalesce(posted_at, received_at)), id) WHERE flagged AND status = 'pending';
-- A reason filter (`reasons @> ARRAY['insult']`) finds its comments here;
-- the planner weighs that against walking a queue index, by the statistics.
CREATE INDEX comments_reasons ON comments USING gin (reasons);

-- Counters over all comments that article_stats cannot give by summing, kept
-- by triggers so every writer (ingestion, decisions, re-scoring) keeps them
-- right inside its own transaction. Statement triggers over the transition
-- tables: one UPDATE of the counter per statement, not one per row.
CREATE TABLE queue_counters (
  name  text PRIMARY KEY,
  value bigint NOT NULL
);
INSERT INTO queue_counters (name, value)
  SELECT 'flagged_pending', count(*) FROM comments WHERE flagged AND status = 'pending';

CREATE FUNCTION vigie_flagged_pending_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE queue_counters SET value = value + n FROM (SELECT count(*) AS n FROM inserted WHERE flagged AND status = 'pending') x
  WHERE name = 'flagged_pending' AND n <> 0;
  RETURN NULL;
END $$;
CREATE TRIGGER comments_flagged_pending_insert AFTER INSERT ON comments REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION vigie_flagged_pending_insert();

CREATE FUNCTION vigie_flagged_pending_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE queue_counters SET value = value - n FROM (SELECT count(*) AS n FROM deleted WHERE flagged AND status = 'pending') x
  WHERE name = 'flagged_pending' AND n <> 0;
  RETURN NULL;
END $$;
CREATE TRIGGER comments_flagged_pending_delete AFTER DELETE ON comments REFERENCING OLD TABLE AS deleted
  FOR EACH STATEMENT EXECUTE FUNCTION vigie_flagged_pending_delete();

CREATE FUNCTION vigie_flagged_pending_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE queue_counters SET value = value + n
  FROM (SELECT sum((new_rows.flagged AND new_rows.status = 'pending')::int - (old_rows.flagged AND old_rows.status = 'pending')::int) AS n
        FROM old_rows JOIN new_rows ON new_rows.id = old_rows.id) x
  WHERE name = 'flagged_pending' AND n <> 0;
  RETURN NULL;
END $$;
CREATE TRIGGER comments_flagged_pending_update AFTER UPDATE ON comments REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION vigie_flagged_pending_update();

-- previous: the status before this line. undoes: on an 'undo' line, the
-- decision it reverted. Adding columns rewrites no row, so the log stays append-only.
ALTER TABLE moderation_actions ADD COLUMN previous text;
ALTER TABLE moderation_actions ADD COLUMN undoes bigint REFERENCES moderation_actions (id);
-- The audit page: newest first, optionally one moderator's lines.
CREATE INDEX moderation_actions_at ON moderation_actions (at, id);
CREATE INDEX moderation_actions_actor ON moderation_actions (actor, at, id);
