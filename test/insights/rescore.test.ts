/** The background re-score (server/services/rescore.ts) over a real store (SQLite and PostgreSQL), batch by batch. */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { DEFAULT_RULES, scoreComment, type Rules } from '../../shared/scoring/index.js';
import { Bus, type BusEvents } from '../../server/services/bus.js';
import { ingestComments } from '../../server/services/ingest.js';
import { createRescorer } from '../../server/services/rescore.js';
import { migrate, SQLITE_MIGRATIONS_DIR } from '../../server/store/migrate.js';
import { openSqliteStore } from '../../server/store/sqlite.js';
import { prepareIngest } from '../../server/store/sqlite/ingest.js';
import { prepareModeration } from '../../server/store/sqlite/moderation.js';
import { prepareStatsTables } from '../../server/store/sqlite/stats.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';
import { scored, tempDir } from '../store/factories.js';
import { ingestDataset, inputOf, PLAN } from './dataset.js';
import { recountDifferences } from './recount.js';

describeEachStore('re-scoring', (kind) => {
  let temp: TempStore;
  let bus: Bus;
  let events: BusEvents['rules:progress'][];
  let ids: number[];
  beforeEach(async () => {
    temp = await openTempStore(kind);
    bus = new Bus();
    events = [];
    bus.on('rules:progress', (p) => events.push(p));
    ids = await ingestDataset(temp.store);
    await temp.store.setStatus(ids[5]!, 'rejected', 'mod');
    await temp.store.setStatus(ids[10]!, 'escalated', 'mod');
  });
  afterEach(async () => temp.close());

  const withWords = (flag: string[]): Rules => ({ ...DEFAULT_RULES, words: { ...DEFAULT_RULES.words, flag } });

  describe('a re-score', () => {
    test('walks every comment in batches, one progress event each, and ends with finished', async () => {
      const rules = await temp.store.saveRules(withWords(['merci']), 'admin');
      await createRescorer({ store: temp.store, bus, batchSize: 7 }).start(rules);
      const batches = Math.ceil(PLAN.length / 7);
      expect(events).toHaveLength(1 + batches + 1);
      expect(events[0]).toEqual({ version: 2, done: 0, total: PLAN.length, finished: false });
      expect(events[1]).toEqual({ version: 2, done: 7, total: PLAN.length, finished: false });
      expect(events.at(-1)).toEqual({ version: 2, done: PLAN.length, total: PLAN.length, finished: true });
      expect(await recountDifferences(temp)).toEqual([]);
      const flagged = await Promise.all(ids.map(async (id) => (await temp.store.getComment(id))!));
      expect(flagged.filter((c) => c.score.flagged)).toHaveLength(PLAN.filter((p) => p.template !== 'english').length);
      expect(flagged[5]!.status).toBe('rejected');
      expect(flagged[10]!.status).toBe('escalated');
    });

    test('on the worker-pool path too (a scorer given)', async () => {
      const rules = await temp.store.saveRules(withWords(['merci']), 'admin');
      const calls: number[] = [];
      const scorer = async (texts: readonly string[], r: Rules) => (calls.push(texts.length), texts.map((t) => scoreComment(t, { rules: r })));
      await createRescorer({ store: temp.store, bus, scorer, batchSize: 50 }).start(rules);
      expect(calls).toEqual([50, PLAN.length - 50]);
      expect(await recountDifferences(temp)).toEqual([]);
    });

    test('a newer save supersedes: only the newer finishes, and every comment ends with its version', async () => {
      const rescorer = createRescorer({ store: temp.store, bus, batchSize: 5 });
      const v2 = await temp.store.saveRules(withWords(['merci']), 'admin');
      const first = rescorer.start(v2);
      await new Promise((resolve) => setImmediate(resolve));
      const v3 = await temp.store.saveRules(withWords(['article']), 'admin');
      await Promise.all([first, rescorer.start(v3)]);
      expect(events.filter((e) => e.finished).map((e) => e.version)).toEqual([3]);
      const versions = new Set(await Promise.all(ids.map(async (id) => (await temp.store.getComment(id))!.rulesVersion)));
      expect(versions).toEqual(new Set([3]));
      expect(await rescorer.progress()).toBeNull();
      expect(await recountDifferences(temp)).toEqual([]);
    });

    test('comments and decisions arriving during the re-score leave the aggregates right', async () => {
      const rules = await temp.store.saveRules(withWords(['merci']), 'admin');
      // Each arrival lets one batch be scored, so batches and arrivals interleave whatever the
      // store's speed, and the walk ends after the last arrival.
      const waiting: (() => void)[] = [];
      let arrived = false;
      const scorer = async (texts: readonly string[], r: Rules) => {
        if (!arrived) await new Promise<void>((resolve) => waiting.push(resolve));
        return texts.map((text) => scoreComment(text, { rules: r }));
      };
      const rescorer = createRescorer({ store: temp.store, bus, scorer, batchSize: 4 });
      const run = rescorer.start(rules);
      for (let i = 0; i < 10; i++) {
        await ingestComments({ store: temp.store }, 'site', [{ ...inputOf(PLAN[i]!, i), external_id: `during-${i}` }]);
        await temp.store.setStatus(ids[20 + i]!, i % 2 ? 'approved' : 'rejected', 'mod');
        waiting.shift()?.();
        await new Promise((resolve) => setImmediate(resolve));
      }
      arrived = true;
      for (const release of waiting) release();
      await run;
      expect(events.at(-1)).toMatchObject({ finished: true, done: PLAN.length + 10, total: PLAN.length + 10 });
      expect(await recountDifferences(temp)).toEqual([]);
    });

    test('a comment scored with the old rules and stored after the save is caught', async () => {
      const stale = scored({ external_id: 'late', article: { id: 'budget' }, author: 'Zoé' }, 'polite', { rulesVersion: 1 });
      const rules = await temp.store.saveRules(withWords(['merci']), 'admin');
      const [late] = await temp.store.ingest('site', [stale]);
      await createRescorer({ store: temp.store, bus }).start(rules);
      expect((await temp.store.getComment(late!.id))!).toMatchObject({ rulesVersion: 2, score: { flagged: true } });
    });

    test('rules that change nothing still move every comment to the new version, and no aggregate', async () => {
      const before = await temp.query('SELECT * FROM article_stats ORDER BY article_id');
      const rules = await temp.store.saveRules(DEFAULT_RULES, 'admin');
      await createRescorer({ store: temp.store, bus }).start(rules);
      expect(await temp.query('SELECT * FROM article_stats ORDER BY article_id')).toEqual(before);
      expect(await temp.query('SELECT DISTINCT rules_version AS v FROM comments')).toEqual([{ v: 2 }]);
    });
  });

  describe('several instances on one database', () => {
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 500 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(check()).toBe(true);
    };
    const counting = (tally: number[]) => async (texts: readonly string[], r: Rules) => {
      tally.push(texts.length);
      await new Promise((resolve) => setImmediate(resolve));
      return texts.map((t) => scoreComment(t, { rules: r }));
    };

    test('two instances resuming the same re-score at start-up: one walks, and each comment is scored once', async () => {
      await temp.store.saveRules(withWords(['merci']), 'admin');
      const a: number[] = [];
      const b: number[] = [];
      await Promise.all([
        createRescorer({ store: temp.store, bus, scorer: counting(a), holder: 'a', batchSize: 10 }).resume(),
        createRescorer({ store: temp.store, bus, scorer: counting(b), holder: 'b', batchSize: 10 }).resume(),
      ]);
      const scored = [a, b].map((calls) => calls.reduce((x, y) => x + y, 0));
      expect(scored.sort((x, y) => x - y)).toEqual([0, PLAN.length]);
      expect(events.filter((e) => e.finished)).toHaveLength(1);
      expect(await recountDifferences(temp)).toEqual([]);
    });

    test('rules saved on one instance while another walks: the walker starts over with them, the saver scores nothing', async () => {
      const v2 = await temp.store.saveRules(withWords(['merci']), 'admin');
      let open!: () => void;
      const gate = new Promise<void>((resolve) => (open = resolve));
      let walking = false;
      const walker = createRescorer({
        store: temp.store,
        bus,
        holder: 'a',
        batchSize: 10,
        scorer: async (texts, r) => {
          walking = true;
          await gate;
          return texts.map((t) => scoreComment(t, { rules: r }));
        },
      });
      void walker.start(v2);
      await until(() => walking);
      const v3 = await temp.store.saveRules(withWords(['article']), 'admin');
      const saverCalls: number[] = [];
      const saver = createRescorer({ store: temp.store, bus, scorer: counting(saverCalls), holder: 'b', batchSize: 10 });
      await saver.start(v3);
      expect(saverCalls).toEqual([]);
      // The saver's dashboard shows the re-score under way, though another instance runs it.
      expect(await saver.progress()).toMatchObject({ version: 3, finished: false });
      open();
      await until(() => events.some((e) => e.finished));
      await walker.stop();
      expect(events.filter((e) => e.finished).map((e) => e.version)).toEqual([3]);
      expect(await temp.query('SELECT DISTINCT rules_version AS v FROM comments')).toEqual([{ v: 3 }]);
      expect(await recountDifferences(temp)).toEqual([]);
      expect(await saver.progress()).toBeNull();
    });

    test('an instance that dies half-way: its lease runs out and another instance’s watch carries the walk on', async () => {
      const rules = await temp.store.saveRules(withWords(['merci']), 'admin');
      let batches = 0;
      const dying = createRescorer({
        store: temp.store,
        bus,
        holder: 'a',
        batchSize: 10,
        leaseMs: 150,
        // Two batches, then it hangs for ever, as a process frozen or killed would.
        scorer: async (texts, r) => (++batches > 2 ? new Promise<never>(() => {}) : texts.map((t) => scoreComment(t, { rules: r }))),
      });
      void dying.start(rules);
      await until(() => events.some((e) => e.done === 20));
      const heir = createRescorer({ store: temp.store, bus, holder: 'b', batchSize: 10 });
      heir.watch(20);
      await until(() => events.some((e) => e.finished));
      await heir.stop();
      // Carried on from where it stood, not from the first comment.
      expect(events.map((e) => e.done).slice(0, 5)).toEqual([0, 10, 20, 20, 30]);
      expect(events.at(-1)).toEqual({ version: 2, done: PLAN.length, total: PLAN.length, finished: true });
      expect(await temp.query('SELECT DISTINCT rules_version AS v FROM comments')).toEqual([{ v: 2 }]);
      expect(await recountDifferences(temp)).toEqual([]);
    });

    test('a walker that wakes after another finished its walk stops: no second walk, no state written back', async () => {
      const rules = await temp.store.saveRules(withWords(['merci']), 'admin');
      let wake!: () => void;
      const woken = new Promise<void>((resolve) => (wake = resolve));
      let batches = 0;
      const paused = createRescorer({
        store: temp.store,
        bus,
        holder: 'a',
        batchSize: 10,
        leaseMs: 150,
        // The third batch stalls past the lease, as a paused process would, then goes on.
        scorer: async (texts, r) => {
          if (++batches === 3) await woken;
          return texts.map((t) => scoreComment(t, { rules: r }));
        },
      });
      const first = paused.start(rules);
      await until(() => events.some((e) => e.done === 20));
      await new Promise((resolve) => setTimeout(resolve, 200));
      await createRescorer({ store: temp.store, bus, holder: 'b', batchSize: 10 }).resume();
      expect(events.at(-1)).toMatchObject({ finished: true, done: PLAN.length });
      const after = events.length;
      wake();
      await first;
      expect(events).toHaveLength(after);
      expect(await temp.store.rescoreState()).toMatchObject({ version: 2, finished: true, done: PLAN.length });
    });

    test('rules saved elsewhere as the walk ends are walked by the walker, without waiting for a watch', async () => {
      const v2 = await temp.store.saveRules(withWords(['merci']), 'admin');
      let saved = false;
      // The save lands in the last moment: after the last batch, as the walker finds no more comments.
      const store = {
        ...temp.store,
        rescorePage: async (afterId: number, limit: number) => {
          const page = await temp.store.rescorePage(afterId, limit);
          if (page.length === 0 && !saved) {
            saved = true;
            const v3 = await temp.store.saveRules(withWords(['article']), 'admin');
            await createRescorer({ store: temp.store, bus, holder: 'b' }).start(v3);
          }
          return page;
        },
      };
      const walker = createRescorer({ store, bus, holder: 'a' });
      await walker.start(v2);
      await until(() => events.some((e) => e.finished));
      await walker.stop();
      expect(events.filter((e) => e.finished).map((e) => e.version)).toEqual([3]);
      expect(await temp.query('SELECT DISTINCT rules_version AS v FROM comments')).toEqual([{ v: 3 }]);
    });

    test('after stop(), a resume that was reading the state starts nothing', async () => {
      await temp.store.saveRules(withWords(['merci']), 'admin');
      const rescorer = createRescorer({ store: temp.store, bus });
      const resumed = rescorer.resume();
      await rescorer.stop();
      await resumed;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(events).toEqual([]);
    });

    test('a batch scored with older rules never replaces scores made with newer ones', async () => {
      const v2 = await temp.store.saveRules(withWords(['merci']), 'admin');
      await createRescorer({ store: temp.store, bus }).start(v2);
      const v3 = await temp.store.saveRules(withWords(['article']), 'admin');
      await createRescorer({ store: temp.store, bus }).start(v3);
      const before = (await temp.store.getComment(ids[0]!))!;
      const late = await temp.store.applyRescore(2, [{ id: ids[0]!, score: scoreComment(before.text, { rules: v2 }) }]);
      expect(late).toBe(0);
      expect(await temp.store.getComment(ids[0]!)).toEqual(before);
      expect(await recountDifferences(temp)).toEqual([]);
    });
  });

  describe('resuming at start-up', () => {
    test('a re-score stopped half-way carries on from where it stood, not from the start', async () => {
      const rules = await temp.store.saveRules(withWords(['merci']), 'admin');
      const first = createRescorer({ store: temp.store, bus, batchSize: 10 });
      const off = bus.on('rules:progress', (p) => {
        if (p.done === 20) void first.stop();
      });
      await first.start(rules);
      off();
      expect(events.some((e) => e.finished)).toBe(false);
      expect(await temp.store.rescoreState()).toEqual({ version: 2, afterId: ids[19], done: 20, finished: false });

      events.length = 0;
      await createRescorer({ store: temp.store, bus, batchSize: 10 }).resume();
      expect(events[0]).toMatchObject({ version: 2, done: 20, finished: false });
      expect(events.at(-1)).toEqual({ version: 2, done: PLAN.length, total: PLAN.length, finished: true });
      expect(await recountDifferences(temp)).toEqual([]);
      expect(await temp.query('SELECT DISTINCT rules_version AS v FROM comments')).toEqual([{ v: 2 }]);
    });

    test('rules saved without their re-score having begun are walked anew', async () => {
      await temp.store.saveRules(withWords(['merci']), 'admin');
      await createRescorer({ store: temp.store, bus }).resume();
      expect(events.at(-1)).toMatchObject({ version: 2, finished: true, done: PLAN.length });
      expect(await recountDifferences(temp)).toEqual([]);
    });

    test('nothing to do after a finished re-score, or on the default rules', async () => {
      await createRescorer({ store: temp.store, bus }).resume();
      expect(events).toEqual([]);
      const rules = await temp.store.saveRules(withWords(['merci']), 'admin');
      await createRescorer({ store: temp.store, bus }).start(rules);
      events.length = 0;
      await createRescorer({ store: temp.store, bus }).resume();
      expect(events).toEqual([]);
    });
  });
});

