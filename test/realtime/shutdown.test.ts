/**
 * SIGTERM with dashboards connected: the real server closes their sockets
 * (so they reconnect elsewhere and replay from their cursor) before closing
 * the database, and exits cleanly.
 */
import { afterAll, expect, test } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { io } from 'socket.io-client';
import { signIn } from '../../server/cli/bench/liveClients.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vigie-rt-stop-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('on SIGTERM, connected sockets are closed (to reconnect, not told to go away) and the server exits 0', async () => {
  const password = 'shutdown-test-password-0123';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', VIGIE_DB: join(dir, 'vigie.db'), DEMO: '0', ADMIN_PASSWORD: password, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const port: number = await new Promise((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        try {
          const entry = JSON.parse(line) as { port?: number };
          if (entry.port) resolve(entry.port);
        } catch {
          /* not a log line */
        }
      });
      void exited.then((code) => reject(new Error(`server exited early (${code})`)));
    });
    const base = `http://127.0.0.1:${port}`;
    const cookie = await signIn(base, 'admin', password);
    const socket = io(base, { transports: ['websocket'], extraHeaders: { cookie }, reconnection: false, forceNew: true });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    expect(await socket.timeout(5_000).emitWithAck('room:join', { room: { kind: 'queue' } })).toMatchObject({ ok: true });

    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
    child.kill('SIGTERM');
    // "transport close": a client reconnects by itself; "io server disconnect" would tell it not to.
    expect(await disconnected).toBe('transport close');
    expect(await exited).toBe(0);
    socket.close();
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
}, 60_000);
