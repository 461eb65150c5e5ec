import { defineConfig } from 'vitest/config';

/** Unit tests: pure code, in Node. Browser tests have their own config. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // A stray `.only` would silently skip the rest of the suite in CI.
    allowOnly: false,
    environment: 'node',
  },
});
