/** The import service over a real store (SQLite and PostgreSQL) and real files. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ImportAbortedError, importFiles } from '../../server/import/importFiles.js';
import { expandPaths } from '../../server/import/paths.js';
import type { Store } from '../../server/store/store.js';
import { SEEDS_DIR } from '../support/seeds.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';

describeEachStore('importing files', (kind) => {
  let t: TempStore;
  beforeEach(async () => {
    t = await openTempStore(kind);
  });
  afterEach(() => t.close());

  async function importPaths(paths: string[], store: Store = t.store, batchSize?: number) {
    const { files } = await expandPaths(paths);
    return importFiles({ store }, { files, source: 'import', batchSize });
  }

  describe('the seed pages', () => {
    test('5 articles (3 with comments), 16 comments, 5 commenters', async () => {
      const report = await importPaths([SEEDS_DIR]);
      expect(report).toMatchObject({
        files: 5,
        articles: { new: 5, existing: 0 },
        comments: { new: 16, duplicate: 0 },
        commenters: 5,
        newCommenters: 5,
        errors: [],
      });
      expect(await t.store.counts()).toEqual({ articles: 5, comments: 16, commenters: 5 });

      const perCommenter: Record<string, number> = {};
      for (const name of ['FAKHOURI', 'LA LIBRE EXPRESSION', 'FRIK-A-FRAK', 'ANTOINE-SERGE KARAMAOUN', 'M.V.']) {
        const commenter = await t.store.findCommenter(name);
        expect(commenter, name).not.toBeNull();
        perCommenter[name] = (await t.store.commenterStats(commenter!.id)).comments;
      }
      expect(perCommenter).toEqual({ FAKHOURI: 5, 'LA LIBRE EXPRESSION': 4, 'FRIK-A-FRAK': 4, 'ANTOINE-SERGE KARAMAOUN': 2, 'M.V.': 1 });

      const commentsPerArticle: Record<string, number> = {};
      for (const id of ['000_e75a08747d6a9f21', '001_4a6b0ee70638406d', '002_2c733891f9fe3bf4', '003_9eecf87ea6d635ab', '004_8c9587fee2a1cf91']) {
        const article = await t.store.findArticle('import', id);
        expect(article, id).not.toBeNull();
        commentsPerArticle[id] = (await t.store.articleStats(article!.id)).comments;
      }
      expect(commentsPerArticle).toEqual({
        '000_e75a08747d6a9f21': 9,
        '001_4a6b0ee70638406d': 5,
        '002_2c733891f9fe3bf4': 0,
        '003_9eecf87ea6d635ab': 0,
        '004_8c9587fee2a1cf91': 2,
      });
    });

    test('articles keep their title, section and printed date', async () => {
      await importPaths([SEEDS_DIR]);
      expect(await t.store.findArticle('import', '000_e75a08747d6a9f21')).toMatchObject({
        title: 'La Russie pourrait accepter une coordination de ses frappes avec les États-Unis',
        section: 'À La Une - Syrie',
        publishedAt: null,
      });
      expect(await t.store.findArticle('import', '002_2c733891f9fe3bf4')).toMatchObject({
        title: 'La Russie accentue la pression pour mettre fin à la guerre en Syrie',
        section: null,
        publishedAt: '2015-10-07T00:00:00.000Z',
      });
      expect(await t.store.findArticle('import', '003_9eecf87ea6d635ab')).toMatchObject({
        title: "Assaut terrestre en plus des frappes russes dans l'ouest syrien",
      });
    });

    test('comment times are stored in UTC', async () => {
      await importPaths([SEEDS_DIR]);
      const mv = await t.store.findCommenter('M.V.');
      // "11 h 16, le 07 octobre 2015" in Beirut, summer time (UTC+3).
      expect(mv).toMatchObject({ firstSeen: '2015-10-07T08:16:00.000Z', lastSeen: '2015-10-07T08:16:00.000Z' });
    });

    test('importing them again adds nothing', async () => {
      await importPaths([SEEDS_DIR]);
      const again = await importPaths([SEEDS_DIR]);
      expect(again).toMatchObject({
        articles: { new: 0, existing: 5 },
        comments: { new: 0, duplicate: 16 },
        commenters: 5,
        newCommenters: 0,
        errors: [],
      });
      expect(await t.store.counts()).toEqual({ articles: 5, comments: 16, commenters: 5 });
    });
  });

  const comment = (n: number, extra: Record<string, unknown> = {}) => ({
    external_id: `c${n}`,
    article: { id: 'a1', title: 'Un article' },
    author: `Lecteur ${n % 3}`,
    text: `Commentaire numéro ${n}, tout à fait courtois.`,
    posted_at: `2016-01-0${1 + (n % 9)}T10:00:00Z`,
    ...extra,
  });

  describe('JSON, NDJSON and CSV files with broken records', () => {
    test('the good records are imported, each broken one listed with its file and line', async () => {
      const json = join(t.dir, 'batch.json');
      writeFileSync(json, JSON.stringify({ comments: [comment(1), { ...comment(2), text: undefined }, comment(3)] }, null, 2));
      const ndjson = join(t.dir, 'stream.ndjson');
      writeFileSync(ndjson, [JSON.stringify(comment(4)), '{"external_id": "c5", "author": ', JSON.stringify(comment(6))].join('\n') + '\n');
      const csv = join(t.dir, 'export.csv');
      writeFileSync(
        csv,
        [
          'external_id,article_id,article_title,author,text,posted_at',
          'c7,a2,Autre article,Lecteur 1,"Bien vu, merci.",2016-02-01T08:00:00Z',
          'c8,a2,Autre article,,Sans auteur,',
          'c9,a2,Autre article,Lecteur 2,Une date,hier',
          'c10,a2,Autre article,Lecteur 2,"Jamais fermé',
          'c11,a2,Autre article,Lecteur 2,Avalé,',
        ].join('\r\n'),
      );

      const report = await importPaths([json, ndjson, csv]);
      expect(report.errors).toEqual([
        { file: json, line: 13, message: 'text: is required' },
        { file: ndjson, line: 2, message: 'not valid JSON: the line ends in the middle of a value (column 33)' },
        { file: csv, line: 3, message: 'author: must not be empty' },
        { file: csv, line: 4, message: 'posted_at: must be an ISO 8601 date, e.g. 2015-10-07T18:21:00Z' },
        { file: csv, line: 5, message: expect.stringMatching(/^a quoted field is never closed/) },
      ]);
      expect(report).toMatchObject({ articles: { new: 2, existing: 0 }, comments: { new: 5, duplicate: 0 }, commenters: 2 });
      expect(await t.store.counts()).toEqual({ articles: 2, comments: 5, commenters: 2 });
      expect(await t.store.findArticle('import', 'a2')).toMatchObject({ title: 'Autre article' });
    });

    test('a broken file is reported and the other files are imported', async () => {
      const bad = join(t.dir, 'bad.json');
      writeFileSync(bad, `[\n${JSON.stringify(comment(1))}\n${JSON.stringify(comment(2))}\n]`);
      const good = join(t.dir, 'good.jsonl');
      writeFileSync(good, JSON.stringify(comment(3)));
      const report = await importPaths([bad, good]);
      expect(report.errors).toEqual([{ file: bad, line: 3, message: 'not valid JSON (column 1): expected "," or "]" after an element, found "{"' }]);
      expect(report.comments).toEqual({ new: 1, duplicate: 0 });
    });

    test('the same comment in two formats is stored once', async () => {
      writeFileSync(join(t.dir, 'a.json'), JSON.stringify([comment(1)]));
      writeFileSync(join(t.dir, 'b.ndjson'), JSON.stringify(comment(1)));
      const report = await importPaths([t.dir]);
      expect(report.comments).toEqual({ new: 1, duplicate: 1 });
    });
  });

  describe('batches', () => {
    test('a batch the store refuses stops the run; it is stored not at all, the batches before it wholly', async () => {
      const file = join(t.dir, 'five.json');
      writeFileSync(file, `[\n${[1, 2, 3, 4, 5].map((n) => JSON.stringify(comment(n))).join(',\n')}\n]`);
      let calls = 0;
      // The second batch reaches the real store with its second comment unscoreable, so the store fails half-way through it.
      const failing: Store = {
        ...t.store,
        ingest: (source, items) => {
          calls++;
          return t.store.ingest(source, calls === 2 ? items.map((item, k) => (k === 1 ? { ...item, score: undefined as never } : item)) : items);
        },
      };
      const error = await importPaths([file], failing, 2).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ImportAbortedError);
      const aborted = error as ImportAbortedError;
      expect(aborted.message).toMatch(new RegExp(`^storing 2 comments \\(${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} lines 4–5\\) failed, none of them was stored`));
      expect([aborted.file, aborted.line]).toEqual([file, 4]);
      expect(aborted.report.comments).toEqual({ new: 2, duplicate: 0 });
      expect((await t.store.counts()).comments).toBe(2);
    });

    test('progress is reported as batches are stored, up to the total of records', async () => {
      const file = join(t.dir, 'many.ndjson');
      writeFileSync(file, Array.from({ length: 25 }, (_, n) => JSON.stringify(comment(n))).join('\n'));
      const seen: [number, number][] = [];
      const { files } = await expandPaths([file]);
      await importFiles({ store: t.store }, { files, source: 'import', batchSize: 10, onProgress: (done, total) => seen.push([done, total]) });
      expect(seen).toEqual([
        [10, 25],
        [20, 25],
        [25, 25],
        [25, 25],
      ]);
    });
  });
});
