/**
 * Mermaid ships ~40 diagram types as lazy chunks (≈2 MiB raw in all); the
 * course uses a few. This plugin finds which types the built lessons' diagrams
 * are (mermaid's own detection, scripts/vite/mermaid-types.ts) and leaves the
 * other types' chunks out of the offline precache. Those chunks stay in
 * dist/, so nothing breaks online; offline, every diagram the course has still
 * renders because its type's chunks are precached.
 *
 * A chunk is left out only when it is reachable from an unused type's loader
 * and from nothing else (shared chunks stay). When a diagram's type cannot be
 * told (a parse error, a type missing from the loader map), nothing is left out.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import type { ManifestTransform } from 'workbox-build';

const require = createRequire(import.meta.url);

/** The part of a Rollup/Rolldown output chunk this plugin reads. */
export interface ChunkNode {
  readonly fileName: string;
  readonly isEntry: boolean;
  readonly imports: readonly string[];
  readonly dynamicImports: readonly string[];
  /** The chunk's main module, e.g. …/mermaid/dist/chunks/mermaid.core/flowDiagram-MALGAFMO.mjs. */
  readonly facadeModuleId: string | null;
  /** Every module bundled in the chunk. */
  readonly moduleIds?: readonly string[];
}

const MERMAID_SOURCE = /[\\/]node_modules[\\/](?:mermaid|@mermaid-js)[\\/]/;
const isMermaidChunk = (chunk: ChunkNode | undefined): boolean => (chunk?.moduleIds ?? []).some((id) => MERMAID_SOURCE.test(id));

/**
 * Diagram type → the module its loader imports, read from mermaid.core.mjs,
 * where each detector is `var idN = "<type>"; … await import("./chunks/mermaid.core/<module>.mjs")`.
 */
export function diagramLoaders(mermaidCoreSource: string): Map<string, string> {
  const loaders = new Map<string, string>();
  const pattern = /var id\d* = "([^"]+)";[\s\S]*?await import\("\.\/chunks\/mermaid\.core\/([^"]+)\.mjs"\)/g;
  for (const match of mermaidCoreSource.matchAll(pattern)) {
    const [, type, module] = match;
    if (type && module && !loaders.has(type)) loaders.set(type, module);
  }
  return loaders;
}

/**
 * Layout name → module, from mermaid's layout registry
 * (`{ name: "dagre", loader: … import("./dagre-SPEB5RXH.mjs") }`).
 */
export function layoutLoaders(chunkSources: readonly string[]): Map<string, string> {
  const loaders = new Map<string, string>();
  for (const source of chunkSources) {
    for (const match of source.matchAll(/name: "([^"]+)",\s*loader: [^\n]*?import\("\.\/([^"]+)\.mjs"\)/g)) {
      const [, name, module] = match;
      if (name && module) loaders.set(name, module);
    }
  }
  return loaders;
}

/**
 * The layouts the course's diagrams need: dagre (src/lessons/mermaid.ts sets
 * it for all), the default layouts of the types that bring their own, and any
 * layout a diagram names in its config (`layout: elk`).
 */
