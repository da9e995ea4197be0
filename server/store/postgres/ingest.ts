/**
 * Storing comments in PostgreSQL: a whole batch in one write transaction
 * (db.ts), set-based — the batch's repeats found in one query, its articles
 * and commenters created or widened a statement each, its comments inserted
 * in one INSERT … SELECT over a JSON document, in input order so their ids
 * follow it — and the aggregates summed in memory and applied before commit.
 * What each comment changes is exactly what the SQLite store's
 * comment-by-comment loop changes (../sqlite/ingest.ts).
 */
import type pg from 'pg';
import { AggregateBatch } from '../aggregates.js';
import { dedupKey } from '../dedupKey.js';
import type { ArticleRow } from '../rowMapping.js';
import { commenterKey, type ArticleFields, type IngestOutcome, type ScoredInput } from '../store.js';
import { rows, writeTransaction, type Db } from './db.js';
import { SCORE_COLUMN_TYPES, scoreColumns } from './rows.js';
import { applyAggregates } from './stats.js';

type ArticleValues = Pick<ArticleRow, 'title' | 'url' | 'section' | 'published_at'>;
const ARTICLE_FIELDS = ['title', 'url', 'section', 'published_at'] as const;

interface Known {
  id: number;
  created: boolean;
}

const COLUMN_TYPES: Record<string, string> = {
  article_id: 'bigint',
  commenter_id: 'bigint',
  source: 'text',
  external_id: 'text',
  dedup_key: 'text',
  text: 'text',
  posted_at: 'timestamptz',
  received_at: 'timestamptz',
  rules_version: 'integer',
  ...SCORE_COLUMN_TYPES,
};
const COLUMNS = Object.keys(COLUMN_TYPES);

const SQL = {
  // One probe of a unique index per identity, whatever the planner knows of the table: a LATERAL
  // subquery with a LIMIT is not flattened into a join it could choose to run as a scan of every
  // comment of the source (as it did, without statistics, at a few hundred thousand comments).
  existing: `SELECT c.* FROM unnest($2::text[]) AS k(v) CROSS JOIN LATERAL (
      SELECT id, article_id, commenter_id, external_id, dedup_key FROM comments
      WHERE source = $1 AND external_id = k.v AND external_id IS NOT NULL LIMIT 1) c
    UNION ALL SELECT c.* FROM unnest($3::text[]) AS k(v) CROSS JOIN LATERAL (
      SELECT id, article_id, commenter_id, external_id, dedup_key FROM comments
      WHERE dedup_key = k.v AND dedup_key IS NOT NULL LIMIT 1) c`,
  articles: 'SELECT id, external_id, title, url, section, published_at FROM articles WHERE source = $1 AND external_id = ANY($2::text[])',
  // ORDER BY n, the position in the batch: identities are drawn in that order, as one insert after another would.
  insertArticles: `INSERT INTO articles (source, external_id, title, url, section, published_at)
    SELECT $1, v.external_id, v.title, v.url, v.section, v.published_at
    FROM json_to_recordset($2::json) AS v(n integer, external_id text, title text, url text, section text, published_at timestamptz)
    ORDER BY v.n RETURNING id, external_id`,
  // Fills what is missing, keeps what is known: a later comment cannot rename an article.
  fillArticles: `UPDATE articles a SET title = coalesce(a.title, v.title), url = coalesce(a.url, v.url), section = coalesce(a.section, v.section),
      published_at = coalesce(a.published_at, v.published_at)
    FROM json_to_recordset($1::json) AS v(id bigint, title text, url text, section text, published_at timestamptz) WHERE a.id = v.id`,
  commenters: 'SELECT id, key, first_seen, last_seen FROM commenters WHERE key = ANY($1::text[])',
  insertCommenters: `INSERT INTO commenters (key, display_name, first_seen, last_seen)
    SELECT v.key, v.display_name, v.first_seen, v.last_seen
    FROM json_to_recordset($1::json) AS v(n integer, key text, display_name text, first_seen timestamptz, last_seen timestamptz)
    ORDER BY v.n RETURNING id, key`,
  widenCommenters: `UPDATE commenters c SET first_seen = least(c.first_seen, v.first_seen), last_seen = greatest(c.last_seen, v.last_seen)
    FROM json_to_recordset($1::json) AS v(id bigint, first_seen timestamptz, last_seen timestamptz) WHERE c.id = v.id`,
  insertComments: `INSERT INTO comments (${COLUMNS.join(', ')})
    SELECT ${COLUMNS.map((c) => `v.${c}`).join(', ')}
    FROM json_to_recordset($1::json) AS v(n integer, ${COLUMNS.map((c) => `${c} ${COLUMN_TYPES[c]}`).join(', ')})
    ORDER BY v.n RETURNING id`,
};

