// ESLint: typescript-eslint's strict type-aware rules plus React hooks.
// `npm run lint` runs with --max-warnings=0.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'coverage/', '.bench/', 'dev-dist/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // uPlot/Monaco wrappers mirror props into refs on purpose.
      'react-hooks/refs': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
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
    // Pure code: no React, DOM-bound stores, TensorFlow.js or browser globals.
    files: ['src/worksheet/model/**/*.ts', 'src/math/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*'], message: 'Pure model code imports no React.' },
            { group: ['zustand', 'zustand/*'], message: 'Pure model code imports no store.' },
            { group: ['@tensorflow/*'], message: 'Pure model code imports no TensorFlow.js.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'fetch'],
    },
  },
);