describe('SQLite migration 004 on a database that already has comments', () => {
  let files: ReturnType<typeof tempDir>;
  beforeEach(() => {
    files = tempDir();
  });
  afterEach(() => files.remove());

  test('fills status_hourly from the decisions already made', async () => {
    const dir = join(files.dir, 'before-004');
    mkdirSync(dir);
    for (const f of readdirSync(SQLITE_MIGRATIONS_DIR).filter((f) => f.endsWith('.sql') && f < '004')) copyFileSync(join(SQLITE_MIGRATIONS_DIR, f), join(dir, f));
    const file = join(files.dir, 'old.db');
    const db = new Database(file);
    migrate(db, dir);
    const stats = prepareStatsTables(db);
    const outcomes = prepareIngest(db, stats).ingest('site', PLAN.map((p, i) => scored(inputOf(p, i), p.template)));
    const moderation = prepareModeration(db, stats);
    moderation.setStatus(outcomes[0]!.id, 'rejected', 'mod');
    moderation.setStatus(outcomes[1]!.id, 'approved', 'mod');
    db.close();

    const store = openSqliteStore(file);
    const o = await store.overview({ from: '2024-03-01T00:00:00.000Z', to: '2024-03-03T00:00:00.000Z', now: '2024-03-02T21:00:00.000Z' });
    expect(o.range.totals).toMatchObject({ comments: PLAN.length, rejected: 1, approved: 1 });
    await store.close();
    expect(await recountDifferences(file)).toEqual([]);
  });
});