/** One comment of the batch that is not a repeat, with what it needs stored. */
interface Fresh {
  index: number;
  item: ScoredInput;
  dedupKey: string | null;
  /** posted_at, else received_at: the time the aggregates count it at. */
  at: string;
  authorKey: string;
}

interface Existing {
  id: number;
  article_id: number;
  commenter_id: number;
  external_id: string | null;
  dedup_key: string | null;
}

const identityOf = (externalId: string | null | undefined, key: string | null) => (key === null ? `e ${externalId}` : `k ${key}`);

/**
 * The batch's articles, created or filled: for each, the first value the batch gives for every
 * field a stored article lacks — what filling comment by comment leaves.
 */
async function upsertArticles(db: Db, source: string, wanted: Map<string, ArticleValues>): Promise<Map<string, Known>> {
  const stored = await rows<ArticleRow>(db, SQL.articles, [source, [...wanted.keys()]]);
  const known = new Map<string, Known>(stored.map((a) => [a.external_id, { id: a.id, created: false }]));
  const fills = stored
    .map((a) => ({ id: a.id, ...wanted.get(a.external_id)! }))
    .filter((v) => ARTICLE_FIELDS.some((f) => v[f] !== null && stored.find((a) => a.id === v.id)![f] === null));
  if (fills.length) await db.query(SQL.fillArticles, [JSON.stringify(fills)]);
  const missing = [...wanted].filter(([externalId]) => !known.has(externalId)).map(([externalId, v], n) => ({ n, external_id: externalId, ...v }));
  if (missing.length) {
    for (const a of await rows<{ id: number; external_id: string }>(db, SQL.insertArticles, [source, JSON.stringify(missing)])) {
      known.set(a.external_id, { id: a.id, created: true });
    }
  }
  return known;
}

interface Seen {
  displayName: string;
  first: string;
  last: string;
}

/** The batch's commenters, created (named as their first comment signs) or their first and last seen widened. */
async function upsertCommenters(db: Db, wanted: Map<string, Seen>): Promise<Map<string, Known>> {
  const stored = await rows<{ id: number; key: string; first_seen: string; last_seen: string }>(db, SQL.commenters, [[...wanted.keys()]]);
  const known = new Map<string, Known>(stored.map((c) => [c.key, { id: c.id, created: false }]));
  const widen = stored
    .map((c) => ({ c, seen: wanted.get(c.key)! }))
    .filter(({ c, seen }) => seen.first < c.first_seen || seen.last > c.last_seen)
    .map(({ c, seen }) => ({ id: c.id, first_seen: seen.first, last_seen: seen.last }));
  if (widen.length) await db.query(SQL.widenCommenters, [JSON.stringify(widen)]);
  const missing = [...wanted]
    .filter(([key]) => !known.has(key))
    .map(([key, s], n) => ({ n, key, display_name: s.displayName, first_seen: s.first, last_seen: s.last }));
  if (missing.length) {
    for (const c of await rows<{ id: number; key: string }>(db, SQL.insertCommenters, [JSON.stringify(missing)])) known.set(c.key, { id: c.id, created: true });
  }
  return known;
}

