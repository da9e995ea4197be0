import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests spawn real processes; give them room on a loaded CI machine.
    testTimeout: 30_000,
    reporters: ['default'],
  },
});
