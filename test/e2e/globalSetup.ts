/**
 * Builds the dashboard once for the whole test run, into a folder of its
 * own (a developer's dist/ is left alone), and tells the browser tests where.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    dashboardDir: string;
    /** Why the build failed: the browser tests fail with it; the others run on. */
    dashboardBuildError: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'vigie-e2e-dashboard-'));
  const { build } = await import('vite');
  // vitest sets NODE_ENV=test, which Vite would honour with React's development build: test what ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    project.provide('dashboardBuildError', '');
  } catch (e) {
    project.provide('dashboardBuildError', (e as Error).message);
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  project.provide('dashboardDir', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}
