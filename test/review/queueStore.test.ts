/** The review queue in each store: filters, sorts, keyset pages, search, counts, detail, bulk and undo. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import Database from 'better-sqlite3';
import { prepareQueue } from '../../server/store/sqlite/queue.js';
import { InvalidCursorError, type QueueFilter, type Store } from '../../server/store/store.js';
import { QUEUE_SORTS, QUEUE_STATUSES, type QueueSort, type QueueStatus } from '../../shared/review.js';
import type { StoredComment } from '../../shared/types.js';
import { scored, type Template } from '../store/factories.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';

const TEMPLATES: Template[] = ['polite', 'insult', 'shouting', 'links', 'veryNegative', 'english', 'threat', 'identity', 'profanity'];
const N = 90;

describeEachStore('the review queue', (kind) => {
  let t: TempStore;
  let store: Store;
  let all: StoredComment[];

  beforeAll(async () => {
    t = await openTempStore(kind);
    store = t.store;
    // Three articles, four commenters, every template; posted times with ties, and some without (received time then counts).
    const items = Array.from({ length: N }, (_, i) =>
      scored(
        {
          external_id: `c-${i}`,
          article: { id: `a-${i % 3}`, title: `Article ${i % 3}` },
          author: `Lecteur ${i % 4}`,
          text: `${i} ${i % 5 === 0 ? 'Le "gouvernement" NEAR la réforme' : 'un commentaire'}`,
          ...(i % 7 === 0 ? {} : { posted_at: new Date(Date.UTC(2024, 2, 1, 0, (i * 37) % 60)).toISOString() }),
        },
        TEMPLATES[i % TEMPLATES.length]!,
      ),
    );
    await store.ingest('site', items);
    await store.setStatuses([2, 3, 4, 11], 'approved', 'alice');
    await store.setStatuses([7, 8], 'rejected', 'bob', 'threat');
    await store.setStatus(16, 'escalated', 'alice');
    all = (await Promise.all(Array.from({ length: N }, (_, i) => store.getComment(i + 1)))).map((c) => c!);
  });
  afterAll(() => t.close());

  /** What a filter should return, computed from the comments themselves. */
  function expected(f: Omit<QueueFilter, 'limit' | 'cursor'>): number[] {
    const time = (c: StoredComment) => c.postedAt ?? c.receivedAt;
    const keep = all.filter(
      (c) =>
        (f.status === 'all' || (f.status === 'flagged' ? c.score.flagged && c.status === 'pending' : c.status === f.status)) &&
        (f.reason === undefined || c.score.reasons.includes(f.reason)) &&
        (f.articleId === undefined || c.articleId === f.articleId) &&
        (f.commenterId === undefined || c.commenterId === f.commenterId) &&
        (f.lang === undefined || c.score.lang === f.lang),
    );
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    const sorts: Record<QueueSort, (a: StoredComment, b: StoredComment) => number> = {
      severity: (a, b) => b.score.toxicity.score - a.score.toxicity.score || b.score.insult.score - a.score.insult.score || b.id - a.id,
      newest: (a, b) => cmp(time(b), time(a)) || b.id - a.id,
      oldest: (a, b) => cmp(time(a), time(b)) || a.id - b.id,
    };
    return keep.sort(sorts[f.sort]).map((c) => c.id);
  }

  /** Every page, following nextCursor to the end. */
  async function walk(f: Omit<QueueFilter, 'limit' | 'cursor'>, limit: number): Promise<number[]> {
    const ids: number[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 1000; pages++) {
      const page = await store.listComments({ ...f, limit, cursor });
      expect(page.items.length).toBeLessThanOrEqual(limit);
      ids.push(...page.items.map((c) => c.id));
      if (page.nextCursor === null) return ids;
      cursor = page.nextCursor;
    }
    throw new Error('the cursor never ended');
  }

  describe('pages', () => {
    const combos = QUEUE_STATUSES.flatMap((status) => QUEUE_SORTS.map((sort) => [status, sort] as [QueueStatus, QueueSort]));
    test.each(combos)('status %s, sort %s: walking every page gives each comment once, in order', async (status, sort) => {
      const want = expected({ status, sort });
      expect(want.length).toBeGreaterThan(0);
      expect(await walk({ status, sort }, 7)).toEqual(want);
      // A page as large as the list ends at once.
      expect((await store.listComments({ status, sort, limit: 200 })).nextCursor).toBeNull();
    });

    test.each([
      ['reason', { reason: 'insult' }],
      ['article', { articleId: 2 }],
      ['commenter', { commenterId: 3 }],
      ['lang', { lang: 'en' }],
      ['article and reason', { articleId: 1, reason: 'very_negative' }],
    ] as const)('filtered by %s, on every status and sort', async (_, filter) => {
      for (const status of QUEUE_STATUSES) {
        for (const sort of QUEUE_SORTS) expect(await walk({ status, sort, ...filter }, 4), `${status} ${sort}`).toEqual(expected({ status, sort, ...filter }));
      }
    });

    test('a comment arriving while a moderator pages is not shown twice and leaves no gap', async () => {
      const f = { status: 'all', sort: 'oldest' } as const;
      const first = await store.listComments({ ...f, limit: 10 });
      const more = await store.ingest('site', [scored({ external_id: 'late', posted_at: '2000-01-01T00:00:00.000Z' })]);
      try {
        const rest = await walk({ ...f }, 10);
        const after = (await store.listComments({ ...f, limit: 200, cursor: first.nextCursor! })).items.map((c) => c.id);
        // The newcomer sorts before the first page, so the pages after it are unchanged.
        expect(after).toEqual(rest.slice(11));
      } finally {
        expect(more[0]!.duplicate).toBe(false);
        all.push((await store.getComment(more[0]!.id))!);
      }
    });

    test('items carry the article title, the author and the scores', async () => {
      const { items } = await store.listComments({ status: 'rejected', sort: 'oldest', limit: 1 });
      expect(items[0]).toMatchObject({ id: 7, articleTitle: 'Article 0', author: 'Lecteur 2', status: 'rejected', score: { reasons: ['threat', 'very_negative'] } });
    });

    test("each item carries its commenter's share of flagged comments, for the card", async () => {
      const { items } = await store.listComments({ status: 'all', sort: 'newest', limit: 50 });
      for (const item of items) {
        const theirs = all.filter((c) => c.commenterId === item.commenterId);
        expect(item.commenterFlaggedRate).toBeCloseTo(theirs.filter((c) => c.score.flagged).length / theirs.length, 10);
      }
    });

    test('a cursor of another sort, or a made-up one, is refused', async () => {
      const { nextCursor } = await store.listComments({ status: 'all', sort: 'severity', limit: 2 });
      await expect(store.listComments({ status: 'all', sort: 'newest', limit: 2, cursor: nextCursor! })).rejects.toBeInstanceOf(InvalidCursorError);
      await expect(store.listComments({ status: 'all', sort: 'newest', limit: 2, cursor: 'bm9wZQ' })).rejects.toBeInstanceOf(InvalidCursorError);
      const forged = Buffer.from(JSON.stringify(['queue:newest', 1, 'x'])).toString('base64url');
      await expect(store.listComments({ status: 'all', sort: 'newest', limit: 2, cursor: forged })).rejects.toBeInstanceOf(InvalidCursorError);
    });
  });

  describe('full-text search', () => {
    const search = async (q: string, status: QueueStatus = 'all') => (await store.listComments({ status, sort: 'oldest', q, limit: 200 })).items.map((c) => c.id);
    /** The comments holding the word, in the order searched (oldest first). */
    const withWord = (status: QueueStatus = 'all') => {
      const ids = new Set(all.filter((c) => c.text.includes('gouvernement')).map((c) => c.id));
      return expected({ status, sort: 'oldest' }).filter((id) => ids.has(id));
    };

    test('finds words without their accents or case, every word required', async () => {
      expect(await search('REFORME gouvernement')).toEqual(withWord());
      expect(await search('gouvernement absent')).toEqual([]);
    });

    test.each([
      ['a quote left open', '"gouvernement'],
      ['FTS operators', 'gouvernement NEAR réforme'],
      ['a column filter and parentheses', 'text:(gouvernement OR'],
      ['a leading minus and a caret', '-gouvernement ^le'],
      ['stray quotes', 'gouv"ernement'],
    ])('%s is read as plain words, never as syntax', async (_, q) => {
      await expect(search(q)).resolves.toBeInstanceOf(Array);
    });

    test('"NEAR" typed by a user is a word to find, not an operator', async () => {
      expect(await search('gouvernement NEAR')).toEqual(withWord());
      expect(await search('"la réforme"')).toEqual(withWord());
      expect(await search('"réforme la"')).toEqual([]);
    });

    test('a trailing star searches a prefix; punctuation alone finds nothing', async () => {
      expect(await search('gouv*')).toEqual(withWord());
      expect(await search('!!! ()')).toEqual([]);
    });

    test('search combines with the status filter and pages', async () => {
      expect(await search('gouvernement', 'flagged')).toEqual(withWord('flagged'));
      expect(withWord('flagged').length).toBeGreaterThan(0);
      const bySeverity = new Set(withWord());
      expect(await walk({ status: 'all', sort: 'severity', q: 'gouvernement' }, 3)).toEqual(expected({ status: 'all', sort: 'severity' }).filter((id) => bySeverity.has(id)));
    });
  });

  // The SQLite store chooses how to read a reason or a search itself (PostgreSQL's planner does, by its statistics).
  describe.runIf(kind.name === 'sqlite')('filters read two ways (SQLite)', () => {
    // A reason or a search matching few comments drives the query (the reason's index, FTS); one matching
    // many is checked along the queue's order. A limit of 0 always takes the second way, 10,000 always
    // the first, 3 either depending on the filter: all must give the same pages.
    test.each<[string, Pick<QueueFilter, 'reason' | 'q'>]>([
      ['reason', { reason: 'threat' }],
      ['rare reason', { reason: 'identity_attack' }],
      ['search', { q: 'gouvernement' }],
      ['search and reason', { q: 'gouvernement', reason: 'insult' }],
    ])('%s: same pages whichever way it is read', async (_, filter) => {
      const db = new Database(t.file, { readonly: true });
      try {
        for (const drive of [0, 3, 10_000]) {
          const queue = prepareQueue(db, drive);
          for (const status of QUEUE_STATUSES) {
            for (const sort of QUEUE_SORTS) {
              const ids: number[] = [];
              let cursor: string | undefined;
              do {
                const page = queue.listComments({ status, sort, limit: 4, cursor, ...filter });
                ids.push(...page.items.map((c) => c.id));
                cursor = page.nextCursor ?? undefined;
              } while (cursor);
              const matching = new Set(all.filter((c) => filter.q === undefined || c.text.includes(filter.q!)).map((c) => c.id));
              expect(ids, `drive ${drive}, ${status}, ${sort}`).toEqual(expected({ status, sort, reason: filter.reason }).filter((id) => matching.has(id)));
            }
          }
        }
      } finally {
        db.close();
      }
    });
  });

  describe('counts', () => {
    test('per status from the aggregates, flagged-pending from its counter, both equal to a count', async () => {
      const counts = await store.queueCounts();
      const byStatus = (s: string) => all.filter((c) => c.status === s).length;
      expect(counts).toEqual({
        flagged: all.filter((c) => c.score.flagged && c.status === 'pending').length,
        pending: byStatus('pending'),
        approved: byStatus('approved'),
        rejected: byStatus('rejected'),
        escalated: byStatus('escalated'),
        all: all.length,
      });
    });
  });

  describe('decisions', () => {
    test('the detail holds evidence, breakdown and every line of history, oldest first', async () => {
      const d = (await store.commentDetail(8))!;
      expect(d).toMatchObject({ id: 8, status: 'rejected', source: 'site', externalId: 'c-7', articleTitle: 'Article 1', articleUrl: null });
      expect(d.score.evidence.length).toBeGreaterThan(0);
      expect(d.score.breakdown.toxicity).toBeInstanceOf(Array);
      expect(d.history).toEqual([{ id: expect.any(Number), commentId: 8, actor: 'bob', action: 'rejected', previous: 'pending', reason: 'threat', note: null, at: expect.any(String), undoes: null }]);
      expect(await store.commentDetail(9999)).toBeNull();
    });

    test('a bulk decision is one transaction over every id; unknown ids come back null', async () => {
      const before = await store.queueCounts();
      const changes = await store.setStatuses([20, 9999, 21], 'rejected', 'carol');
      expect(changes.map((c) => c && [c.commentId, c.previous, c.status])).toEqual([[20, 'pending', 'rejected'], null, [21, 'pending', 'rejected']]);
      const after = await store.queueCounts();
      expect(after.rejected - before.rejected).toBe(2);
      expect(after.pending - before.pending).toBe(-2);
      // Comment 20 is an insult, 21 shouting: both were flagged and leave the flagged queue.
      expect(after.flagged - before.flagged).toBe(-2);
      for (const id of [20, 21]) all[id - 1] = (await store.getComment(id))!;
    });

    test('undo restores the previous status and appends an undo line; it cannot be repeated', async () => {
      const now = new Date(Date.now() - 60_000).toISOString();
      const before = await store.queueCounts();
      const decided = (await store.setStatus(29, 'approved', 'dave'))!;
      const undone = await store.undoLastDecision(29, 'dave', now);
      expect(undone).toEqual({ ok: true, undone: decided.actionId, change: expect.objectContaining({ commentId: 29, previous: 'approved', status: 'pending' }) });
      expect(await store.queueCounts()).toEqual(before);
      const history = (await store.commentDetail(29))!.history;
      expect(history.map((h) => [h.action, h.previous, h.undoes])).toEqual([
        ['approved', 'pending', null],
        ['undo', 'approved', decided.actionId],
      ]);
      expect(await store.undoLastDecision(29, 'dave', now)).toEqual({ ok: false, error: 'nothing_to_undo' });
    });

    test("undo is refused for another moderator's decision, an old one, or an unknown comment", async () => {
      await store.setStatus(30, 'escalated', 'erin');
      expect(await store.undoLastDecision(30, 'dave', new Date(0).toISOString())).toEqual({ ok: false, error: 'not_yours' });
      expect(await store.undoLastDecision(30, 'erin', new Date(Date.now() + 60_000).toISOString())).toEqual({ ok: false, error: 'expired' });
      expect(await store.undoLastDecision(9999, 'erin', new Date(0).toISOString())).toEqual({ ok: false, error: 'not_found' });
      expect(await store.undoLastDecision(31, 'erin', new Date(0).toISOString())).toEqual({ ok: false, error: 'nothing_to_undo' });
      all[29] = (await store.getComment(30))!;
    });

    test('the audit log pages newest first and filters by actor, action and time', async () => {
      const everything: number[] = [];
      let cursor: string | undefined;
      do {
        const page = await store.listAudit({ limit: 3, cursor });
        everything.push(...page.items.map((e) => e.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(everything).toEqual([...everything].sort((a, b) => b - a));
      expect(new Set(everything).size).toBe(everything.length);
      const bob = await store.listAudit({ actor: 'bob', limit: 50 });
      expect(bob.items.map((e) => e.commentId).sort()).toEqual([7, 8]);
      expect((await store.listAudit({ action: 'undo', limit: 50 })).items.map((e) => e.commentId)).toEqual([29]);
      expect((await store.listAudit({ from: new Date(Date.now() + 60_000).toISOString(), limit: 50 })).items).toEqual([]);
      expect((await store.listAudit({ to: '2000-01-01T00:00:00.000Z', limit: 50 })).items).toEqual([]);
    });
  });
});
