import { defineConfig } from 'vitest/config';
import { SlowestFirst } from './tests/browser/support/slowest-first';

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
    // One file at a time: with two at once (and the slowest first, see
    // support/slowest-first.ts) the suite took 673 s instead of ~830 s, but
    // hosting.test.ts failed in 2 of 6 full runs (a lesson it navigates to after
    // the update prompt never showed, even with 90 s). Back to 2 once that race is found.
    fileParallelism: false,
    sequence: { sequencer: SlowestFirst },
    // A stray `.only` would silently skip the rest of the suite in CI.
    allowOnly: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['tests/browser/support/global-setup.ts'],
  },
});
