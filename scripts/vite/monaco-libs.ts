/**
 * Monaco's TypeScript worker embeds every TypeScript standard library as a
 * string (lib.js, 3.2 MB raw): the DOM alone is 1.9 MB, plus ES2023–ESNext
 * and the `.full` bundles. The editor uses only EDITOR_TS_LIBS, so this
 * plugin rewrites lib.js to keep those and what they reference through
 * `/// <reference lib="…" />`, nothing else. That shrinks the offline
 * precache by ~2 MiB (issue 7's 15 MiB budget) and changes nothing the user
 * can type: a library outside the closure was never part of the program.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

const LIB_MODULE = /monaco-editor[\\/]esm[\\/]vs[\\/]languages[\\/]features[\\/]typescript[\\/]lib[\\/]lib\.js$/;

/** `lib.es2022.d.ts` → the names it references: `es2021`, `es2022.array`, … */
function referencedLibs(text: string): string[] {
  return [...text.matchAll(/\/\/\/\s*<reference\s+lib="([^"]+)"\s*\/>/g)].map((m) => (m[1] ?? '').toLowerCase());
}

/** The lib files `roots` need, following references transitively. */
export function libClosure(libFileMap: Readonly<Record<string, string>>, roots: readonly string[]): Set<string> {
  const keep = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const file = `lib.${pending.pop() ?? ''}.d.ts`;
    const text = libFileMap[file];
    if (keep.has(file) || text === undefined) continue;
    keep.add(file);
    pending.push(...referencedLibs(text));
  }
  return keep;
}

/**
 * A standard library as the editor needs it: without the `[MDN Reference](…)`
 * links of its doc comments (1,677 in the Web Worker lib alone; offline they
 * lead nowhere, online they leave the site) and without indentation, which
 * TypeScript ignores. Declarations and every other doc line stay, so hovers
 * still explain `Math.max` or `Array.prototype.map`.
 */
export function slimLib(text: string): string {
  return text
    .replace(/^[ \t]*\/\*\*\s*\[MDN Reference\]\([^)]*\)\s*\*\/[ \t]*\r?\n/gm, '')
    .replace(/^[ \t]*\*[ \t]*\[MDN Reference\]\([^)]*\)[ \t]*\r?\n/gm, '')
    .replace(/^([ \t]*\*[ \t]*\r?\n)+(?=[ \t]*\*\/)/gm, '')
    .replace(/^[ \t]*\/\*\*[ \t]*\r?\n[ \t]*\*\/[ \t]*\r?\n/gm, '')
    .replace(/^[ \t]+/gm, '');
}

/**
 * A library as slimLib makes it, and without any doc comment, e.g. the Web
 * Worker libraries (`lib.webworker*.d.ts`):
 * they describe browser APIs (IndexedDB, WebGPU, streams, caches, fetch…)
 * that the sandbox running the student's code blocks anyway, and are ~200 KB
 * of the precache. Every declaration stays, so `console.log` or `setTimeout`
 * still type-check and complete; only their hover text goes. The language's
 * own libraries (`es5` … `es2022`) keep their docs (slimLib).
 */
export function declarationsOnly(text: string): string {
  return slimLib(text.replace(/^[ \t]*\/\*\*[\s\S]*?\*\/[ \t]*\r?\n/gm, ''));
}

/**
 * Libraries kept for their declarations only: the Web Worker APIs (see
 * declarationsOnly), and corners of the language no lesson's code uses: `Intl`
 * and `BigInt` (lib.es20xx.intl / .bigint, 47 KB of docs), decorators and the
 * well-known symbols (14 KB). The rest of the language keeps its docs.
 */
const DECLARATIONS_ONLY = /^lib\.(webworker|decorators|es2015\.symbol\.wellknown|es20\d\d\.(intl|bigint))\b/;

export function slimmed(name: string, text: string): string {
  return DECLARATIONS_ONLY.test(name) ? declarationsOnly(text) : slimLib(text);
}

/** Evaluates lib.js (a flat list of string assignments) and returns its map. */
export function readLibFileMap(source: string): Record<string, string> {
  const body = source.replace(/export\s*\{\s*libFileMap\s*\};?\s*$/, 'return libFileMap;');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- Monaco's own lib.js from node_modules, at build time; no user input.
  return (new Function(body) as () => Record<string, string>)();
}

export function monacoLibsPlugin(roots: readonly string[]): Plugin {
  return {
    name: 'lml-monaco-libs',
    enforce: 'pre',
    load(id) {
      const path = id.split('?')[0] ?? id;
      if (!LIB_MODULE.test(path)) return null;
      const all = readLibFileMap(readFileSync(path, 'utf8'));
      const keep = libClosure(all, roots);
      const missing = roots.filter((r) => !keep.has(`lib.${r}.d.ts`));
      if (missing.length > 0) this.error(`Monaco has no TypeScript lib for: ${missing.join(', ')}`);
      const kept = Object.fromEntries(Object.entries(all).filter(([name]) => keep.has(name)).map(([name, text]) => [name, slimmed(name, text)]));
      return `const libFileMap = ${JSON.stringify(kept)};\nexport { libFileMap };\n`;
    },
  };
}
