/**
 * `virtual:tfjs-type-libs`: the TensorFlow.js declaration files the editor's
 * TypeScript service needs for IntelliSense on `tf`, as `{ path, content }`
 * pairs under `file:///node_modules/@tensorflow/…`.
 *
 * Four things make it smaller than globbing every .d.ts (issue 7's offline
 * budget): only the files reachable from `@tensorflow/tfjs`'s entry through
 * imports are kept (what TypeScript itself would load); the Apache license
 * header repeated at the top of each file (~440 KB in all) is replaced by
 * one copy of the notice, kept as its own file; what TypeScript ignores
 * goes: indentation, `/// <amd-module>` lines, tfjs's internal `@doc`
 * tags for its website generator and the `*` that starts each line of a doc
 * comment (docLines); and the module names each file's folder once
 * (typeLibsModule). Every type and every doc comment a hover shows stays,
 * word for word (tests/unit/build/tfjs-type-libs.test.ts compares what
 * TypeScript reads from every doc comment before and after).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { DECLARATION, type PackedTypeLibs } from '../../src/editor/packed-type-libs';
import { packedModule } from './packed-module';

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

/**
 * Doc comments (already unindented) without the `*` that starts their lines,
 * read by TypeScript exactly as before: its JSDoc parser takes a line's
 * leading `*` as optional and keeps only the indentation beyond the column
 * where the comment's text starts, so it is enough that every line gives up
 * the same one character. Where a line's text itself starts with `*`
 * (Markdown's `**bold**`, a `*` list) the leading `*` must stay, or the
 * text's own would be taken for it: there the space after it goes instead.
 * A comment's closing line joins the line before (TypeScript trims the
 * text's end).
 */
export function docLines(text: string): string {
  return text.replace(/\/\*\*[\s\S]*?\*\//g, (comment) =>
    comment
      .replace(/\n\*(?!\/)( ?)([^\n]*)/g, (line, space: string, rest: string) =>
        rest.trimStart().startsWith('*') ? (space ? `\n*${rest}` : line) : `\n${space}${rest}`,
      )
      .replace(/\n\*\/$/, '*/'),
  );
}

/** Drops what neither type-checking nor hovers use (see the file comment). */
export function slim(text: string): string {
  return docLines(
    text
      .replace(LICENSE_HEADER, '')
      .replace(/^[ \t]*\/\/\/\s*<amd-module[^>]*>[ \t]*\n/gm, '')
      .replace(/^[ \t]*\*[ \t]*@doc(?:alias)?\b.*\n/gm, '')
      .replace(/^[ \t]+/gm, ''),
  );
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

/**
 * The virtual module's source: `files` packed (src/editor/packed-type-libs.ts:
 * each path as its folder's number and its name, the folders once each after
 * their common start), then deflated and base64'd (packed-module.ts): ~0.8 MB
 * of declarations stored in ~0.2 MB of the offline precache. The editor
 * unpacks them when it loads (a few ms, off the page's first paint).
 */
export function packTypeLibs(files: readonly DeclarationFile[]): PackedTypeLibs {
  const folders: string[] = [];
  const folderIndex = new Map<string, number>();
  const rows = files.map(({ path, content }) => {
    if (!path.endsWith(DECLARATION)) throw new Error(`tfjs type libs: ${path} is not a declaration file`);
    const cut = path.lastIndexOf('/') + 1;
    const folder = path.slice(0, cut);
    let index = folderIndex.get(folder);
    if (index === undefined) {
      index = folders.length;
      folders.push(folder);
      folderIndex.set(folder, index);
    }
    return [index, path.slice(cut, -DECLARATION.length), content] as const;
  });
  let root = folders[0] ?? '';
  for (const folder of folders) while (!folder.startsWith(root)) root = root.slice(0, root.lastIndexOf('/', root.length - 2) + 1);
  return { root, folders: folders.map((folder) => folder.slice(root.length)), rows };
}

export const typeLibsModule = (files: readonly DeclarationFile[]): string => packedModule(packTypeLibs(files));

export function tfjsTypeLibsPlugin(projectRoot: string): Plugin {
  const resolved = '\0' + TFJS_TYPE_LIBS_ID;
  return {
    name: 'lml-tfjs-type-libs',
    resolveId: (id) => (id === TFJS_TYPE_LIBS_ID ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      return typeLibsModule(tfjsDeclarations(join(projectRoot, 'node_modules', '@tensorflow')));
    },
  };
}
