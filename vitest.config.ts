import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Unit tests: pure code, in Node. Browser tests have their own config. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // A stray `.only` would silently skip the rest of the suite in CI.
    allowOnly: false,
    environment: 'node',
    // Vitest's default is one worker fewer than the cores: on CI's two cores
    // that is one, and the unit files (a third of them train small models)
    // ran one after another. The main process only waits, so use every core.
    maxWorkers: availableParallelism(),
    // Tests check results, not speed: a property or fuzz test that takes 2 s
    // alone may take 6 s beside a training test on a busy two-core machine.
    // (Tests that train models set their own, longer limits.)
    testTimeout: 30_000,
    setupFiles: ['tests/unit/setup-i18n.ts'],
  },
});