async function ingestBatch(db: Db, source: string, items: readonly ScoredInput[]): Promise<IngestOutcome[]> {
  const keys = items.map(({ input }) => (input.external_id === undefined ? dedupKey(source, input) : null));
  const externalIds = items.flatMap(({ input }) => (input.external_id === undefined ? [] : [input.external_id]));
  const stored = new Map(
    (await rows<Existing>(db, SQL.existing, [source, externalIds, keys.filter((k) => k !== null)])).map((e) => [identityOf(e.external_id, e.dedup_key), e]),
  );

  // Which comments are new, in order; a repeat within the batch is the first of its identity.
  const fresh: Fresh[] = [];
  const firstOfIdentity = new Map<string, Fresh>();
  const repeats = new Map<number, Fresh>();
  for (const [index, item] of items.entries()) {
    const identity = identityOf(item.input.external_id, keys[index]!);
    if (stored.has(identity)) continue;
    const first = firstOfIdentity.get(identity);
    if (first) {
      repeats.set(index, first);
      continue;
    }
    const entry: Fresh = { index, item, dedupKey: keys[index]!, at: item.input.posted_at ?? item.receivedAt, authorKey: commenterKey(item.input.author) };
    firstOfIdentity.set(identity, entry);
    fresh.push(entry);
  }

  const wantedArticles = new Map<string, ArticleValues>();
  const wantedCommenters = new Map<string, Seen>();
  for (const { item, at, authorKey } of fresh) {
    const a = item.input.article;
    const given: ArticleValues = { title: a.title ?? null, url: a.url ?? null, section: a.section ?? null, published_at: a.published_at ?? null };
    const article = wantedArticles.get(a.id);
    if (!article) wantedArticles.set(a.id, given);
    else for (const f of ARTICLE_FIELDS) article[f] ??= given[f];
    const seen = wantedCommenters.get(authorKey);
    if (!seen) wantedCommenters.set(authorKey, { displayName: item.input.author, first: at, last: at });
    else (seen.first = at < seen.first ? at : seen.first), (seen.last = at > seen.last ? at : seen.last);
  }
  const articles = fresh.length ? await upsertArticles(db, source, wantedArticles) : new Map<string, Known>();
  const commenters = fresh.length ? await upsertCommenters(db, wantedCommenters) : new Map<string, Known>();

  const values = fresh.map(({ item, dedupKey: key }, n) => ({
    n,
    article_id: articles.get(item.input.article.id)!.id,
    commenter_id: commenters.get(commenterKey(item.input.author))!.id,
    source,
    external_id: item.input.external_id ?? null,
    dedup_key: key,
    text: item.input.text,
    posted_at: item.input.posted_at ?? null,
    received_at: item.receivedAt,
    rules_version: item.rulesVersion,
    ...scoreColumns(item.score),
  }));
  // JSON.stringify writes NaN as null, which the NOT NULL columns refuse: a score PostgreSQL cannot store fails the batch.
  const ids = fresh.length ? (await rows<{ id: number }>(db, SQL.insertComments, [JSON.stringify(values)])).map((r) => r.id) : [];

  const aggregates = new AggregateBatch();
  const outcomes: IngestOutcome[] = new Array(items.length);
  // Only a new article's or commenter's first comment reports it as new.
  const announced = new Set<string>();
  const firstTime = (key: string, created: boolean) => {
    if (!created || announced.has(key)) return false;
    announced.add(key);
    return true;
  };
  fresh.forEach((f, i) => {
    const article = articles.get(f.item.input.article.id)!;
    const commenter = commenters.get(f.authorKey)!;
    aggregates.add(article.id, commenter.id, f.item.score, f.at);
    outcomes[f.index] = {
      id: ids[i]!,
      duplicate: false,
      articleId: article.id,
      commenterId: commenter.id,
      newArticle: firstTime(`article ${f.item.input.article.id}`, article.created),
      newCommenter: firstTime(`commenter ${f.authorKey}`, commenter.created),
    };
  });
  for (const [index, item] of items.entries()) {
    if (outcomes[index]) continue;
    const first = repeats.get(index);
    const of = first ? outcomes[first.index]! : null;
    const e = of ? { id: of.id, article_id: of.articleId, commenter_id: of.commenterId } : stored.get(identityOf(item.input.external_id, keys[index]!))!;
    outcomes[index] = { id: e.id, duplicate: true, articleId: e.article_id, commenterId: e.commenter_id, newArticle: false, newCommenter: false };
  }
  await applyAggregates(db, aggregates);
  return outcomes;
}

export interface IngestTables {
  ingest(source: string, items: readonly ScoredInput[]): Promise<IngestOutcome[]>;
  upsertArticle(source: string, article: ArticleFields): Promise<{ id: number; created: boolean }>;
}

export function prepareIngest(pool: pg.Pool): IngestTables {
  return {
    ingest: async (source, items) => (items.length ? writeTransaction(pool, (db) => ingestBatch(db, source, items)) : []),
    upsertArticle: (source, a) =>
      writeTransaction(pool, async (db) => {
        const values: ArticleValues = { title: a.title ?? null, url: a.url ?? null, section: a.section ?? null, published_at: a.publishedAt ?? null };
        return (await upsertArticles(db, source, new Map([[a.externalId, values]]))).get(a.externalId)!;
      }),
  };
}
