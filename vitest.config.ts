import { defineConfig } from 'vitest/config';

/** Unit tests: pure code, in Node. Browser tests have their own config. */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
  },
});
