/**
 * Drift between a lesson's two editions (index.md and index.zh.md): they
 * share facts, examples, diagrams, plots and formulas and differ only in
 * prose, so their structure must match. Compared, in order:
 *   - headings (## and ###: same number, same levels, same order);
 *   - callouts (same kinds in the same order);
 *   - facts (the same set of {{names}});
 *   - plots (same specs, the title aside) and diagrams (same nodes and edges,
 *     labels aside), in order;
 *   - display formulas (identical, except the text inside \text{…});
 *   - code blocks and tables (same count; tables the same shape);
 * and, in the Chinese edition, prose left in English (a paragraph, list item,
 * heading or cell with no Chinese character and two English words or more,
 * or five English words in a row anywhere outside code, links and emphasis).
 * Words, not structure, are free: sentences may be split, merged or reordered
 * inside a section.
 */
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

export interface DriftProblem {
  readonly message: string;
  /** Line in the Chinese edition (null: the file as a whole). */
  readonly line: number | null;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;
const CALLOUT = /^\[!([A-Za-z]+)\]/;
export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Words of two letters or more. */
const ENGLISH_WORD = /[A-Za-z]{2,}(?:['’-][A-Za-z]+)*/g;

interface Outline {
  readonly headings: { depth: number; line: number | null }[];
  readonly callouts: { kind: string; line: number | null }[];
  readonly facts: Set<string>;
  readonly plots: { spec: string; line: number | null }[];
  readonly diagrams: { skeleton: string; line: number | null }[];
  readonly formulas: { tex: string; line: number | null }[];
  readonly code: { lang: string; line: number | null }[];
  readonly tables: { shape: string; line: number | null }[];
  /** Chinese edition only: text nodes' places for the English check. */
  readonly prose: { text: string; line: number | null; kind: string }[];
}

/** A mermaid diagram with its labels blanked: the nodes and edges, which both editions share. */
export function diagramSkeleton(source: string): string {
  return source
    .split('\n')
    .map((line) => line.replace(/%%.*$/, ''))
    .map((line) =>
      line
        .replace(/"[^"]*"/g, '""')
        .replace(/\[[^\]]*\]/g, '[]')
        .replace(/\([^()]*\)/g, '()')
        .replace(/\{[^}]*\}/g, '{}')
        .replace(/\|[^|]*\|/g, '||')
        .replace(/\s+/g, ''),
    )
    .filter((line) => line !== '')
    .join('\n');
}

/** A plot's JSON without its title (the caption is prose). */
function plotSpec(source: string): string {
  try {
    const { title: _title, ...rest } = JSON.parse(source) as Record<string, unknown>;
    return JSON.stringify(rest);
  } catch {
    return source;
  }
}

/** A display formula with its \text{…} blanked: the Chinese edition may translate the words in it. */
function formulaSkeleton(tex: string): string {
  return tex.replace(/\\(?:text|textrm|mathrm|textbf)\{[^{}]*\}/g, (whole) => whole.replace(/\{[^{}]*\}/, '{}')).replace(/\s+/g, '');
}

function textOf(node: Nodes, skip: (n: Nodes) => boolean): string {
  if (skip(node)) return ' ';
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as Nodes[]).map((child) => textOf(child, skip)).join('');
  return ' ';
}

function outline(markdown: string): Outline {
  const facts = new Set<string>();
  for (const match of markdown.matchAll(PLACEHOLDER)) facts.add(match[1] ?? '');
  // Facts become a neutral token so that they parse as a word wherever they stand.
  const source = markdown.replace(PLACEHOLDER, 'LMLFACT');
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMath).parse(source);
  const result: Outline = { headings: [], callouts: [], facts, plots: [], diagrams: [], formulas: [], code: [], tables: [], prose: [] };
  const line = (node: Nodes) => node.position?.start.line ?? null;
  // Not prose: code, math, link text (names of papers and tools), emphasis (titles).
  const notProse = (n: Nodes) => n.type === 'inlineCode' || n.type === 'inlineMath' || n.type === 'link' || n.type === 'emphasis';
  visit(tree, (node: Nodes) => {
    switch (node.type) {
      case 'heading':
        if (node.depth === 2 || node.depth === 3) result.headings.push({ depth: node.depth, line: line(node) });
        result.prose.push({ text: textOf(node, notProse), line: line(node), kind: 'heading' });
        return;
      case 'blockquote': {
        const first = node.children[0];
        const text = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0].value : '';
        const match = CALLOUT.exec(text);
        if (match) result.callouts.push({ kind: (match[1] ?? '').toUpperCase(), line: line(node) });
        return;
      }
      case 'code':
        if (node.lang === 'plot') result.plots.push({ spec: plotSpec(node.value), line: line(node) });
        else if (node.lang === 'mermaid') result.diagrams.push({ skeleton: diagramSkeleton(node.value), line: line(node) });
        else result.code.push({ lang: node.lang ?? '', line: line(node) });
        return;
      case 'math':
        result.formulas.push({ tex: formulaSkeleton(node.value), line: line(node) });
        return;
      case 'table':
        result.tables.push({ shape: `${node.children.length}×${node.children[0]?.children.length ?? 0}`, line: line(node) });
        return;
      case 'paragraph':
        result.prose.push({ text: textOf(node, notProse).replace(CALLOUT, ''), line: line(node), kind: 'paragraph' });
        return;
      case 'tableCell':
        result.prose.push({ text: textOf(node, notProse), line: line(node), kind: 'table cell' });
        return;
      default:
        return;
    }
  });
  return result;
}

