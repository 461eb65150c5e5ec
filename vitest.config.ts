import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { slowestFirst } from './tests/slowest-first';

/**
 * Files whose subject is module state get fresh modules per file: the stores,
 * storage and kept-aside entries, the locale, the sandbox's globals, the
 * manifest and the content pipeline's caches. The rest only compute (the
 * examples run in Node, the maths, the lessons' facts, the worksheet model)
 * and share their worker's modules: TensorFlow.js and the course code are
 * imported once per worker instead of once per file.
 */
const OWN_MODULES = [
  'tests/unit/store/**/*.test.ts',
  'tests/unit/offline/**/*.test.ts',
  'tests/unit/i18n/**/*.test.ts',
  'tests/unit/worksheet/store.test.ts',
  'tests/unit/runtime/sandbox.test.ts',
  'tests/unit/runtime/run-cleanup.test.ts',
  'tests/unit/runtime/chart-buffer.test.ts',
  'tests/unit/editor-helpers.test.ts',
  'tests/unit/lessons/manifest.test.ts',
  'tests/unit/pipeline/translations.test.ts',
  'tests/unit/pipeline/check.test.ts',
  'tests/unit/pipeline/pages.test.ts',
  // Runs checkers with a run scope of its own over Node's globals (exercise-runs.ts), as check:content does.
  'tests/unit/pipeline/exercises.test.ts',
];
const ALL = ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'];

/** Unit tests: pure code, in Node. Browser tests have their own config. */
export default defineConfig({
  test: {
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
    // The examples that train at full scale first (seconds, 2 cores, December 2026: 47, 37, 23), so
    // neither core ends up running one alone at the end (a fresh clone's order ranged 101-146 s).
    sequence: { sequencer: slowestFirst(['examples/language-models.test.ts', 'examples/image-classifier.test.ts', 'examples/training-well.test.ts']) },
    projects: [
      { extends: true, test: { name: 'own-modules', include: OWN_MODULES } },
      { extends: true, test: { name: 'shared-modules', include: ALL, exclude: OWN_MODULES, isolate: false } },
    ],
  },
});
