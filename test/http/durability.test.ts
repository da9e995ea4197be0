/**
 * Durability: kill the server (SIGKILL, no chance to flush or close) in the
 * middle of a stream of ingests; every comment the API acknowledged must be
 * in the database when it is opened again.
 */
import { afterAll, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { openSqliteStore } from '../../server/store/sqlite.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vigie-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('every acknowledged comment survives a SIGKILL of the server', async () => {
  const db = join(dir, 'vigie.db');
  const key = 'durability-test-key-0123456789';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', VIGIE_DB: db, DEMO: '0', INGEST_API_KEY: key, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port: number = await new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { port?: number };
        if (entry.port) resolve(entry.port);
      } catch {
        /* not a log line */
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code})`)));
  });

  const acknowledged: number[] = [];
  let killed = false;
  const post = async (n: number) => {
    const res = await fetch(`http://127.0.0.1:${port}/api/comments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ external_id: `k-${n}`, article: { id: 'kill' }, author: `Lecteur ${n % 7}`, text: `Commentaire numéro ${n}, je vais bien.` }),
    });
    if (res.status === 201) acknowledged.push(((await res.json()) as { comments: { id: number }[] }).comments[0]!.id);
  };
  // Four writers in parallel; the kill lands while requests are in flight.
  const writers = Array.from({ length: 4 }, async (_, w) => {
    for (let n = w; !killed; n += 4) await post(n).catch(() => undefined);
  });
  while (acknowledged.length < 150) await new Promise((r) => setTimeout(r, 5));
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  killed = true;
  await Promise.all(writers);
  await exited;

  const store = openSqliteStore(db);
  try {
    const missing = [];
    for (const id of acknowledged) if (!(await store.getComment(id))) missing.push(id);
    expect(acknowledged.length).toBeGreaterThanOrEqual(150);
    expect(missing).toEqual([]);
  } finally {
    await store.close();
  }
}, 60_000);
