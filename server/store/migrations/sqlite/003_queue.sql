-- The review queue: indexes for its keyset pages, a flagged-pending counter,
-- and what an undo needs to know in the audit log.

-- One index per (status, sort), so a page of any status under any sort is a
-- range read instead of a sort of every comment with that status. "Time" is
-- when the comment was written, else when Vigie received it; the expression
-- is repeated verbatim by the queries (server/store/sqlite/queueSql.ts).
CREATE INDEX comments_status_severity ON comments (status, toxicity, insult, id);
CREATE INDEX comments_status_time ON comments (status, coalesce(posted_at, received_at), id);
-- The default queue (flagged and still pending) is a small part of all
-- comments: partial indexes keep it cheap to page and cost nothing for the
-- clean majority at ingestion.
CREATE INDEX comments_flagged_severity ON comments (toxicity, insult, id) WHERE flagged = 1 AND status = 'pending';
CREATE INDEX comments_flagged_time ON comments (coalesce(posted_at, received_at), id) WHERE flagged = 1 AND status = 'pending';

-- One partial index per flag reason, holding only the comments with that
-- reason and every column a page of them is filtered and sorted by: a reason
-- filter reads its index alone and sorts small records (under 10 ms for
-- 100,000 comments) instead of walking the queue's order, where low-toxicity
-- reasons (shouting, links, very negative) sit at the very end.
-- (A new reason in FLAG_REASONS needs its index in a migration.)
CREATE INDEX comments_reason_insult ON comments (status, toxicity, insult, coalesce(posted_at, received_at), flagged) WHERE instr(reasons, '"insult"') > 0;
CREATE INDEX comments_reason_identity_attack ON comments (status, toxicity, insult, coalesce(posted_at, received_at), flagged) WHERE instr(reasons, '"identity_attack"') > 0;
CREATE INDEX comments_reason_threat ON comments (status, toxicity, insult, coalesce(posted_at, received_at), flagged) WHERE instr(reasons, '"threat"') > 0;
CREATE INDEX comments_reason_profanity ON comments (status, toxicity, insult, coalesce(posted_at, received_at), flagged) WHERE instr(reasons, '"profanity"') > 0;
CREATE INDEX comments_reason_spam_link ON comments (status, toxicity, insult, coalesce(posted_at, received_at), flagged) WHERE instr(reasons, '"spam_link"') > 0;
CREATE INDEX comments_reason_shouting ON comments (status, toxicity, insult, coalesce(posted_at, received_at), flagged) WHERE instr(reasons, '"shouting"') > 0;
CREATE INDEX comments_reason_very_negative ON comments (status, toxicity, insult, coalesce(posted_at, received_at), flagged) WHERE instr(reasons, '"very_negative"') > 0;

-- Counters over all comments that article_stats cannot give by summing, kept
-- by triggers so every writer (ingestion, decisions, re-scoring) keeps them
-- right inside its own transaction.
CREATE TABLE queue_counters (
  name  TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO queue_counters (name, value)
  SELECT 'flagged_pending', count(*) FROM comments WHERE flagged = 1 AND status = 'pending';

CREATE TRIGGER comments_flagged_pending_insert AFTER INSERT ON comments
WHEN new.flagged = 1 AND new.status = 'pending' BEGIN
  UPDATE queue_counters SET value = value + 1 WHERE name = 'flagged_pending';
END;
CREATE TRIGGER comments_flagged_pending_delete AFTER DELETE ON comments
WHEN old.flagged = 1 AND old.status = 'pending' BEGIN
  UPDATE queue_counters SET value = value - 1 WHERE name = 'flagged_pending';
END;
CREATE TRIGGER comments_flagged_pending_update AFTER UPDATE OF flagged, status ON comments
WHEN (old.flagged = 1 AND old.status = 'pending') IS NOT (new.flagged = 1 AND new.status = 'pending') BEGIN
  UPDATE queue_counters SET value = value + (CASE WHEN new.flagged = 1 AND new.status = 'pending' THEN 1 ELSE -1 END)
  WHERE name = 'flagged_pending';
END;

-- previous: the status before this line (NULL on lines written before this
-- migration). undoes: on an 'undo' line, the decision it reverted. Adding
-- columns rewrites no row, so the log stays append-only.
ALTER TABLE moderation_actions ADD COLUMN previous TEXT;
ALTER TABLE moderation_actions ADD COLUMN undoes INTEGER REFERENCES moderation_actions (id);
-- The audit page: newest first, optionally one moderator's lines.
CREATE INDEX moderation_actions_at ON moderation_actions (at, id);
CREATE INDEX moderation_actions_actor ON moderation_actions (actor, at, id);
