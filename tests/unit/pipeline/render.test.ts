import { describe, expect, it } from 'vitest';
import { substituteFacts } from '../../../src/lessons/pipeline/facts';
import { niceTicks } from '../../../src/lessons/pipeline/plots';
import { renderLessonMarkdown } from '../../../src/lessons/pipeline/render';

describe('Markdown → HTML', () => {
  it('typesets inline and display math with KaTeX at build time', async () => {
    const { html, messages } = await renderLessonMarkdown('x', 'Inline $a^2$.\n\n$$\n\\frac{1}{2}\n$$\n');
    expect(messages).toEqual([]);
    expect(html).toContain('class="katex"');
    expect(html).toContain('katex-display');
    expect(html).toContain('<math'); // MathML for screen readers
    expect(html.match(/<semantics><mrow>/g)).toHaveLength(2);
    // …without KaTeX's TeX copy of each formula, which nothing reads.
    expect(html).not.toContain('<annotation');
    expect(html).not.toContain('\\frac');
  });

  it('keeps Chinese punctuation after an inline formula on the formula’s line', async () => {
    const { html } = await renderLessonMarkdown('x', '取 $C = 1$、$n = 2$，得到 $y$。然后 $z$ 继续', undefined, { locale: 'zh' });
    const kept = [...html.matchAll(/<span class="math-nobr">([\s\S]*?)<\/span>(?=[^<]*)/g)].length;
    expect(kept).toBe(3);
    // The punctuation moved into the wrapper (right after the formula), not duplicated; the formula followed by text is not wrapped.
    expect(html.match(/、/g)).toHaveLength(1);
    expect(html).toMatch(/<\/span><\/span>、<\/span>/);
    expect(html).toMatch(/<\/span><\/span>。<\/span>然后/);
    expect(html).toMatch(/<\/span><\/span> 继续/);
  });

  it('turns a bad formula into an inline error and reports its line', async () => {
    const { html, messages } = await renderLessonMarkdown('x', 'Fine.\n\nBad $\\frac{1}{$ here.\n');
    expect(html).toContain('katex-error');
    expect(messages).toEqual([expect.objectContaining({ kind: 'math', line: 3 })]);
  });

  it('builds a table of contents from h2/h3 and rewrites in-page links to hash routes', async () => {
    const { html, toc } = await renderLessonMarkdown('my-lesson', '## First part\n\n### A detail\n\nSee [it](#first-part).\n');
    expect(toc).toEqual([
      { id: 'first-part', text: 'First part', depth: 2 },
      { id: 'a-detail', text: 'A detail', depth: 3 },
    ]);
    expect(html).toContain('href="#/lessons/my-lesson/first-part"');
  });

  it('makes callouts, and reports unknown ones as unknown components', async () => {
    const ok = await renderLessonMarkdown('x', '> [!MISTAKE]\n> Wrong numbers.\n');
    expect(ok.html).toContain('<aside class="callout callout-mistake" role="note"');
    expect(ok.html).toContain('Common mistake');
    const bad = await renderLessonMarkdown('x', 'Text.\n\n> [!DANGER]\n> Hm.\n');
    expect(bad.messages).toEqual([expect.objectContaining({ kind: 'component', line: 3 })]);
  });

  it('keeps mermaid source for the browser, outside any <pre> wrapper', async () => {
    const { html, diagrams } = await renderLessonMarkdown('x', '```mermaid\nflowchart LR\n  A --> B\n```\n');
    expect(diagrams).toEqual([{ source: 'flowchart LR\n  A --> B', line: 1 }]);
    expect(html).toMatch(/^<figure class="mermaid-diagram"><pre class="mermaid-source" tabindex="0">flowchart LR/);
  });

  it('draws plots as SVG at build time and rejects unknown functions', async () => {
    const { html, messages } = await renderLessonMarkdown('x', '```plot\n{ "functions": ["sigmoid"], "x": [-6, 6] }\n```\n');
    expect(messages).toEqual([]);
    expect(html).toContain('<svg viewBox="0 0 480 260" role="img"');
    const bad = await renderLessonMarkdown('x', '```plot\n{ "functions": ["nope"], "x": [-1, 1] }\n```\n');
    expect(bad.messages[0]?.message).toContain('unknown function "nope"');
    const notJson = await renderLessonMarkdown('x', '```plot\n{ functions }\n```\n');
    expect(notJson.messages[0]?.message).toContain('not valid JSON');
  });

  it('highlights TypeScript code blocks', async () => {
    const { html } = await renderLessonMarkdown('x', '```ts\nconst x = 1;\n```\n');
    expect(html).toContain('<span class="hljs-keyword">const</span>');
  });
});

describe('facts', () => {
  it('substitutes {{name}} in prose and math, and reports unknown names by line', () => {
    const { text, unknown } = substituteFacts('a {{p}}\n$x = {{ q }}$\n{{missing}}', { p: '0.629', q: '1.2' });
    expect(text).toBe('a 0.629\n$x = 1.2$\n{{missing}}');
    expect(unknown).toEqual([{ name: 'missing', line: 3 }]);
  });

  it('does not treat inherited object keys as facts', () => {
    expect(substituteFacts('{{constructor}}', {}).unknown).toEqual([{ name: 'constructor', line: 1 }]);
  });
});

describe('plot ticks', () => {
  it('picks 1-2-5 steps covering the range', () => {
    expect(niceTicks(-6, 6)).toEqual([-6, -4, -2, 0, 2, 4, 6]);
    expect(niceTicks(0, 1, 5)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });
});
