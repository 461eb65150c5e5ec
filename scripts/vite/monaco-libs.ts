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

/** Evaluates lib.js (a flat list of string assignments) and returns its map. */
function readLibFileMap(source: string): Record<string, string> {
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
      const kept = Object.fromEntries(Object.entries(all).filter(([name]) => keep.has(name)));
      return `const libFileMap = ${JSON.stringify(kept)};\nexport { libFileMap };\n`;
    },
  };
}
