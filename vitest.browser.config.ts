import { defineConfig } from 'vitest/config';
import { slowestFirst } from './tests/slowest-first';

/**
 * Browser tests: Vitest in Node drives Debian's Chromium through
 * playwright-core against the production build in `dist/` (built by
 * `npm test` just before). SwiftShader is slow and the machine has two
 * cores: two files at a time (the slowest first, see
 * tests/slowest-first.ts) with generous time-outs. Measured on this
 * machine, December 2026: 444 s in a fresh-clone CI run, against ~830 s one
 * file at a time once; both cores are busy throughout.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    maxWorkers: 2,
    // Longest first (seconds alone on two cores, December 2026): examples ~150, fused-mlp ~85, speed-lab ~70, layout ~60, chinese ~35.
    // (fused-mlp left to the default order ran last, alone for its last minute: 118 s of a 659 s run.)
    sequence: { sequencer: slowestFirst(['browser/examples.test.ts', 'browser/fused-mlp.test.ts', 'browser/speed-lab.test.ts', 'browser/layout.test.ts', 'browser/chinese.test.ts']) },
    // A stray `.only` would silently skip the rest of the suite in CI.
    allowOnly: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll waits for what a person waits for (a lesson rendering after a click); its default of 1 s
    // failed "next and previous" once on a busy 2-core CI run. A poll that succeeds returns at once.
    expect: { poll: { timeout: 10_000 } },
    globalSetup: ['tests/browser/support/global-setup.ts'],
  },
});