/** English prose in the Chinese edition: no Chinese and two words or more, or five English words in a row. */
export function englishLeft(text: string, allowed: ReadonlySet<string>): string | null {
  const cleaned = text.replace(/LMLFACT/g, ' ');
  const words = [...cleaned.matchAll(ENGLISH_WORD)].map((m) => m[0]).filter((word) => !allowed.has(word.toLowerCase()));
  if (!CJK.test(cleaned) && words.length >= 2) return cleaned.trim().slice(0, 60);
  const run = /(?:[A-Za-z]{2,}[\s,]+){4}[A-Za-z]{2,}/.exec(cleaned);
  if (run && run[0].split(/[\s,]+/).some((word) => !allowed.has(word.toLowerCase()))) return run[0].slice(0, 60);
  return null;
}

function sequence<T>(what: string, en: readonly T[], zh: readonly T[], same: (a: T, b: T) => boolean, lineOf: (item: T) => number | null, describe: (item: T) => string): DriftProblem[] {
  const problems: DriftProblem[] = [];
  const count = Math.max(en.length, zh.length);
  for (let i = 0; i < count; i++) {
    const a = en[i];
    const b = zh[i];
    if (a === undefined && b !== undefined) {
      problems.push({ message: `${what} ${i + 1} (${describe(b)}) is not in the English edition`, line: lineOf(b) });
      break;
    }
    if (b === undefined && a !== undefined) {
      problems.push({ message: `${what} ${i + 1} of the English edition (${describe(a)}, line ${lineOf(a) ?? '?'}) is missing here`, line: null });
      break;
    }
    if (a !== undefined && b !== undefined && !same(a, b)) {
      problems.push({ message: `${what} ${i + 1} differs from the English edition's (line ${lineOf(a) ?? '?'}): ${describe(b)} here, ${describe(a)} there`, line: lineOf(b) });
      break;
    }
  }
  return problems;
}

/**
 * Every way the Chinese edition `zh` drifts from the English `en`: missing or
 * extra structure (first difference of each kind), facts used by one only,
 * and prose left in English. `allowed` lists words a Chinese text may keep
 * (lowercase: product and library names, symbols spelled out).
 */
export function compareEditions(en: string, zh: string, allowed: ReadonlySet<string> = new Set()): DriftProblem[] {
  const a = outline(en);
  const b = outline(zh);
  const at = (item: { line: number | null }) => item.line;
  const problems: DriftProblem[] = [
    ...sequence('heading', a.headings, b.headings, (x, y) => x.depth === y.depth, at, (h) => `a level-${h.depth} heading`),
    ...sequence('callout', a.callouts, b.callouts, (x, y) => x.kind === y.kind, at, (c) => `[!${c.kind}]`),
    ...sequence('plot', a.plots, b.plots, (x, y) => x.spec === y.spec, at, (p) => p.spec.slice(0, 60)),
    ...sequence('diagram', a.diagrams, b.diagrams, (x, y) => x.skeleton === y.skeleton, at, (d) => d.skeleton.split('\n').slice(0, 2).join(' ')),
    ...sequence('display formula', a.formulas, b.formulas, (x, y) => x.tex === y.tex, at, (f) => f.tex.slice(0, 50)),
    ...sequence('code block', a.code, b.code, (x, y) => x.lang === y.lang, at, (c) => c.lang || 'no language'),
    ...sequence('table', a.tables, b.tables, (x, y) => x.shape === y.shape, at, (t) => `${t.shape} rows × columns`),
  ];
  const onlyEn = [...a.facts].filter((name) => !b.facts.has(name));
  const onlyZh = [...b.facts].filter((name) => !a.facts.has(name));
  if (onlyEn.length > 0) problems.push({ message: `facts used by the English edition only: ${onlyEn.map((n) => `{{${n}}}`).join(', ')}`, line: null });
  if (onlyZh.length > 0) problems.push({ message: `facts used by this edition only: ${onlyZh.map((n) => `{{${n}}}`).join(', ')}`, line: null });
  for (const piece of b.prose) {
    const english = englishLeft(piece.text, allowed);
    if (english) problems.push({ message: `this ${piece.kind} is still in English: "${english}"`, line: piece.line });
  }
  return problems;
}
