/**
 * Mermaid diagrams: a fenced ```mermaid block becomes a `<figure>` holding
 * the diagram's source. The browser draws it (mermaid is loaded lazily, only
 * for lessons that have diagrams); `check:content` parses every diagram.
 */
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { replaceWithBlock } from './block-node';

export interface DiagramSource {
  readonly source: string;
  readonly line: number | null;
}

export function remarkMermaidBlocks(found: DiagramSource[]) {
  return () => (tree: Root) => {
    visit(tree, 'code', (node: Code) => {
      if (node.lang !== 'mermaid') return;
      found.push({ source: node.value, line: node.position?.start.line ?? null });
      replaceWithBlock(node, 'figure', { className: ['mermaid-diagram'] }, [
        { type: 'element', tagName: 'pre', properties: { className: ['mermaid-source'] }, children: [{ type: 'text', value: node.value }] },
      ]);
    });
  };
}
