import { describe, expect, it } from 'vitest';
import { decodeRanges, encodeRanges, splitByRanges } from '../../../src/lessons/highlight-ranges';
import { highlightExample, highlightRanges } from '../../../src/lessons/pipeline/highlight-example';
import { renderLessonMarkdown } from '../../../src/lessons/pipeline/render';

const CODE = [
  '// House prices: a line through the points',
  'const xs = tf.tensor2d([1, 2, 3], [3, 1]);',
  "const name = 'a < b && \"c\"';",
  'if (xs.shape[0] > 2) lab.print(true);',
].join('\n');

/** The text each kind of range covers, in order. */
function covered(code: string) {
  return highlightRanges(code).map((r) => [r.kind, code.slice(r.start, r.start + r.length)]);
}

describe('example highlighting (build time → browser)', () => {
  it('finds comments, keywords, strings and literals at their exact places in the code', () => {
    const found = covered(CODE);
    expect(found).toContainEqual(['comment', '// House prices: a line through the points']);
    expect(found).toContainEqual(['keyword', 'const']);
    // Escaped characters inside the string (<, &, ") are counted as one character each.
    expect(found).toContainEqual(['string', "'a < b && \"c\"'"]);
    expect(found).toContainEqual(['literal', 'true']);
  });

  it('decodes what it encodes, and the pieces put back together are the code', () => {
    const ranges = highlightRanges(CODE);
    expect(decodeRanges(encodeRanges(ranges))).toEqual(ranges);
    const pieces = splitByRanges(CODE, decodeRanges(highlightExample(CODE)));
    expect(pieces.map((p) => p.text).join('')).toBe(CODE);
    expect(pieces.filter((p) => p.kind !== null).length).toBe(ranges.length);
  });

  it('stops at a malformed part and at a range past the end, keeping the code whole', () => {
    expect(decodeRanges('0,5,0;x,y,z;1,2,0')).toEqual([{ start: 0, length: 5, kind: 'keyword' }]);
    expect(decodeRanges('0,5,99')).toEqual([]);
    const pieces = splitByRanges('const a', [{ start: 0, length: 5, kind: 'keyword' }, { start: 6, length: 9, kind: 'string' }]);
    expect(pieces).toEqual([
      { text: 'const', kind: 'keyword' },
      { text: ' a', kind: null },
    ]);
  });
});

describe('wide things in lessons', () => {
  it('wraps every table in a focusable box that scrolls sideways, and makes code blocks, display math and diagram sources focusable', async () => {
    const { html } = await renderLessonMarkdown('x', '| a | b |\n|---|---|\n| 1 | 2 |\n\ntext\n\n| c |\n|---|\n| 3 |\n');
    expect(html.match(/<div class="table-scroll" tabindex="0"><table>/g)).toHaveLength(2);
    const other = await renderLessonMarkdown('x', '```ts\nconst a = 1;\n```\n\n$$\nx^2\n$$\n\n```mermaid\nflowchart LR\n  A --> B\n```\n');
    expect(other.html).toMatch(/<pre tabindex="0"><code class="hljs language-ts">/);
    expect(other.html).toMatch(/<span class="katex-display" tabindex="0">/);
    // axe: a diagram's source scrolls until the diagram is drawn (lazily, near the viewport), so a keyboard must reach it.
    expect(other.html).toMatch(/<pre class="mermaid-source" tabindex="0">/);
  });
});
