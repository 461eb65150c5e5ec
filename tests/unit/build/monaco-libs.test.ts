/**
 * The build keeps in Monaco's TypeScript worker only the standard libraries
 * the editor uses and what they reference; checked against Monaco's real
 * lib.js so a Monaco upgrade that renames or restructures libs fails here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libClosure } from '../../../scripts/vite/monaco-libs';
import { EDITOR_TS_LIBS } from '../../../src/editor/editor-libs';

const LIB_JS = resolve(
  import.meta.dirname,
  '../../../node_modules/monaco-editor/esm/vs/languages/features/typescript/lib/lib.js',
);

function monacoLibs(): Record<string, string> {
  const body = readFileSync(LIB_JS, 'utf8').replace(/export\s*\{\s*libFileMap\s*\};?\s*$/, 'return libFileMap;');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- Monaco's own lib.js from node_modules; no user input.
  return (new Function(body) as () => Record<string, string>)();
}

describe('libClosure', () => {
  it('follows references transitively and ignores unknown names', () => {
    const map = {
      'lib.a.d.ts': '/// <reference lib="b" />\n/// <reference lib="C" />',
      'lib.b.d.ts': '/// <reference lib="d" />',
      'lib.c.d.ts': '',
      'lib.d.d.ts': '/// <reference lib="a" />',
      'lib.unused.d.ts': '',
    };
    expect([...libClosure(map, ['a', 'missing'])].sort()).toEqual(['lib.a.d.ts', 'lib.b.d.ts', 'lib.c.d.ts', 'lib.d.d.ts']);
  });

  it("keeps ES5 through ES2022 and the worker globals of Monaco's libs, and drops the DOM and later editions", () => {
    const all = monacoLibs();
    const kept = libClosure(all, EDITOR_TS_LIBS);
    for (const root of EDITOR_TS_LIBS) expect(kept.has(`lib.${root}.d.ts`)).toBe(true);
    expect(kept.has('lib.es5.d.ts')).toBe(true);
    expect(kept.has('lib.es2015.promise.d.ts')).toBe(true);
    expect(kept.has('lib.dom.d.ts')).toBe(false);
    expect(kept.has('lib.esnext.d.ts')).toBe(false);
    const size = (names: Iterable<string>): number => [...names].reduce((n, name) => n + (all[name]?.length ?? 0), 0);
    // The DOM alone is ~1.9 MB: the kept set must be well under half of everything.
    expect(size(kept)).toBeLessThan(size(Object.keys(all)) / 2);
  });
});
