/**
 * A runnable example's syntax highlighting, made at build time with
 * highlight.js (the highlighter of the lessons' code blocks) and stored as
 * compact ranges (see ../highlight-ranges.ts): the code pane shows the code
 * coloured until the reader opens the editor.
 */
import hljs from 'highlight.js/lib/core';
import typescript from 'highlight.js/lib/languages/typescript';
import { encodeRanges, HIGHLIGHT_KINDS, type HighlightKind, type HighlightRange } from '../highlight-ranges';

hljs.registerLanguage('typescript', typescript);

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#x27;': "'" };
const isKind = (name: string): name is HighlightKind => (HIGHLIGHT_KINDS as readonly string[]).includes(name);

/**
 * Reads highlight.js's HTML back into ranges of the original code: the
 * outermost span of a kept kind becomes a range (e.g. a whole comment).
 * Throws if the text does not add up to the code, which would mean the
 * HTML was misread.
 */
export function highlightRanges(code: string): HighlightRange[] {
  const html = hljs.highlight(code, { language: 'typescript', ignoreIllegals: true }).value;
  const ranges: HighlightRange[] = [];
  const open: { kind: string; start: number }[] = [];
  let offset = 0;
  for (const [token, className, entity] of html.matchAll(/<span class="hljs-([^"]+)">|<\/span>|(&(?:lt|gt|amp|quot|#x27);)|[^<&]+/g)) {
    if (className !== undefined) open.push({ kind: className.split(/[ .]/)[0] ?? '', start: offset });
    else if (token === '</span>') {
      const span = open.pop();
      if (span && isKind(span.kind) && !open.some((outer) => isKind(outer.kind)) && offset > span.start) {
        ranges.push({ start: span.start, length: offset - span.start, kind: span.kind });
      }
    } else offset += entity !== undefined ? (ENTITIES[entity] ?? entity).length : token.length;
  }
  if (offset !== code.length) throw new Error(`highlighting read ${offset} characters of ${code.length}`);
  return ranges.sort((a, b) => a.start - b.start);
}

export function highlightExample(code: string): string {
  return encodeRanges(highlightRanges(code));
}
