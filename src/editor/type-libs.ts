/**
 * The type declarations the editor's TypeScript service needs for IntelliSense
 * on `tf` and `lab`. This module is only ever imported dynamically (by
 * monaco-loader.ts), so its ~1 MB of declaration text forms one lazy chunk
 * fetched with the editor, never with the page. The tfjs part comes from
 * `virtual:tfjs-type-libs` (scripts/vite/tfjs-type-libs.ts), stored deflated.
 *
 * Each file keeps its real path under `file:///node_modules/`, so the
 * declarations' own imports (`@tensorflow/tfjs-core/dist/...`, relative
 * paths) resolve exactly as they do on disk. The backend packages' types are
 * left out: users never call them, and they would double the size.
 */

import { unpackTypeLibs, type PackedTypeLibs } from './packed-type-libs';

export interface TypeLib {
  /** A `file:///` URI: where TypeScript believes the file lives. */
  readonly path: string;
  readonly content: string;
}

/** The packages whose declarations are shipped (TYPED_PACKAGES in scripts/vite/tfjs-type-libs.ts). */
const TFJS_PACKAGES = ['tfjs', 'tfjs-core', 'tfjs-layers'] as const;

export async function loadTypeLibs(): Promise<readonly TypeLib[]> {
  // tfjs's declarations: only those reachable from its entry, license header once (see the plugin).
  // Stored deflated (~0.2 MB of the offline copy instead of ~0.8 MB); the browser inflates it.
  const [{ default: packed }, { inflateJson }] = await Promise.all([import('virtual:tfjs-type-libs'), import('../lessons/inflate-json')]);
  const tfjs = unpackTypeLibs((await inflateJson(packed)) as PackedTypeLibs);
  // The runtime's helper API (lab-api.d.ts and the files it references, lab-api-*.d.ts);
  // a glob so the editor still loads without them.
  const lab = import.meta.glob<string>('../runtime/lab-api*.d.ts', {
    query: '?raw',
    import: 'default',
    eager: true,
  });

  const libs: TypeLib[] = [...tfjs];
  // Without package.json files, TypeScript's node resolution falls back to
  // `<package>/index.d.ts`: point that at each package's real entry.
  for (const name of TFJS_PACKAGES) {
    libs.push({
      path: `file:///node_modules/@tensorflow/${name}/index.d.ts`,
      content: "export * from './dist/index';\n",
    });
  }
  for (const [file, content] of Object.entries(lab)) {
    libs.push({ path: `file:///${file.slice(file.lastIndexOf('/') + 1)}`, content });
  }
  return libs;
}
