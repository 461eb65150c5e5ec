import type { Code } from 'mdast';
import type { ElementContent, Properties } from 'hast';

/**
 * Turns a fenced code block into a custom block element. Setting `hName` on
 * the `code` node itself would still wrap it in `<pre>`; a node of an
 * unknown type with `data.hName` becomes exactly that element.
 */
export function replaceWithBlock(node: Code, tagName: string, properties: Properties, children: ElementContent[]): void {
  const block = node as unknown as { type: string; data: unknown; value?: string };
  block.type = 'lmlBlock';
  delete block.value;
  block.data = { hName: tagName, hProperties: properties, hChildren: children };
}
