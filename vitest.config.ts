import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Compiles dist/ once when it is older than the sources (the CLI tests run the real bin).
    globalSetup: ['tests/cli/global-setup.ts'],
    // Browser and CLI tests start processes: give them room on a shared 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
