/**
 * Storing comments in SQLite: statements prepared once, a whole batch in one
 * IMMEDIATE transaction (the write lock is taken up front, so a concurrent
 * writer — the importer beside the server — waits on busy_timeout instead of
 * failing half-way), aggregates summed in memory and applied before commit.
 */
import type { Database } from 'better-sqlite3';
import type { CommentInput } from '../../../shared/schemas.js';
import { AggregateBatch } from '../aggregates.js';
import { dedupKey } from '../dedupKey.js';
import type { ArticleRow } from '../rowMapping.js';
import { commenterKey, type ArticleFields, type IngestOutcome, type ScoredInput } from '../store.js';
import { scoreColumns } from './rows.js';
import type { StatsTables } from './stats.js';

export interface IngestTables {
  ingest(source: string, items: readonly ScoredInput[]): IngestOutcome[];
  upsertArticle(source: string, article: ArticleFields): { id: number; created: boolean };
}

type ArticleState = Pick<ArticleRow, 'id' | 'title' | 'url' | 'section' | 'published_at'>;
interface CommenterState {
  id: number;
  first_seen: string;
  last_seen: string;
}
interface ExistingComment {
  id: number;
  article_id: number;
  commenter_id: number;
}

const COMMENT_COLUMNS = [
  'article_id', 'commenter_id', 'source', 'external_id', 'dedup_key', 'text', 'posted_at', 'received_at', 'rules_version',
  'lang', 'lang_confidence', 'tone', 'tone_label', 'shouting', 'shouting_flag', 'insult', 'insult_flag', 'insult_severity',
  'insult_target', 'toxicity', 'toxicity_flag', 'profanity', 'threat', 'identity_attack', 'links', 'flagged', 'reasons',
  'evidence', 'breakdown', 'fingerprint',
];

export function prepareIngest(db: Database, stats: StatsTables): IngestTables {
  const q = {
    byExternalId: db.prepare('SELECT id, article_id, commenter_id FROM comments WHERE source = ? AND external_id = ?'),
    byDedupKey: db.prepare('SELECT id, article_id, commenter_id FROM comments WHERE dedup_key = ?'),
    article: db.prepare('SELECT id, title, url, section, published_at FROM articles WHERE source = ? AND external_id = ?'),
    insertArticle: db.prepare(
      'INSERT INTO articles (source, external_id, title, url, section, published_at) VALUES (@source, @externalId, @title, @url, @section, @published_at)',
    ),
    // Fills what is missing, keeps what is known: a later comment cannot rename an article.
    fillArticle: db.prepare(
      `UPDATE articles SET title = coalesce(title, @title), url = coalesce(url, @url), section = coalesce(section, @section),
         published_at = coalesce(published_at, @published_at) WHERE id = @id`,
    ),
    commenter: db.prepare('SELECT id, first_seen, last_seen FROM commenters WHERE key = ?'),
    insertCommenter: db.prepare('INSERT INTO commenters (key, display_name, first_seen, last_seen) VALUES (?, ?, ?, ?)'),
    widenCommenter: db.prepare('UPDATE commenters SET first_seen = min(first_seen, @at), last_seen = max(last_seen, @at) WHERE id = @id'),
    insertComment: db.prepare(`INSERT INTO comments (${COMMENT_COLUMNS.join(', ')}) VALUES (${COMMENT_COLUMNS.map((c) => `@${c}`).join(', ')})`),
  };

  /** `seen`: the batch's articles so far, so a batch on one article reads it once. */
  function upsertArticle(source: string, a: ArticleFields, seen?: Map<string, ArticleState>): { id: number; created: boolean } {
    const fields = { title: a.title ?? null, url: a.url ?? null, section: a.section ?? null, published_at: a.publishedAt ?? null };
    const known = seen?.get(a.externalId) ?? (q.article.get(source, a.externalId) as ArticleState | undefined);
    if (!known) {
      const id = Number(q.insertArticle.run({ source, externalId: a.externalId, ...fields }).lastInsertRowid);
      seen?.set(a.externalId, { id, ...fields });
      return { id, created: true };
    }
    const fills = (Object.keys(fields) as (keyof typeof fields)[]).filter((f) => known[f] === null && fields[f] !== null);
    if (fills.length) {
      q.fillArticle.run({ id: known.id, ...fields });
      for (const f of fills) known[f] = fields[f];
    }
    seen?.set(a.externalId, known);
    return { id: known.id, created: false };
  }

  function upsertCommenter(displayName: string, at: string, seen: Map<string, CommenterState>): { id: number; created: boolean } {
    const key = commenterKey(displayName);
    const known = seen.get(key) ?? (q.commenter.get(key) as CommenterState | undefined);
    if (!known) {
      const id = Number(q.insertCommenter.run(key, displayName, at, at).lastInsertRowid);
      seen.set(key, { id, first_seen: at, last_seen: at });
      return { id, created: true };
    }
    if (at < known.first_seen || at > known.last_seen) {
      q.widenCommenter.run({ id: known.id, at });
      if (at < known.first_seen) known.first_seen = at;
      if (at > known.last_seen) known.last_seen = at;
    }
    seen.set(key, known);
    return { id: known.id, created: false };
  }

  function findExisting(source: string, input: CommentInput, key: string | null): ExistingComment | undefined {
    return (key === null ? q.byExternalId.get(source, input.external_id) : q.byDedupKey.get(key)) as ExistingComment | undefined;
  }

  const ingestBatch = db.transaction((source: string, items: readonly ScoredInput[]): IngestOutcome[] => {
    const aggregates = new AggregateBatch();
    const articles = new Map<string, ArticleState>();
    const commenters = new Map<string, CommenterState>();
    const outcomes = items.map(({ input, score, rulesVersion, receivedAt }): IngestOutcome => {
      const key = input.external_id === undefined ? dedupKey(source, input) : null;
      // Looked up before anything is written: a repeat changes nothing, not even its article's missing title.
      const existing = findExisting(source, input, key);
      if (existing) {
        return { id: existing.id, duplicate: true, articleId: existing.article_id, commenterId: existing.commenter_id, newArticle: false, newCommenter: false };
      }
      const at = input.posted_at ?? receivedAt;
      const { article: a } = input;
      const article = upsertArticle(source, { externalId: a.id, title: a.title, url: a.url, section: a.section, publishedAt: a.published_at }, articles);
      const commenter = upsertCommenter(input.author, at, commenters);
      const { lastInsertRowid } = q.insertComment.run({
        article_id: article.id,
        commenter_id: commenter.id,
        source,
        external_id: input.external_id ?? null,
        dedup_key: key,
        text: input.text,
        posted_at: input.posted_at ?? null,
        received_at: receivedAt,
        rules_version: rulesVersion,
        ...scoreColumns(score),
      });
      aggregates.add(article.id, commenter.id, score, at);
      return { id: Number(lastInsertRowid), duplicate: false, articleId: article.id, commenterId: commenter.id, newArticle: article.created, newCommenter: commenter.created };
    });
    stats.apply(aggregates);
    return outcomes;
  });
  const upsertOne = db.transaction((source: string, article: ArticleFields) => upsertArticle(source, article));

  return {
    ingest: (source, items) => (items.length ? ingestBatch.immediate(source, items) : []),
    upsertArticle: (source, article) => upsertOne.immediate(source, article),
  };
}
