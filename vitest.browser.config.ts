import { defineConfig } from 'vitest/config';

/**
 * Browser tests: Vitest in Node drives Debian's Chromium through
 * playwright-core against the production build in `dist/` (built by
 * `npm test` just before). SwiftShader is slow and the machine has two
 * cores, so files run one at a time with generous time-outs.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    // A stray `.only` would silently skip the rest of the suite in CI.
    allowOnly: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/browser/support/global-setup.ts'],
  },
});
