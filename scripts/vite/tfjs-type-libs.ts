/**
 * `virtual:tfjs-type-libs`: the TensorFlow.js declaration files the editor's
 * TypeScript service needs for IntelliSense on `tf`, as `{ path, content }`
 * pairs under `file:///node_modules/@tensorflow/…`.
 *
 * Three things make it smaller than globbing every .d.ts (issue 7's offline
 * budget): only the files reachable from `@tensorflow/tfjs`'s entry through
 * imports are kept (what TypeScript itself would load); the Apache license
 * header repeated at the top of each file (~440 KB in all) is replaced by
 * one copy of the notice, kept as its own file; and what TypeScript ignores
 * goes: indentation, `/// <amd-module>` lines and tfjs's internal `@doc`
 * tags for its website generator. Every type and every doc comment a hover
 * shows stays.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

export const TFJS_TYPE_LIBS_ID = 'virtual:tfjs-type-libs';
/**
 * The packages whose declarations are shipped; imports of others are not
 * followed. Left out: the backends and @webgpu/types (users never call them),
 * and tfjs-converter and tfjs-data (graph models and tf.data, ~115 KB that
 * no lesson uses; they still run, the editor just types them loosely).
 */
export const TYPED_PACKAGES = ['tfjs', 'tfjs-core', 'tfjs-layers'] as const;
const PACKAGES: readonly string[] = TYPED_PACKAGES;

/** Module specifiers a declaration file depends on. */
export function specifiers(text: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bfrom\s+(['"])([^'"]+)\1/g,
    /\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g,
    /^\s*import\s+(['"])([^'"]+)\1/gm,
    /\/\/\/\s*<reference\s+path=(")([^"]+)"/g,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) found.add(match[2] ?? '');
  return [...found].filter(Boolean);
}

/** Where a specifier's declarations are on disk, or null when it is outside the shipped packages. */
function resolveDeclaration(scope: string, fromFile: string, specifier: string): string | null {
  const candidates: string[] = [];
  if (specifier.startsWith('.')) {
    const base = resolve(dirname(fromFile), specifier.replace(/\.(js|d\.ts)$/, ''));
    candidates.push(`${base}.d.ts`, join(base, 'index.d.ts'));
  } else {
    const match = /^@tensorflow\/([^/]+)(?:\/(.*))?$/.exec(specifier);
    const pkg = match?.[1];
    if (!pkg || !PACKAGES.includes(pkg)) return null;
    const sub = (match[2] ?? 'dist/index').replace(/\.(js|d\.ts)$/, '');
    candidates.push(join(scope, pkg, `${sub}.d.ts`), join(scope, pkg, sub, 'index.d.ts'));
  }
  return candidates.find((c) => existsSync(c)) ?? null;
}

/** The license block comment at the head of tfjs files (`/** @license … *\/`). */
const LICENSE_HEADER = /\/\*\*\s*\n\s*\*\s*@license[\s\S]*?\*\/\s*\n?/g;

/** Drops what neither type-checking nor hovers use (see the file comment). */
export function slim(text: string): string {
  return text
    .replace(LICENSE_HEADER, '')
    .replace(/^[ \t]*\/\/\/\s*<amd-module[^>]*>[ \t]*\n/gm, '')
    .replace(/^[ \t]*\*[ \t]*@doc(?:alias)?\b.*\n/gm, '')
    .replace(/^[ \t]+/gm, '');
}

export interface DeclarationFile {
  readonly path: string;
  readonly content: string;
}

/** The declaration closure of @tensorflow/tfjs under `scope` (a node_modules/@tensorflow folder). */
export function tfjsDeclarations(scope: string): DeclarationFile[] {
  const entry = join(scope, 'tfjs', 'dist', 'index.d.ts');
  const seen = new Map<string, string>();
  const pending = [entry];
  let notice = '';
  while (pending.length > 0) {
    const file = pending.pop() ?? '';
    if (seen.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    if (!notice) notice = /\/\*\*\s*\n\s*\*\s*@license[\s\S]*?\*\//.exec(text)?.[0] ?? '';
    seen.set(file, slim(text));
    for (const spec of specifiers(text)) {
      const target = resolveDeclaration(scope, file, spec);
      if (target && !seen.has(target)) pending.push(target);
    }
  }
  const files = [...seen].map(([file, content]) => ({
    path: `file:///node_modules/@tensorflow/${relative(scope, file).split('\\').join('/')}`,
    content,
  }));
  // The notice the headers carried, once (Apache-2.0 asks that it be kept).
  files.push({ path: 'file:///node_modules/@tensorflow/LICENSE-NOTICE.d.ts', content: `${notice}\nexport {};\n` });
  return files;
}

export function tfjsTypeLibsPlugin(projectRoot: string): Plugin {
  const resolved = '\0' + TFJS_TYPE_LIBS_ID;
  return {
    name: 'lml-tfjs-type-libs',
    resolveId: (id) => (id === TFJS_TYPE_LIBS_ID ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      const files = tfjsDeclarations(join(projectRoot, 'node_modules', '@tensorflow'));
      return `export default ${JSON.stringify(files)};\n`;
    },
  };
}
