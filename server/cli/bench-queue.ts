/**
 * `npx tsx server/cli/bench-queue.ts [--comments N] [--articles N] [--commenters N] [--ab-comments N] [--db FILE]`
 *
 * The review queue at scale: fills a database through `store.ingest` (the
 * real insert path, triggers and aggregates included) with generated texts
 * scored once and reused, decides a third of the comments, then times what a
 * moderator's screen asks for — queueCounts, the first and a deep page of
 * every status × sort, the filters, full-text search — and the queue's cost
 * at ingestion (the same fill without migration 003's indexes).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_RULES, scoreComment } from '../../shared/scoring/index.js';
import { QUEUE_SORTS, QUEUE_STATUSES } from '../../shared/review.js';
import type { CommentScore } from '../../shared/types.js';
import { createCommentGenerator } from '../demo/generate.js';
import { openSqliteDatabase, openSqliteStore } from '../store/sqlite.js';
import type { QueueFilter, ScoredInput, Store } from '../store/store.js';
import { createRandom, percentiles, timeMs } from './bench/measure.js';

const { values } = parseArgs({
  options: {
    comments: { type: 'string', default: '1000000' },
    articles: { type: 'string', default: '20000' },
    commenters: { type: 'string', default: '50000' },
    'ab-comments': { type: 'string', default: '200000' },
    /** Keep the filled database here, and reuse it when it exists (no A/B then). */
    db: { type: 'string' },
  },
});
const COMMENTS = Number(values.comments);
const ARTICLES = Number(values.articles);
const COMMENTERS = Number(values.commenters);
const AB = Number(values['ab-comments']);
const random = createRandom(1);
const log = (line: string) => process.stderr.write(line + '\n');

const gen = createCommentGenerator({ seed: 1, origin: new Date(), idPrefix: 'q' });
const texts: { text: string; score: CommentScore }[] = [];
for (let i = 0; i < 400; i++) {
  const text = gen.next(new Date()).text;
  texts.push({ text, score: scoreComment(text) });
}

async function fill(store: Store, count: number): Promise<number> {
  const span = 365 * 86_400_000;
  const to = Date.now();
  let ms = 0;
  for (let first = 0; first < count; first += 1000) {
    const items: ScoredInput[] = [];
    for (let i = first; i < Math.min(first + 1000, count); i++) {
      const f = (i + random()) / count;
      const article = Math.min(ARTICLES - 1, Math.floor(f * ARTICLES));
      const { text, score } = texts[Math.floor(random() * texts.length)]!;
      items.push({
        input: { external_id: `q-${i}`, article: { id: `a-${article}`, title: `Article ${article}` }, author: `Lecteur ${Math.floor(random() ** 2 * COMMENTERS)}`, text, posted_at: new Date(to - span + f * span).toISOString() },
        score,
        rulesVersion: DEFAULT_RULES.version,
        receivedAt: new Date().toISOString(),
      });
    }
    ms += await timeMs(() => store.ingest('bench', items));
    if ((first + 1000) % 100_000 === 0) log(`filled ${(first + 1000).toLocaleString('en-US')}`);
  }
  return count / (ms / 1000);
}

