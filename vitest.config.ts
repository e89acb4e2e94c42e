import { defineConfig } from 'vitest/config';

// Unit and integration tests run in Node (DESIGN.md §11): no vite-plugin-solid here, so tests do
// not switch to jsdom and the PWA plugin does not run. A file that needs a DOM says so itself with
// `// @vitest-environment happy-dom`.
export default defineConfig({
  test: {
    environment: 'node',
    include: [
      'src/**/*.test.ts',
      'workers/**/*.test.ts',
      'tests/integration/**/*.test.ts',
      'tests/iml-suite/**/*.test.ts',
    ],
    reporters: ['default', 'json'],
    outputFile: { json: 'build/test-results/unit.json' },
  },
});
