/**
 * Where each `{{fact}}` lands (prose, math or code), and the mistakes that a
 * fact, or typed text, can make in each place:
 *
 * - a `$` in prose opens inline math, so two money facts in one paragraph
 *   ("$2.99 … $88,178") swallow the text between them: write "USD 2.99";
 * - a `%` inside math starts a TeX comment, which hides the rest of the line
 *   (KaTeX warns only when the comment reaches the end of the formula);
 * - a grouped number (`1,000`) inside math is read as "1", punctuation, "000"
 *   and shown as "1, 000".
 *
 * The lesson is parsed once with every placeholder replaced by a plain-letter
 * token, so what is checked is the structure the author wrote, before any
 * fact can change it. Lines are the source lines (tokens never span lines).
 */
import type { Nodes } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Facts } from './facts';

export interface PlacementProblem {
  readonly message: string;
  readonly line: number;
}

type Place = 'prose' | 'math' | 'code';

const PLACEHOLDER = /\{\{\s*([A-Za-z_][\w.-]*)\s*\}\}/g;
const TOKEN = /LMLFACT(\d+)Z/g;
/** A dollar sign that is not escaped as `\$`. */
const DOLLAR = /(?<!\\)\$/;
/** A percent sign that is not escaped as `\%`. */
const PERCENT = /(?<!\\)%/;
/** Digits grouped by commas in threes, as fmtGrouped writes them: 1,000 or 88,178.5. */
const GROUPED = /\d,\d{3}(?!\d)/;

function placeOf(node: Nodes): Place | null {
  switch (node.type) {
    case 'text':
    case 'html':
      return 'prose';
    case 'inlineMath':
    case 'math':
      return 'math';
    case 'inlineCode':
    case 'code':
      return 'code';
    default:
      return null;
  }
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function factProblem(name: string, value: string, place: Place): string | null {
  if (place === 'prose' && DOLLAR.test(value)) {
    return `fact {{${name}}} is "${value}", used in prose, where "$" starts inline math: write money as "USD 2.99" (fmtUsd in src/format/prose.ts)`;
  }
  if (place === 'math' && PERCENT.test(value)) {
    return `fact {{${name}}} is "${value}", used inside math, where "%" starts a comment that hides the rest of the line: use a plain number (fmt) inside math, or move the percentage to prose`;
  }
  if (place === 'math' && GROUPED.test(value)) {
    return `fact {{${name}}} is "${value}", a grouped number used inside math, where the comma is punctuation (it shows as "1, 000"): use fmt() without grouping inside math, or move it to prose`;
  }
  return null;
}

/** Typed (not substituted) text inside a formula: `%` and grouped numbers. */
function typedMathProblems(source: string, start: number, end: number): PlacementProblem[] {
  const problems: PlacementProblem[] = [];
  const text = source.slice(start, end);
  const percent = PERCENT.exec(text);
  if (percent) {
    problems.push({
      message: 'math contains "%", which starts a comment inside math and hides the rest of the line: write \\% or keep percentages in prose',
      line: lineAt(source, start + percent.index),
    });
  }
  const grouped = /\d{1,3}(?:,\d{3})+(?!\d)/.exec(text.replace(TOKEN, (token) => ' '.repeat(token.length)));
  if (grouped) {
    problems.push({
      message: `math contains the grouped number "${grouped[0]}": the comma is punctuation inside math (it shows as "${grouped[0].replace(/,/g, ', ')}"); write ${grouped[0].replace(/,/g, '')} or {,}`,
      line: lineAt(source, start + grouped.index),
    });
  }
  return problems;
}

export function checkFactPlacement(markdown: string, facts: Facts): PlacementProblem[] {
  const used: { name: string; offset: number }[] = [];
  const source = markdown.replace(PLACEHOLDER, (_whole, name: string, offset: number) => {
    used.push({ name, offset });
    // Same line count, plain letters: parses as a word wherever it stands.
    return `LMLFACT${used.length - 1}Z`;
  });
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkMath).parse(source);
  const problems: PlacementProblem[] = [];
  visit(tree, (node: Nodes) => {
    const place = placeOf(node);
    if (place === null || !('value' in node) || typeof node.value !== 'string') return;
    for (const match of node.value.matchAll(TOKEN)) {
      const entry = used[Number(match[1])];
      if (!entry || !Object.hasOwn(facts, entry.name)) continue;
      const message = factProblem(entry.name, facts[entry.name] ?? '', place);
      if (message) problems.push({ message, line: lineAt(markdown, entry.offset) });
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (place === 'math' && start !== undefined && end !== undefined) problems.push(...typedMathProblems(source, start, end));
  });
  return problems.sort((a, b) => a.line - b.line);
}
