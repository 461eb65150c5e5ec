/**
 * The TypeScript standard libraries the editor checks user code against:
 * modern JavaScript and the Web Worker globals (the code runs in a worker,
 * so there is no `document`). The build keeps only these libraries, and the
 * ones they reference, in Monaco's TypeScript worker (scripts/vite/monaco-libs.ts).
 */
export const EDITOR_TS_LIBS = ['es2022', 'webworker'] as const;
