/**
 * The benchmark measures the real programs — the server and the import CLI —
 * as child processes started the way a user starts them (`node --import tsx`),
 * so their figures include everything a user pays for.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const live = new Set<ChildProcess>();

/** Children still running: killed by the benchmark if it is interrupted, so none outlives it. */
export function killChildren(): void {
  for (const child of live) child.kill('SIGKILL');
}

function track<C extends ChildProcess>(child: C): C {
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/** Node flags for a child: tsx, plus a CPU profile when asked. */
export function nodeFlags(cpuProfDir: string | undefined): string[] {
  return ['--import', 'tsx', ...(cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [])];
}

/** The last few KiB a child wrote, to quote when it fails. */
function tail(stream: NodeJS.ReadableStream | null): () => string {
  let text = '';
  stream?.on('data', (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-4_096);
  });
  return () => text.trim();
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

export interface RunningServer {
  port: number;
  /** The server's process id (for its memory in /proc/<pid>/status). */
  pid: number;
  /** SIGTERM (the server's graceful shutdown), then SIGKILL if it has not exited after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

/** Starts `server/main.ts` and resolves once its log line gives the port it listens on. */
export async function startServer(env: Record<string, string>, cpuProfDir?: string, timeoutMs = 60_000): Promise<RunningServer> {
  const child = track(
    spawn(process.execPath, [...nodeFlags(cpuProfDir), 'server/main.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  const stderr = tail(child.stderr);
  const stop = async (graceMs = 10_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await exited(child);
    clearTimeout(timer);
  };
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not report its port within ${timeoutMs / 1000} s`)), timeoutMs);
      // Every line is read, before and after the port: a pipe nobody drains would stall the server's logging.
      createInterface({ input: child.stdout }).on('line', (line) => {
        try {
          const port = (JSON.parse(line) as { port?: unknown }).port;
          if (typeof port === 'number') {
            clearTimeout(timer);
            resolve(port);
          }
        } catch {
          // Not a log line: ignored.
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the server exited (code ${code}) before listening: ${stderr() || 'no output on stderr'}`));
      });
    });
    return { port, pid: child.pid!, stop };
  } catch (error) {
    await stop(1_000);
    throw error;
  }
}

export interface ScriptRun {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
}

/** Runs `node --import tsx <script> ...args` to its end; `wallMs` counts from spawn to exit. */
export async function runScript(script: string, args: readonly string[], cpuProfDir?: string): Promise<ScriptRun> {
  const start = performance.now();
  const child = track(spawn(process.execPath, [...nodeFlags(cpuProfDir), script, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] }));
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  const stderr = tail(child.stderr);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (c) => resolve(c));
  });
  return { code, stdout: Buffer.concat(chunks).toString('utf8'), stderr: stderr(), wallMs: performance.now() - start };
}
