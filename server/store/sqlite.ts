/**
 * The embedded default store: one SQLite file through better-sqlite3.
 * better-sqlite3 answers synchronously; the Store's promises are for the
 * PostgreSQL store (postgres.ts).
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { hashApiKey, newApiKey } from './apiKeys.js';
import { migrate } from './migrate.js';
import { commenterKey, type Store } from './store.js';
import { prepareAccounts } from './sqlite/accounts.js';
import { prepareIngest } from './sqlite/ingest.js';
import { prepareModeration } from './sqlite/moderation.js';
import { prepareReplay } from './sqlite/replay.js';
import { prepareActionReplay } from './sqlite/actionReplay.js';
import { prepareRulesTable } from './sqlite/rules.js';
import { toArticle, toCommenter, toStoredComment } from './rowMapping.js';
import { prepareStatsTables } from './sqlite/stats.js';
import { prepareArticles } from './sqlite/articles.js';
import { prepareCommenters } from './sqlite/commenters.js';
import { prepareOverview } from './sqlite/overview.js';
import { prepareRescore } from './sqlite/rescore.js';
import { prepareLeases } from './sqlite/leases.js';
import { prepareDecisions } from './sqlite/decisions.js';
import { prepareQueue } from './sqlite/queue.js';

/** Opens the database (creating the file and its folder when missing), configured and migrated. `:memory:` for tests. */
export function openSqliteDatabase(file: string): Database.Database {
  if (file !== ':memory:' && file !== '') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    configure(db);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function openSqliteStore(file: string): Store {
  const db = openSqliteDatabase(file);
  try {
    return sqliteStore(db);
  } catch (error) {
    db.close();
    throw error;
  }
}

function configure(db: Database.Database): void {
  // Readers (dashboards) never block the writer and the writer never blocks them.
  db.pragma('journal_mode = WAL');
  // The promise is "every acknowledged comment survives a SIGKILL". In WAL
  // mode a COMMIT has written the transaction to the WAL file before it
  // returns — into the OS page cache, which outlives the killed process — so
  // NORMAL keeps that promise; only an OS crash or power cut could lose the
  // last commits, which FULL (an fsync per commit) would cost throughput to cover.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // The server and an importer may write at once: wait for the lock rather than fail.
  db.pragma('busy_timeout = 5000');
  // 64 MB of page cache (negative = KiB): the indexes of a million comments stay in memory.
  db.pragma('cache_size = -65536');
  // Checkpoints (WAL copied into the database, with two fsyncs) run inside the
  // commit that crosses the threshold. Every 8,000 pages (~32 MB) instead of
  // the default 1,000, hot pages (aggregate rows, index roots) are copied once
  // for many batches: measured +15–20% ingest throughput.
  db.pragma('wal_autocheckpoint = 8000');
  // …and the WAL file is cut back to 64 MB after a checkpoint if a long reader made it grow.
  db.pragma('journal_size_limit = 67108864');
}

function sqliteStore(db: Database.Database): Store {
  const stats = prepareStatsTables(db);
  const ingest = prepareIngest(db, stats);
  const moderation = prepareModeration(db, stats);
  const rules = prepareRulesTable(db);
  const decisions = prepareDecisions(db, stats, moderation);
  const queue = prepareQueue(db);
  const accounts = prepareAccounts(db);
  const replay = prepareReplay(db);
  const actionReplay = prepareActionReplay(db);
  const commenters = prepareCommenters(db, stats);
  const articles = prepareArticles(db, stats);
  const overview = prepareOverview(db);
  const rescore = prepareRescore(db);
  const leases = prepareLeases(db);
  const q = {
    comment: db.prepare('SELECT * FROM comments WHERE id = ?'),
    article: db.prepare('SELECT * FROM articles WHERE id = ?'),
    articleBySource: db.prepare('SELECT * FROM articles WHERE source = ? AND external_id = ?'),
    commenter: db.prepare('SELECT * FROM commenters WHERE id = ?'),
    commenterByKey: db.prepare('SELECT * FROM commenters WHERE key = ?'),
    // Comments are summed from article_stats (one row per article) rather than counted row by row.
    counts: db.prepare(`SELECT (SELECT count(*) FROM articles) AS articles,
      (SELECT coalesce(sum(comments), 0) FROM article_stats) AS comments,
      (SELECT count(*) FROM commenters) AS commenters`),
    insertKey: db.prepare('INSERT INTO api_keys (source, key_hash, created_at) VALUES (?, ?, ?)'),
    keySource: db.prepare('SELECT source FROM api_keys WHERE key_hash = ? AND revoked_at IS NULL').pluck(),
  };
  // A row, typed by the mapper that reads it, or null when the query found none.
  const maybe = <R, T>(row: unknown, map: (r: R) => T): T | null => (row === undefined ? null : map(row as R));

  return {
    ingest: async (source, items) => ingest.ingest(source, items),
    upsertArticle: async (source, article) => ingest.upsertArticle(source, article),
    getComment: async (id) => maybe(q.comment.get(id), toStoredComment),
    getArticle: async (id) => maybe(q.article.get(id), toArticle),
    findArticle: async (source, externalId) => maybe(q.articleBySource.get(source, externalId), toArticle),
    getCommenter: async (id) => maybe(q.commenter.get(id), toCommenter),
    findCommenter: async (displayName) => maybe(q.commenterByKey.get(commenterKey(displayName)), toCommenter),
    articleStats: async (id) => stats.articleStats(id),
    commenterStats: async (id) => stats.commenterStats(id),
    counts: async () => q.counts.get() as { articles: number; comments: number; commenters: number },
    setStatus: async (...args) => moderation.setStatus(...args),
    setStatuses: async (...args) => decisions.setStatuses(...args),
    undoLastDecision: async (...args) => decisions.undoLastDecision(...args),
    listComments: async (filter) => queue.listComments(filter),
    queueCounts: async () => queue.queueCounts(),
    commentDetail: async (id) => queue.commentDetail(id),
    listAudit: async (filter) => queue.audit.list(filter),
    async createApiKey(source) {
      const key = newApiKey();
      q.insertKey.run(source, hashApiKey(key), new Date().toISOString());
      return key;
    },
    verifyApiKey: async (key) => (q.keySource.get(hashApiKey(key)) as string | undefined) ?? null,
    currentRules: async () => rules.current(),
    saveRules: async (next, savedBy) => rules.save(next, savedBy),
    createUser: async (user) => accounts.createUser(user),
    findUserByName: async (username) => accounts.findUserByName(username),
    getUser: async (id) => accounts.getUser(id),
    countUsers: async () => accounts.countUsers(),
    listUsers: async () => accounts.listUsers(),
    createSession: async (tokenHash, userId, expiresAt) => accounts.createSession(tokenHash, userId, expiresAt),
    sessionUser: async (tokenHash) => accounts.sessionUser(tokenHash),
    deleteSession: async (tokenHash) => accounts.deleteSession(tokenHash),
    deleteSessionsOfUser: async (userId) => accounts.deleteSessionsOfUser(userId),
    latestCommentId: async () => replay.latestCommentId(),
    commentsAfter: async (filter, afterId, upTo, limit) => replay.commentsAfter(filter, afterId, upTo, limit),
    commentListings: async (ids) => replay.commentListings(ids),
    latestActionId: async () => actionReplay.latestActionId(),
    actionsAfter: async (filter, afterId, upTo, limit) => actionReplay.actionsAfter(filter, afterId, upTo, limit),
    listCommenters: async (query) => commenters.list(query),
    commenterDetail: async (id, drift) => commenters.detail(id, drift),
    addNote: async (...args) => commenters.addNote(...args),
    setWatch: async (...args) => commenters.setWatch(...args),
    listArticles: async (query) => articles.list(query),
    articleDetailStats: async (id) => articles.detailStats(id),
    overview: async (query) => overview.overview(query),
    rescorePage: async (afterId, limit) => rescore.page(afterId, limit),
    applyRescore: async (version, items) => rescore.apply(version, items),
    latestFlags: async (limit) => rescore.latest(limit),
    rescoreState: async () => rescore.state(),
    saveRescoreState: async (state) => rescore.saveState(state),
    acquireLease: async (name, holder, ms) => leases.acquire(name, holder, ms),
    renewLease: async (name, holder, ms) => leases.renew(name, holder, ms),
    releaseLease: async (name, holder) => leases.release(name, holder),
    async close() {
      if (!db.open) return;
      // Keeps the query planner's statistics fresh at little cost (SQLite's advice for long-lived connections).
      db.pragma('optimize');
      db.close();
    },
  };
}
