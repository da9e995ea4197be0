import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { ScoredInput, Store } from '../../server/store/store.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';
import { RECEIVED_AT, scored, scoreOf } from './factories.js';

describeEachStore('ingestion', (kind) => {
  let t: TempStore;
  let store: Store;
  beforeEach(async () => {
    t = await openTempStore(kind);
    store = t.store;
  });
  afterEach(() => t.close());

  describe('idempotent ingestion', () => {
    const posted = '2015-10-07T18:21:00.000Z';
    test.each<[string, ScoredInput, ScoredInput]>([
      ['the same external id, even with another text', scored({ external_id: 'c-1' }), scored({ external_id: 'c-1', text: 'Autre texte' }, 'insult')],
      [
        'no id, the same article, author, posted_at and text',
        scored({ posted_at: posted }),
        scored({ posted_at: posted }, 'polite', { receivedAt: '2024-03-02T00:00:00.000Z' }),
      ],
      ['no id, the same author written in other capitals and spacing', scored({ author: 'LA LIBRE EXPRESSION' }), scored({ author: 'La Libre  Expression' })],
      ['no id and no posted_at, the same text', scored(), scored()],
    ])('a repeat (%s) is stored once and reported as a duplicate of the first', async (_, first, repeat) => {
      const [a] = await store.ingest('site', [first]);
      const [b] = await store.ingest('site', [repeat]);
      expect(b).toEqual({ id: a!.id, duplicate: true, articleId: a!.articleId, commenterId: a!.commenterId, newArticle: false, newCommenter: false });
      expect((await store.counts()).comments).toBe(1);
      expect((await store.articleStats(a!.articleId)).comments).toBe(1);
    });

    test.each<[string, ScoredInput, ScoredInput]>([
      ['the same external id from another source', scored({ external_id: 'c-1' }), scored({ external_id: 'c-1' })],
    ])('%s is another comment', async (_, first, second) => {
      const [a] = await store.ingest('site', [first]);
      const [b] = await store.ingest('other-site', [second]);
      expect(b!.duplicate).toBe(false);
      expect(b!.id).not.toBe(a!.id);
    });

    test.each<[string, Partial<ScoredInput['input']>]>([
      ['another posted_at', { posted_at: '2015-10-07T18:22:00.000Z' }],
      ['another text', { text: 'Un autre avis.' }],
      ['another author', { author: 'Quelqu’un d’autre' }],
      ['another article', { article: { id: 'article-2' } }],
      ['an external id', { external_id: 'c-9' }],
    ])('a comment without id that differs by %s is stored', async (_, change) => {
      await store.ingest('site', [scored({ posted_at: posted })]);
      const [b] = await store.ingest('site', [scored({ posted_at: posted, ...change })]);
      expect(b!.duplicate).toBe(false);
      expect((await store.counts()).comments).toBe(2);
    });

    test('a repeat within one batch is stored once and both positions carry the same id', async () => {
      const outcomes = await store.ingest('site', [scored({ external_id: 'x' }), scored(), scored({ external_id: 'x' }), scored()]);
      expect(outcomes.map((o) => [o.id, o.duplicate])).toEqual([
        [1, false],
        [2, false],
        [1, true],
        [2, true],
      ]);
      expect((await store.counts()).comments).toBe(2);
    });

    test('a repeat changes nothing: its article keeps a missing title missing', async () => {
      const [a] = await store.ingest('site', [scored({ external_id: 'x' })]);
      await store.ingest('site', [scored({ external_id: 'x', article: { id: 'article-1', title: 'Titre' } })]);
      expect((await store.getArticle(a!.articleId))!.title).toBeNull();
    });
  });

  describe('all or nothing', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    const unserialisable = { ...scoreOf('polite'), evidence: [circular] } as unknown as ScoredInput['score'];
    const notANumber = { ...scoreOf('polite'), tone: { score: Number.NaN, label: 'neutral' } } as ScoredInput['score'];

    test.each([
      ['a score that cannot be serialised', unserialisable],
      ['a tone the database cannot store (NaN: NULL in SQLite, refused by PostgreSQL)', notANumber],
    ])('a batch whose third comment has %s stores nothing of the batch', async (_, badScore) => {
      await store.ingest('site', [scored({ external_id: 'before' })]);
      const batch = [
        scored({ external_id: 'a', article: { id: 'new-article' }, author: 'Nouveau' }),
        scored({ external_id: 'b' }, 'insult'),
        { ...scored({ external_id: 'c' }), score: badScore },
        scored({ external_id: 'd' }),
      ];
      await expect(store.ingest('site', batch)).rejects.toThrow();
      expect(await store.counts()).toEqual({ articles: 1, comments: 1, commenters: 1 });
      expect(await store.findArticle('site', 'new-article')).toBeNull();
      expect(await store.findCommenter('Nouveau')).toBeNull();
      const stats = await store.articleStats(1);
      expect([stats.comments, stats.flagged, stats.hourly.length]).toEqual([1, 0, 1]);
      // The store is still usable, and the refused ids are free to come again.
      const [again] = await store.ingest('site', [scored({ external_id: 'a' })]);
      expect(again!.duplicate).toBe(false);
    });
  });

  describe('articles', () => {
    test('a later comment fills what the article lacked and keeps what it had', async () => {
      await store.ingest('site', [scored({ external_id: '1', article: { id: 'a', title: 'Premier titre' } })]);
      await store.ingest('site', [
        scored({
          external_id: '2',
          article: { id: 'a', title: 'Titre changé', url: 'https://example.com/a', section: 'Liban', published_at: '2015-10-07T06:00:00.000Z' },
        }),
      ]);
      expect(await store.findArticle('site', 'a')).toEqual({
        id: 1,
        source: 'site',
        externalId: 'a',
        title: 'Premier titre',
        url: 'https://example.com/a',
        section: 'Liban',
        publishedAt: '2015-10-07T06:00:00.000Z',
      });
    });

    test('article ids are per source', async () => {
      const [a] = await store.ingest('site', [scored({ external_id: '1' })]);
      const [b] = await store.ingest('other', [scored({ external_id: '1' })]);
      expect(b!.articleId).not.toBe(a!.articleId);
      expect(b!.newArticle).toBe(true);
    });

    test('an article without comments is created once, then filled', async () => {
      expect(await store.upsertArticle('site', { externalId: 'p', title: 'Page sans commentaires' })).toEqual({ id: 1, created: true });
      expect(await store.upsertArticle('site', { externalId: 'p', title: 'Autre', section: 'Monde' })).toEqual({ id: 1, created: false });
      expect(await store.getArticle(1)).toMatchObject({ title: 'Page sans commentaires', section: 'Monde', url: null });
      expect((await store.articleStats(1)).comments).toBe(0);
    });

    test('only the first comment of a new article reports it as new', async () => {
      const outcomes = await store.ingest('site', [scored({ external_id: '1' }), scored({ external_id: '2' })]);
      expect(outcomes.map((o) => o.newArticle)).toEqual([true, false]);
    });
  });

  describe('commenters', () => {
    test('names differing only in capitals and spacing are one commenter, shown as first seen', async () => {
      const outcomes = await store.ingest('site', [
        scored({ external_id: '1', author: 'LA LIBRE EXPRESSION' }),
        scored({ external_id: '2', author: 'La Libre  Expression' }),
      ]);
      expect(outcomes.map((o) => [o.commenterId, o.newCommenter])).toEqual([
        [1, true],
        [1, false],
      ]);
      expect(await store.findCommenter(' la libre expression ')).toMatchObject({ id: 1, key: 'la libre expression', displayName: 'LA LIBRE EXPRESSION' });
      expect((await store.commenterStats(1)).comments).toBe(2);
    });

    test('first and last seen follow posted_at, else received_at, whatever the order of arrival', async () => {
      await store.ingest('site', [scored({ external_id: '1', posted_at: '2015-10-07T18:00:00.000Z' })]);
      await store.ingest('site', [scored({ external_id: '2', posted_at: '2015-10-05T09:00:00.000Z' })]);
      await store.ingest('site', [scored({ external_id: '3' })]);
      expect(await store.getCommenter(1)).toMatchObject({ firstSeen: '2015-10-05T09:00:00.000Z', lastSeen: RECEIVED_AT });
    });
  });

  test('a stored comment reads back with every score as it was given', async () => {
    const item = scored({ external_id: 'x', posted_at: '2015-10-07T18:21:00.000Z' }, 'links', { rulesVersion: 3 });
    const [o] = await store.ingest('site', [item]);
    expect(await store.getComment(o!.id)).toEqual({
      id: o!.id,
      articleId: o!.articleId,
      commenterId: o!.commenterId,
      source: 'site',
      externalId: 'x',
      text: item.input.text,
      postedAt: '2015-10-07T18:21:00.000Z',
      receivedAt: RECEIVED_AT,
      status: 'pending',
      rulesVersion: 3,
      score: item.score,
    });
    expect(await store.getComment(999)).toBeNull();
  });

  test('an empty batch stores nothing and answers no outcomes', async () => {
    expect(await store.ingest('site', [])).toEqual([]);
    expect(await store.counts()).toEqual({ articles: 0, comments: 0, commenters: 0 });
  });
});
