import { defineConfig } from 'vitest/config';
import { SlowestFirst } from './tests/browser/support/slowest-first';

/**
 * Browser tests: Vitest in Node drives Debian's Chromium through
 * playwright-core against the production build in `dist/` (built by
 * `npm test` just before). SwiftShader is slow and the machine has two
 * cores: two files run at once (one often waits on a page while the other
 * computes), the slowest started first, with generous time-outs.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    maxWorkers: 2,
    sequence: { sequencer: SlowestFirst },
    // A stray `.only` would silently skip the rest of the suite in CI.
    allowOnly: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/browser/support/global-setup.ts'],
  },
});
