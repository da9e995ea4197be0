/** `npm start` on an empty database: the demo stream fills it through the API path, and SIGTERM stops it cleanly. */
import { afterAll, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vigie-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a first start is alive at once, and a SIGTERM shuts it down cleanly', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', VIGIE_DB: join(dir, 'nested', 'vigie.db'), DEMO_RATE: '3000', DEMO_BACKLOG: '50', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const port: number = await new Promise((resolve) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      try {
        const entry = JSON.parse(line) as { port?: number };
        if (entry.port) resolve(entry.port);
      } catch {
        /* not a log line */
      }
    });
  });
  let comments = 0;
  for (let i = 0; i < 100 && comments === 0; i++) {
    await new Promise((r) => setTimeout(r, 100));
    comments = ((await (await fetch(`http://127.0.0.1:${port}/healthz`)).json()) as { comments: number }).comments;
  }
  // The history first, then the live stream on top of it.
  expect(comments).toBeGreaterThanOrEqual(50);
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
}, 60_000);
