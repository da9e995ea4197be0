/**
 * The PostgreSQL store (DATABASE_URL): the same Store as sqlite.ts over a
 * `pg` pool, for several Vigie instances sharing one database. The schema
 * lives in the connection's current schema (`public` unless the URL sets a
 * search_path, e.g. `?options=-c%20search_path%3Dvigie`), migrated at open.
 * Writes go through one advisory lock per schema (postgres/db.ts), reads run
 * in parallel on the pool's connections.
 */
import type pg from 'pg';
import { hashApiKey, newApiKey } from './apiKeys.js';
import { commenterKey, type Store } from './store.js';
import { createPool, row, type PoolOptions } from './postgres/db.js';
import { migratePostgres } from './postgres/migrate.js';
import { prepareAccounts } from './postgres/accounts.js';
import { actionsAfter, latestActionId } from './postgres/actionReplay.js';
import { prepareArticles } from './postgres/articles.js';
import { listAudit } from './postgres/audit.js';
import { prepareCommenters } from './postgres/commenters.js';
import { prepareIngest } from './postgres/ingest.js';
import { prepareModeration } from './postgres/moderation.js';
import { prepareOverview } from './postgres/overview.js';
import { prepareQueue } from './postgres/queue.js';
import { commentListings, commentsAfter, latestCommentId } from './postgres/replay.js';
import { prepareRescore } from './postgres/rescore.js';
import { prepareLeases } from './postgres/leases.js';
import { prepareRulesTable } from './postgres/rules.js';
import { commentColumns } from './postgres/rows.js';
import { toArticle, toCommenter, toStoredComment } from './rowMapping.js';
import { articleStats, commenterStats } from './postgres/stats.js';

/** Connects, migrates and returns the store; rejects (and closes the pool) when the database cannot be reached or migrated. */
export async function openPostgresStore(url: string, options: PoolOptions = {}): Promise<Store> {
  const pool = createPool(url, options);
  try {
    await migratePostgres(pool);
    return await postgresStore(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
}

async function postgresStore(pool: pg.Pool): Promise<Store> {
  const ingest = prepareIngest(pool);
  const moderation = prepareModeration(pool);
  const queue = prepareQueue(pool);
  const accounts = prepareAccounts(pool);
  const rules = await prepareRulesTable(pool);
  const commenters = prepareCommenters(pool);
  const articles = prepareArticles(pool);
  const overview = prepareOverview(pool);
  const rescore = prepareRescore(pool);
  const leases = prepareLeases(pool);
  const one = <R, T>(sql: string, values: unknown[], map: (r: R) => T) => row<R>(pool, sql, values).then((r) => (r === null ? null : map(r)));
  let closed: Promise<void> | null = null;

  return {
    ingest: (source, items) => ingest.ingest(source, items),
    upsertArticle: (source, article) => ingest.upsertArticle(source, article),
    getComment: (id) => one(`SELECT ${commentColumns()} FROM comments c WHERE id = $1`, [id], toStoredComment),
    getArticle: (id) => one('SELECT * FROM articles WHERE id = $1', [id], toArticle),
    findArticle: (source, externalId) => one('SELECT * FROM articles WHERE source = $1 AND external_id = $2', [source, externalId], toArticle),
    getCommenter: (id) => one('SELECT * FROM commenters WHERE id = $1', [id], toCommenter),
    findCommenter: (displayName) => one('SELECT * FROM commenters WHERE key = $1', [commenterKey(displayName)], toCommenter),
    articleStats: (id) => articleStats(pool, id),
    commenterStats: (id) => commenterStats(pool, id),
    // Comments are summed from article_stats (one row per article) rather than counted row by row.
    counts: async () =>
      (await row<{ articles: number; comments: number; commenters: number }>(
        pool,
        `SELECT (SELECT count(*) FROM articles) AS articles, (SELECT coalesce(sum(comments), 0) FROM article_stats) AS comments,
           (SELECT count(*) FROM commenters) AS commenters`,
      ))!,
    setStatus: (...args) => moderation.setStatus(...args),
    setStatuses: (...args) => moderation.setStatuses(...args),
    undoLastDecision: (...args) => moderation.undoLastDecision(...args),
    listComments: (filter) => queue.listComments(filter),
    queueCounts: () => queue.queueCounts(),
    commentDetail: (id) => queue.commentDetail(id),
    listAudit: (filter) => listAudit(pool, filter),
    async createApiKey(source) {
      const key = newApiKey();
      await pool.query('INSERT INTO api_keys (source, key_hash, created_at) VALUES ($1, $2, $3)', [source, hashApiKey(key), new Date().toISOString()]);
      return key;
    },
    verifyApiKey: async (key) => (await row<{ source: string }>(pool, 'SELECT source FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL', [hashApiKey(key)]))?.source ?? null,
    currentRules: () => rules.current(),
    saveRules: (next, savedBy) => rules.save(next, savedBy),
    createUser: (user) => accounts.createUser(user),
    findUserByName: (username) => accounts.findUserByName(username),
    getUser: (id) => accounts.getUser(id),
    countUsers: () => accounts.countUsers(),
    listUsers: () => accounts.listUsers(),
    createSession: (tokenHash, userId, expiresAt) => accounts.createSession(tokenHash, userId, expiresAt),
    sessionUser: (tokenHash) => accounts.sessionUser(tokenHash),
    deleteSession: (tokenHash) => accounts.deleteSession(tokenHash),
    deleteSessionsOfUser: (userId) => accounts.deleteSessionsOfUser(userId),
    latestCommentId: () => latestCommentId(pool),
    commentsAfter: (filter, afterId, upTo, limit) => commentsAfter(pool, filter, afterId, upTo, limit),
    commentListings: (ids) => commentListings(pool, ids),
    latestActionId: () => latestActionId(pool),
    actionsAfter: (filter, afterId, upTo, limit) => actionsAfter(pool, filter, afterId, upTo, limit),
    listCommenters: (query) => commenters.list(query),
    commenterDetail: (id, drift) => commenters.detail(id, drift),
    addNote: (...args) => commenters.addNote(...args),
    setWatch: (...args) => commenters.setWatch(...args),
    listArticles: (query) => articles.list(query),
    articleDetailStats: (id) => articles.detailStats(id),
    overview: (query) => overview.overview(query),
    rescorePage: (afterId, limit) => rescore.page(afterId, limit),
    applyRescore: (version, items) => rescore.apply(version, items),
    latestFlags: (limit) => rescore.latest(limit),
    rescoreState: () => rescore.state(),
    saveRescoreState: (state) => rescore.saveState(state),
    acquireLease: (name, holder, ms) => leases.acquire(name, holder, ms),
    renewLease: (name, holder, ms) => leases.renew(name, holder, ms),
    releaseLease: (name, holder) => leases.release(name, holder),
    // Waits for the queries under way, then closes every connection; closing twice is harmless.
    close: () => (closed ??= pool.end()),
  };
}