async function timed(label: string, runs: number, fn: () => unknown): Promise<void> {
  for (let i = 0; i < 3; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push(await timeMs(fn));
  const p = percentiles(ms);
  console.log(`${label.padEnd(58)} p50 ${p.p50Ms.toFixed(2).padStart(8)} ms   p99 ${p.p99Ms.toFixed(2).padStart(8)} ms`);
}

const dir = mkdtempSync(join(tmpdir(), 'vigie-bench-queue-'));
try {
  // A/B: what the queue's indexes cost the insert path.
  const rates: Record<string, number> = {};
  for (const variant of AB > 0 && !values.db ? ['without', 'with'] : []) {
    const file = join(dir, `ab-${variant}.db`);
    if (variant === 'without') {
      const db = openSqliteDatabase(file);
      for (const i of ['comments_status_severity', 'comments_status_time', 'comments_flagged_severity', 'comments_flagged_time']) db.exec(`DROP INDEX ${i}`);
      db.close();
    }
    const store = openSqliteStore(file);
    rates[variant] = await fill(store, AB);
    await store.close();
  }
  if (rates.with) console.log(`ingest (store.ingest, ${AB.toLocaleString('en-US')} comments): ${Math.round(rates.without!)} /s without the queue indexes, ${Math.round(rates.with!)} /s with`);

  const file = values.db ?? join(dir, 'queue.db');
  const reuse = existsSync(file);
  const store = openSqliteStore(file);
  if (!reuse) {
    const rate = await fill(store, COMMENTS);
    log(`filled ${COMMENTS.toLocaleString('en-US')} at ${Math.round(rate)} /s; deciding a third`);
    for (let first = 1; first <= COMMENTS; first += 1500) {
      const ids = Array.from({ length: 500 }, (_, k) => first + k * 3).filter((id) => id <= COMMENTS);
      await store.setStatuses(ids, random() < 0.8 ? 'approved' : random() < 0.8 ? 'rejected' : 'escalated', 'bench');
    }
  }
  const counts = await store.queueCounts();
  console.log(`${COMMENTS.toLocaleString('en-US')} comments, ${ARTICLES} articles, ${COMMENTERS} commenters:`, JSON.stringify(counts));

  await timed('queueCounts()', 200, () => store.queueCounts());
  const mostActive = (await store.findCommenter('Lecteur 0'))!.id;
  const page = (f: Partial<QueueFilter>) => () => store.listComments({ status: 'flagged', sort: 'severity', limit: 50, ...f });
  for (const status of QUEUE_STATUSES) for (const sort of QUEUE_SORTS) await timed(`first page  status=${status} sort=${sort}`, 50, page({ status, sort }));
  for (const status of ['flagged', 'all'] as const) {
    for (const sort of QUEUE_SORTS) {
      // The cursor of page 20.
      let cursor: string | undefined;
      for (let i = 0; i < 20; i++) cursor = (await store.listComments({ status, sort, limit: 50, cursor })).nextCursor ?? undefined;
      await timed(`page 21     status=${status} sort=${sort}`, 50, page({ status, sort, cursor }));
    }
  }
  // Reasons and words chosen by their frequency in the generated texts (see the counts printed above the timings).
  await timed('status=flagged reason=spam_link (2% of comments)', 50, page({ reason: 'spam_link' }));
  await timed('status=all reason=shouting (4%) sort=severity', 50, page({ status: 'all', reason: 'shouting' }));
  await timed('status=all reason=insult (10%) sort=newest', 50, page({ status: 'all', reason: 'insult', sort: 'newest' }));
  await timed('status=pending lang=en sort=newest', 50, page({ status: 'pending', lang: 'en', sort: 'newest' }));
  await timed('status=all article=<one> sort=severity', 50, page({ status: 'all', articleId: 1 + Math.floor(random() * ARTICLES) }));
  await timed('status=all commenter=<the most active> sort=newest', 50, page({ status: 'all', commenterId: mostActive, sort: 'newest' }));
  for (const [word, share] of [['zzzunknown', '0'], ['honte', '0.75%'], ['http', '4%'], ['merci', '10%'], ['le', '35%']]) {
    await timed(`status=flagged q=${word} (${share}) sort=severity`, 20, page({ q: word }));
    await timed(`status=all q=${word} (${share}) sort=newest`, 20, page({ status: 'all', q: word, sort: 'newest' }));
  }
  await timed('commentDetail(id)', 200, () => store.commentDetail(1 + Math.floor(random() * COMMENTS)));
  await timed('listAudit first page', 50, () => store.listAudit({ limit: 50 }));
  await timed('listAudit actor=bench', 50, () => store.listAudit({ actor: 'bench', limit: 50 }));
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
