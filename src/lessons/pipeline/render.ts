/**
 * Markdown → ready HTML at build time: GFM, math typeset by KaTeX, code
 * highlighted, callouts, build-time plots, mermaid placeholders, heading ids
 * and a table of contents. The browser gets finished HTML and needs neither
 * a markdown parser nor KaTeX's JavaScript to show a lesson.
 */
import type { Element, Root as HastRoot } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeHighlight from 'rehype-highlight';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import bash from 'highlight.js/lib/languages/bash';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import python from 'highlight.js/lib/languages/python';
import typescript from 'highlight.js/lib/languages/typescript';
import type { Locale } from '../../i18n/locales';
import type { TocEntry } from '../types';
import { remarkCallouts } from './callouts';
import type { GlossaryTerm } from './glossary-schema';
import { rehypeGlossaryLinks, remarkGlossaryBlock } from './glossary';
import { remarkMermaidBlocks, type DiagramSource } from './mermaid-blocks';
import { remarkPlots } from './plots';

export interface RenderOptions {
  /** The edition's language: callout labels, plot names and glossary entries are written in it. Default English. */
  readonly locale?: Locale;
  /** The glossary: rendered where a page has a ```glossary block, and linked from first uses when `linkTerms`. */
  readonly glossary?: readonly GlossaryTerm[];
  /** Link the first use of each glossary term to its entry (lessons do; the glossary itself does not). */
  readonly linkTerms?: boolean;
  /**
   * Ids for the headings, in document order, instead of ids made from their
   * text: a translation takes its English edition's, so a link to a heading
   * (`#/lessons/<slug>/<id>`) works in both languages.
   */
  readonly headingIds?: readonly string[];
}

export interface RenderedLesson {
  readonly html: string;
  readonly toc: TocEntry[];
  readonly diagrams: DiagramSource[];
  readonly messages: { message: string; line: number | null; kind: 'math' | 'component' }[];
}

/**
 * Wide things scroll sideways inside their own box on a narrow screen (the
 * page never does), and a keyboard can scroll them too: each table is
 * wrapped in a focusable `div.table-scroll`; code blocks, display math and
 * a diagram's source (shown until the diagram is drawn near the viewport,
 * hidden after) become focusable.
 */
function rehypeScrollableBoxes() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const classes = Array.isArray(node.properties['className']) ? node.properties['className'] : [];
      if (node.tagName === 'pre' || classes.includes('katex-display')) {
        node.properties['tabIndex'] = 0;
      }
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      parent.children[index] = { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], tabIndex: 0 }, children: [node] };
      return 'skip';
    });
  };
}

/**
 * KaTeX writes each formula three times: as HTML boxes (what is seen), as
 * MathML (what a screen reader reads) and, inside the MathML, its TeX source
 * as an `<annotation>`, which nothing in the app reads and renderers ignore.
 * Dropping the TeX copy saves ~4 % of a lesson's math bytes offline.
 */
function rehypeDropTexAnnotations() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'annotation' || !parent || index === undefined) return;
      parent.children.splice(index, 1);
      return index;
    });
  };
}

/** Chinese punctuation that must not begin a line (行首禁则): a closing mark or a pause. */
const NO_LINE_START = /^[，。、；：！？）」』”’》〉】…·]+/;

/**
 * A formula in a line of Chinese is an inline box, and browsers allow a line
 * break after it even when a `，` or `。` follows, so a line could start with
 * that punctuation. The punctuation is kept with its formula: both go in a
 * `span.math-nobr` that does not wrap (src/lessons/styles/article.css).
 */
function rehypeKeepPunctuationWithMath() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const classes = Array.isArray(node.properties['className']) ? node.properties['className'] : [];
      if (!classes.includes('katex') || !parent || index === undefined) return;
      const next = parent.children[index + 1];
      const punctuation = next?.type === 'text' ? NO_LINE_START.exec(next.value)?.[0] : undefined;
      if (next?.type !== 'text' || punctuation === undefined) return;
      next.value = next.value.slice(punctuation.length);
      parent.children[index] = { type: 'element', tagName: 'span', properties: { className: ['math-nobr'] }, children: [node, { type: 'text', value: punctuation }] };
      return 'skip';
    });
  };
}

