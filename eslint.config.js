// ESLint: typescript-eslint's strict type-aware rules plus React hooks.
// `npm run lint` runs with --max-warnings=0.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The files that run in the worker only (src/runtime/spawn-worker.ts starts it). */
const WORKER_FILES = [
  'src/runtime/worker.ts',
  'src/runtime/runner.ts',
  'src/runtime/lab.ts',
  'src/runtime/lab/**',
  'src/runtime/lab-api.d.ts',
  'src/runtime/lab-api-training.d.ts',
  'src/runtime/fit-callbacks.ts',
  'src/runtime/tensor-tracking.ts',
  'src/runtime/backend.ts',
  'src/runtime/sandbox/**',
];
const TFJS = { group: ['@tensorflow/*'], allowTypeImports: true, message: 'TensorFlow.js runs in the worker only (src/runtime/worker.ts and what it imports).' };
const WORKER_MODULES = {
  group: ['**/runtime/worker', '**/runtime/runner', '**/runtime/lab', '**/runtime/lab/**', '**/runtime/fit-callbacks', '**/runtime/tensor-tracking', '**/runtime/backend', '**/runtime/sandbox/**'],
  message: 'Worker code: the page talks to it through src/runtime/client.ts and the protocol.',
};
/** Pure code: computes, never touches the page (DESIGN: a pure worksheet model). */
const PURE_FILES = ['src/worksheet/model/**/*.ts', 'src/math/**/*.ts', 'src/format/**/*.ts'];

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'coverage/', '.bench/', 'dev-dist/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // uPlot/Monaco wrappers mirror props into refs on purpose.
      'react-hooks/refs': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Numbers and booleans read fine in messages; objects and undefined do not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `onClick={() => setOpen(false)}` is the React idiom, not a confusion.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
  {
    // Lesson examples are read by students: `x.add(b) as tf.Tensor2D` is the idiom of the
    // TensorFlow.js docs; the rule's alternative (`x.add<tf.Tensor2D>(b)`) is harder to read.
    files: ['content/lessons/*/examples/**/*.ts', 'content/lessons/*/exercises/**/*.ts', 'content/speed-lab/*.ts'],
    rules: { '@typescript-eslint/no-unnecessary-type-assertion': 'off' },
  },
  {
    // An exercise's starter leaves the function for the student to finish: its parameters are unused on purpose.
    files: ['content/lessons/*/exercises/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { args: 'none', varsIgnorePattern: '^_' }] },
  },
  {
    // Browser storage only through src/store/storage.ts.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/store/storage.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'localStorage', message: 'Use src/store/storage.ts.' }],
    },
  },
  {
    // TensorFlow.js only in the worker: the page never pays for it, and code
    // the page runs cannot touch a backend the worker owns.
    // exercise-runs.ts is build-time Node code: it runs exercises' checkers as the worker does.
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...WORKER_FILES, 'src/lessons/pipeline/exercise-runs.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [TFJS] }] },
  },
  {
    // Page code reaches the worker only through its protocol and client.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/runtime/**', 'src/lessons/pipeline/exercise-runs.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [TFJS, WORKER_MODULES] }] },
  },
  {
    // Pure code: no React, stores, views, platform or runtime, TensorFlow.js
    // or browser globals, whether by package name or by relative path.
    files: PURE_FILES,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            TFJS,
            WORKER_MODULES,
            { group: ['react', 'react-dom', 'react/*'], message: 'Pure model code imports no React.' },
            { group: ['zustand', 'zustand/*', '**/store', '**/store/**'], message: 'Pure model code imports no store.' },
            {
              group: ['**/app/**', '**/editor/**', '**/offline/**', '**/charts/**', '**/lessons/**', '**/platform/**', '**/runtime/**', '*.tsx'],
              message: 'Pure model code imports no view, platform or runtime module.',
            },
            { group: ['**/i18n', '**/i18n/**'], allowTypeImports: true, message: 'Pure model code takes the locale as a parameter; it may import its type only.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'fetch', 'navigator', 'self'],
    },
  },
  {
    // Object URLs hold their bytes until revoked: made in one module only.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/platform/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'URL', property: 'createObjectURL', message: 'Use src/platform/object-url.ts (or platform/download.ts).' },
        { object: 'URL', property: 'revokeObjectURL', message: 'Use src/platform/object-url.ts.' },
      ],
    },
  },
);