export function neededLayouts(usedTypes: ReadonlySet<string>, sources: readonly string[]): Set<string> {
  const needed = new Set(['dagre']);
  const ownLayout: Readonly<Record<string, string>> = { mindmap: 'cose-bilkent', swimlane: 'swimlane', 'flowchart-elk': 'elk' };
  for (const type of usedTypes) {
    const layout = ownLayout[type];
    if (layout) needed.add(layout);
  }
  for (const source of sources) {
    for (const match of source.matchAll(/\blayout\s*:\s*["']?([\w-]+)/g)) needed.add(match[1] ?? '');
  }
  return needed;
}

/** The module name of a mermaid diagram chunk (`flowDiagram-MALGAFMO`), or null. */
function mermaidModule(facadeModuleId: string | null): string | null {
  const match = /[\\/]mermaid[\\/]dist[\\/]chunks[\\/]mermaid\.core[\\/]([^\\/]+)\.mjs$/.exec(facadeModuleId ?? '');
  return match?.[1] ?? null;
}

const KATEX_MODULE = /[\\/]katex[\\/]dist[\\/]katex\.m?js$/;

/** Every chunk reachable from `starts` through static and dynamic imports, never entering `blocked`. */
function reachable(graph: ReadonlyMap<string, ChunkNode>, starts: Iterable<string>, blocked: ReadonlySet<string>): Set<string> {
  const seen = new Set<string>();
  const pending = [...starts].filter((s) => !blocked.has(s));
  while (pending.length > 0) {
    const name = pending.pop() ?? '';
    if (seen.has(name)) continue;
    seen.add(name);
    const node = graph.get(name);
    for (const next of [...(node?.imports ?? []), ...(node?.dynamicImports ?? [])]) {
      if (!blocked.has(next) && !seen.has(next)) pending.push(next);
    }
  }
  return seen;
}

/** The chunk files only unused diagram types need. */
export function unusedDiagramChunks(
  chunks: readonly ChunkNode[],
  loaders: { readonly diagrams: ReadonlyMap<string, string>; readonly layouts: ReadonlyMap<string, string> },
  used: { readonly types: ReadonlySet<string>; readonly layouts: ReadonlySet<string>; readonly math: boolean },
): Set<string> {
  const usedModules = new Set([
    ...[...used.types].map((type) => loaders.diagrams.get(type)),
    ...[...used.layouts].map((layout) => loaders.layouts.get(layout)),
  ]);
  const loaderModules = new Set([...loaders.diagrams.values(), ...loaders.layouts.values()]);
  const graph = new Map(chunks.map((c) => [c.fileName, c]));
  const unusedRoots = new Set(
    chunks
      .filter((c) => {
        const module = mermaidModule(c.facadeModuleId);
        return module !== null && loaderModules.has(module) && !usedModules.has(module);
      })
      .map((c) => c.fileName),
  );
  // Mermaid imports KaTeX (≈250 KB) only for labels with $$math$$. Lessons typeset
  // their own math at build time, so without math in a diagram nothing else
  // loads it at run time (if something did, it would be reachable and kept).
  if (!used.math) {
    for (const c of chunks) if (KATEX_MODULE.test(c.facadeModuleId ?? '')) unusedRoots.add(c.fileName);
  }
  // A root something outside mermaid imports is not mermaid's to leave out.
  for (const c of chunks) {
    if (isMermaidChunk(c)) continue;
    for (const target of [...c.imports, ...c.dynamicImports]) unusedRoots.delete(target);
  }
  const needed = reachable(graph, chunks.filter((c) => c.isEntry).map((c) => c.fileName), unusedRoots);
  const onlyUnused = reachable(graph, unusedRoots, new Set());
  return new Set([...onlyUnused].filter((name) => !needed.has(name)));
}

/** Runs mermaid's detection on the sources in a child process (see mermaid-types.ts). */
function detectTypes(sources: readonly string[]): (string | null)[] {
  if (sources.length === 0) return [];
  const tsx = join(dirname(require.resolve('tsx/package.json')), 'dist', 'cli.mjs');
  const output = execFileSync(process.execPath, [tsx, join(import.meta.dirname, 'mermaid-types.ts')], {
    input: JSON.stringify(sources),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output) as (string | null)[];
}

export interface MermaidOffline {
  readonly plugin: Plugin;
  /** A Workbox manifest transform: drops the chunks the plugin found unneeded. */
  readonly manifestTransform: ManifestTransform;
}

/** `diagramSources` gives every published lesson's mermaid sources (from the lessons plugin). */
export function mermaidOffline(diagramSources: () => Promise<readonly string[]>): MermaidOffline {
  let leftOut = new Set<string>();
  let summary = '';
  const plugin: Plugin = {
    name: 'lml-mermaid-offline',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const sources = await diagramSources();
      const types = detectTypes(sources);
      const dist = join(dirname(require.resolve('mermaid/package.json')), 'dist');
      const loaders = diagramLoaders(readFileSync(join(dist, 'mermaid.core.mjs'), 'utf8'));
      const chunkDir = join(dist, 'chunks', 'mermaid.core');
      const layouts = layoutLoaders(
        readdirSync(chunkDir)
          .filter((f) => f.endsWith('.mjs'))
          .map((f) => readFileSync(join(chunkDir, f), 'utf8')),
      );
      const used = new Set(types.filter((t): t is string => t !== null));
      const unknown = types.some((t) => t === null) || [...used].some((t) => !loaders.has(t));
      if (unknown || loaders.size === 0 || !layouts.has('dagre')) {
        leftOut = new Set();
        summary = 'mermaid: a diagram type could not be told; every diagram chunk is precached';
        return;
      }
      const chunks = Object.values(bundle).filter((o) => o.type === 'chunk');
      leftOut = unusedDiagramChunks(chunks, { diagrams: loaders, layouts }, {
        types: used,
        layouts: neededLayouts(used, sources),
        math: sources.some((source) => source.includes('$$')),
      });
      summary = `mermaid: precaching diagram types ${[...used].sort().join(', ') || '(none)'}; ${leftOut.size} chunks of other types (and KaTeX, if no diagram has math) left out`;
    },
  };
  const manifestTransform: ManifestTransform = (entries) => {
    const kept = entries.filter((entry) => !leftOut.has(entry.url.replace(/^\.?\//, '')));
    const droppedBytes = entries.filter((entry) => !kept.includes(entry)).reduce((n, e) => n + e.size, 0);
    if (summary) console.log(`\n${summary} (${(droppedBytes / 1024 / 1024).toFixed(2)} MiB)`);
    return { manifest: kept, warnings: [] };
  };
  return { plugin, manifestTransform };
}
