/**
 * Which mermaid chunks the offline precache may leave out: a synthetic chunk
 * graph for the reachability rule, and mermaid's real files for the loader maps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagramLoaders, layoutLoaders, neededLayouts, unusedDiagramChunks, type ChunkNode } from '../../../scripts/vite/mermaid-offline';

const MERMAID_DIST = resolve(import.meta.dirname, '../../../node_modules/mermaid/dist');
const CORE = '/x/node_modules/mermaid/dist/chunks/mermaid.core/';

const chunk = (fileName: string, extra: Partial<ChunkNode> = {}): ChunkNode => ({
  fileName,
  isEntry: false,
  imports: [],
  dynamicImports: [],
  facadeModuleId: null,
  ...extra,
});

describe('unusedDiagramChunks', () => {
  const graph: ChunkNode[] = [
    chunk('index.js', { isEntry: true, dynamicImports: ['mermaid.js'] }),
    chunk('mermaid.js', {
      dynamicImports: ['flow.js', 'pie.js', 'dagre.js', 'elk.js', 'katex.js'],
      moduleIds: ['/x/node_modules/mermaid/dist/mermaid.core.mjs'],
    }),
    chunk('katex.js', { facadeModuleId: '/x/node_modules/katex/dist/katex.mjs' }),
    chunk('flow.js', { facadeModuleId: `${CORE}flowDiagram-AAA.mjs`, imports: ['shared.js'] }),
    chunk('pie.js', { facadeModuleId: `${CORE}pieDiagram-BBB.mjs`, imports: ['shared.js', 'pie-parser.js'] }),
    chunk('pie-parser.js'),
    chunk('shared.js'),
    chunk('dagre.js', { facadeModuleId: `${CORE}dagre-CCC.mjs` }),
    chunk('elk.js', { facadeModuleId: `${CORE}elk-DDD.mjs`, imports: ['elk-core.js'] }),
    chunk('elk-core.js'),
  ];
  const loaders = {
    diagrams: new Map([
      ['flowchart-v2', 'flowDiagram-AAA'],
      ['pie', 'pieDiagram-BBB'],
    ]),
    layouts: new Map([
      ['dagre', 'dagre-CCC'],
      ['elk', 'elk-DDD'],
    ]),
  };

  it('leaves out what only unused types and layouts reach, and keeps shared chunks', () => {
    const out = unusedDiagramChunks(graph, loaders, { types: new Set(['flowchart-v2']), layouts: new Set(['dagre']), math: false });
    expect([...out].sort()).toEqual(['elk-core.js', 'elk.js', 'katex.js', 'pie-parser.js', 'pie.js']);
  });

  it('keeps KaTeX when a diagram has math, or when something else imports it', () => {
    const used = { types: new Set(['flowchart-v2']), layouts: new Set(['dagre']) };
    expect(unusedDiagramChunks(graph, loaders, { ...used, math: true }).has('katex.js')).toBe(false);
    const alsoFromApp = graph.map((c) => (c.fileName === 'index.js' ? { ...c, dynamicImports: [...c.dynamicImports, 'katex.js'] } : c));
    expect(unusedDiagramChunks(alsoFromApp, loaders, { ...used, math: false }).has('katex.js')).toBe(false);
  });

  it('leaves out nothing when every type and layout is used', () => {
    const out = unusedDiagramChunks(graph, loaders, { types: new Set(['flowchart-v2', 'pie']), layouts: new Set(['dagre', 'elk']), math: true });
    expect(out.size).toBe(0);
  });
});

describe("mermaid's own loader maps", () => {
  it('maps the common diagram types to their modules', () => {
    const loaders = diagramLoaders(readFileSync(join(MERMAID_DIST, 'mermaid.core.mjs'), 'utf8'));
    for (const type of ['flowchart-v2', 'sequence', 'classDiagram', 'stateDiagram', 'pie', 'mindmap']) {
      expect(loaders.get(type), type).toMatch(/^[\w-]+-[A-Z0-9]{8}$/);
    }
  });

  it('maps the layouts, dagre included', () => {
    const dir = join(MERMAID_DIST, 'chunks', 'mermaid.core');
    const sources = readdirSync(dir)
      .filter((f) => f.endsWith('.mjs'))
      .map((f) => readFileSync(join(dir, f), 'utf8'));
    const layouts = layoutLoaders(sources);
    expect(layouts.get('dagre')).toMatch(/^dagre-/);
    expect(layouts.get('cose-bilkent')).toMatch(/^cose-bilkent-/);
  });

  it('needs dagre always, a type’s own layout, and a layout a diagram names', () => {
    expect([...neededLayouts(new Set(['flowchart-v2']), ['flowchart LR\n a --> b'])]).toEqual(['dagre']);
    expect(neededLayouts(new Set(['mindmap']), []).has('cose-bilkent')).toBe(true);
    expect(neededLayouts(new Set(['flowchart-v2']), ['---\nconfig:\n  layout: elk\n---\nflowchart LR\n a-->b']).has('elk')).toBe(true);
  });
});
