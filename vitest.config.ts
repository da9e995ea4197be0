import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds the dashboard once for the browser tests (test/e2e).
    globalSetup: ['test/e2e/globalSetup.ts'],
    // The CLI tests spawn real processes and the browser tests drive Chromium: give them room on a loaded CI machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