/** Heading ids for the TOC, and in-page `#id` links rewritten to the app's hash routes (`#<base>/<id>`). */
function rehypeTocAndLinks(base: string, toc: TocEntry[]) {
  return () => (tree: HastRoot) => {
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties['id'] === 'string') {
        toc.push({ id: node.properties['id'], text: toString(node), depth: node.tagName === 'h2' ? 2 : 3 });
      }
      const href = node.properties['href'];
      if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && !href.startsWith('#/')) {
        node.properties['href'] = `#${base}/${href.slice(1)}`;
      }
      if (node.tagName === 'a' && typeof href === 'string' && /^https?:/.test(href)) {
        node.properties['rel'] = ['noopener', 'noreferrer'];
      }
    });
  };
}

/** Gives headings the ids of another edition, by position (see `RenderOptions.headingIds`). */
function rehypeHeadingIds(ids: readonly string[] | undefined) {
  return () => (tree: HastRoot) => {
    if (!ids) return;
    let next = 0;
    visit(tree, 'element', (node: Element) => {
      if (!/^h[1-6]$/.test(node.tagName)) return;
      const id = ids[next++];
      if (id !== undefined) node.properties['id'] = id;
    });
  };
}

/** Every heading id in a rendered page, in order (for a translation's `headingIds`). */
export function headingIdsOf(html: string): string[] {
  return [...html.matchAll(/<h[1-6][^>]*\sid="([^"]*)"/g)].map((m) => m[1] ?? '');
}

/**
 * KaTeX runs with `strict: 'error'`, so what it would only print as a warning
 * (a `%` comment at the end of a formula, Unicode text in math mode…) becomes
 * a reported problem with its line; rehype-katex then renders the formula again
 * leniently, so the page still shows it.
 */
function mathMessage(text: string): string {
  const warning = /LaTeX-incompatible input and strict mode is set to 'error': (.*?) \[(\w+)\]/.exec(text);
  return warning ? `math: KaTeX warning (${warning[2] ?? ''}): ${warning[1] ?? ''}` : `math: ${text}`;
}

/**
 * Renders a lesson (`base` defaults to its route, `/lessons/<slug>`) or any
 * other page of the course, such as a reference page at `/<slug>`.
 */
export async function renderLessonMarkdown(slug: string, markdown: string, base = `/lessons/${slug}`, options: RenderOptions = {}): Promise<RenderedLesson> {
  const toc: TocEntry[] = [];
  const diagrams: DiagramSource[] = [];
  const locale = options.locale ?? 'en';
  const glossary = options.glossary ?? [];
  const file = new VFile({ value: markdown });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkMath)
    .use(remarkCallouts(locale))
    .use(remarkPlots(locale))
    .use(remarkMermaidBlocks(diagrams))
    .use(remarkGlossaryBlock(glossary, locale))
    .use(remarkRehype)
    .use(rehypeSlug)
    .use(rehypeHeadingIds(options.headingIds))
    .use(rehypeTocAndLinks(base, toc))
    .use(rehypeGlossaryLinks(options.linkTerms ? glossary : [], locale))
    .use(rehypeKatex, { output: 'htmlAndMathml', strict: 'error' })
    .use(rehypeDropTexAnnotations)
    .use(rehypeKeepPunctuationWithMath)
    .use(rehypeHighlight, {
      detect: false,
      languages: { bash, javascript, json, python, typescript },
      aliases: { typescript: ['ts', 'tsx'], javascript: ['js'], bash: ['sh', 'shell'] },
    })
    .use(rehypeScrollableBoxes)
    .use(rehypeStringify);
  const result = await processor.process(file);
  const messages = result.messages.map((m) => ({
    message: m.source === 'rehype-katex' ? mathMessage(m.cause instanceof Error ? m.cause.message : m.reason) : m.reason,
    // Display math's element has no position of its own; its nearest ancestor with one does.
    line: m.line ?? [...(m.ancestors ?? [])].reverse().find((node) => node.position)?.position?.start.line ?? null,
    kind: m.source === 'rehype-katex' ? ('math' as const) : ('component' as const),
  }));
  return { html: String(result), toc, diagrams, messages };
}
