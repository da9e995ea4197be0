/** The first-run demo (server/demo/startDemo.ts): one per database, however many instances start on it. */
import { pino } from 'pino';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startDemo, type Demo, type DemoDeps } from '../../server/demo/startDemo.js';
import { Bus } from '../../server/services/bus.js';
import { describeEachStore } from '../support/stores.js';
import { openTempStore, type TempStore } from '../support/tempStore.js';

describeEachStore('the first-run demo', (kind) => {
  let temp: TempStore;
  const demos: (Demo | null)[] = [];
  beforeEach(async () => {
    temp = await openTempStore(kind);
  });
  afterEach(async () => {
    await Promise.all(demos.splice(0).map((d) => d?.stop()));
    await temp.close();
  });
  const deps = (holder: string): DemoDeps => ({ store: temp.store, bus: new Bus(), log: pino({ level: 'silent' }), holder, rate: 600, backlog: 40 });

  test('instances starting together on an empty database run one demo between them: one history, one stream', async () => {
    demos.push(...(await Promise.all(['a', 'b', 'c'].map((h) => startDemo(deps(h))))));
    expect(demos.filter(Boolean)).toHaveLength(1);
    const { comments } = await temp.store.counts();
    // The history once (the stream may have added one or two since).
    expect(comments).toBeGreaterThanOrEqual(40);
    expect(comments).toBeLessThan(80);
  });

  test('a database that holds comments gets no demo', async () => {
    const first = await startDemo(deps('a'));
    await first!.stop();
    expect(await startDemo(deps('b'))).toBeNull();
  });

  test('stopping the demo gives its lease up', async () => {
    const demo = await startDemo({ ...deps('a'), backlog: 0 });
    expect(await temp.store.acquireLease('demo', 'b', 60_000)).toBe(false);
    await demo!.stop();
    expect(await temp.store.acquireLease('demo', 'b', 60_000)).toBe(true);
  });
});
