import { defineConfig } from 'vitest/config';
import { SlowestFirst } from './tests/browser/support/slowest-first';

/**
 * Browser tests: Vitest in Node drives Debian's Chromium through
 * playwright-core against the production build in `dist/` (built by
 * `npm test` just before). SwiftShader is slow and the machine has two
 * cores: two files at a time (the slowest first, see
 * support/slowest-first.ts) with generous time-outs. Measured on this
 * machine, December 2026: 612-676 s, against ~830 s one file at a time; both
 * cores are busy throughout (1,292 of 1,355 CPU-seconds).
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
