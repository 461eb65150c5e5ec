/**
 * The build keeps in Monaco's TypeScript worker only the standard libraries
 * the editor uses and what they reference; checked against Monaco's real
 * lib.js so a Monaco upgrade that renames or restructures libs fails here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libClosure, readLibFileMap, slimLib, slimmed } from '../../../scripts/vite/monaco-libs';
import { EDITOR_TS_LIBS } from '../../../src/editor/editor-libs';

const LIB_JS = resolve(
  import.meta.dirname,
  '../../../node_modules/monaco-editor/esm/vs/languages/features/typescript/lib/lib.js',
);

const monacoLibs = (): Record<string, string> => readLibFileMap(readFileSync(LIB_JS, 'utf8'));

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

/** A declaration file's lines outside comments, trimmed: what TypeScript reads as code. */
function declarationLines(text: string): string[] {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').split('\n').map((line) => line.trim()).filter(Boolean);
}

describe('slimLib', () => {
  it('drops MDN links, the doc comments left empty by that, and indentation; keeps every other doc line', () => {
    const lib = [
      'interface A {',
      '    /** [MDN Reference](https://developer.mozilla.org/docs/Web/API/A/b) */',
      '    b: number;',
      '    /**',
      '     * The **`c()`** method returns one.',
      '     *',
      '     * [MDN Reference](https://developer.mozilla.org/docs/Web/API/A/c)',
      '     */',
      '    c(): 1;',
      '    /**',
      '     * [MDN Reference](https://developer.mozilla.org/docs/Web/API/A/d)',
      '     */',
      '    d: string;',
      '}',
      '',
    ].join('\n');
    expect(slimLib(lib)).toBe(['interface A {', 'b: number;', '/**', '* The **`c()`** method returns one.', '*/', 'c(): 1;', 'd: string;', '}', ''].join('\n'));
  });

  it('keeps every declaration of the real libs; ES5 keeps its docs, the Web Worker lib (APIs the sandbox blocks) loses them', () => {
    const all = monacoLibs();
    for (const name of libClosure(all, EDITOR_TS_LIBS)) {
      const original = all[name] ?? '';
      const slim = slimmed(name, original);
      expect(declarationLines(slim), name).toEqual(declarationLines(original));
      expect(slim, name).not.toContain('MDN Reference');
    }
    // Hovers still explain the language: Math.max's doc line is kept.
    expect(slimmed('lib.es5.d.ts', all['lib.es5.d.ts'] ?? '')).toContain('Returns the larger of a set of supplied numeric expressions');
    const webworker = all['lib.webworker.d.ts'] ?? '';
    expect(slimmed('lib.webworker.d.ts', webworker)).not.toContain('/**');
    expect(slimmed('lib.webworker.d.ts', webworker).length).toBeLessThan(webworker.length / 2);
    expect(slimmed('lib.es2020.intl.d.ts', all['lib.es2020.intl.d.ts'] ?? '')).not.toContain('/**');
    // The language's own additions keep theirs: Array.prototype.at is explained.
    expect(slimmed('lib.es2022.array.d.ts', all['lib.es2022.array.d.ts'] ?? '')).toContain('/**');
  });
});
