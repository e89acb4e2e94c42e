import { defineConfig } from 'vitest/config';

// Browser end-to-end tests: the global setup installs/finds Chromium and builds the app once;
// each test file starts its own server (so one can take it down to prove offline behaviour).
export default defineConfig({
  test: {
    root: new URL('../..', import.meta.url).pathname,
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ['default', 'json'],
    outputFile: { json: 'build/test-results/e2e.json' },
  },
});
