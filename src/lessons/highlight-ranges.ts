/**
 * Syntax highlighting of an example's code as a compact list of ranges,
 * made at build time (src/lessons/pipeline/highlight-example.ts, with
 * highlight.js) and turned into coloured spans in the browser by the code
 * pane's preview. Ranges cost about a third of the code's own size, where
 * highlight.js's HTML would cost three times it in the offline precache.
 *
 * Encoding: `gap,length,kind;gap,length,kind;…`, numbers in base 36, `gap`
 * counted from the end of the previous range, `kind` an index into
 * HIGHLIGHT_KINDS (highlight.js's class names without `hljs-`).
 */
/** The kinds worth colouring in a preview (numbers, names and properties stay plain: fewer bytes). */
export const HIGHLIGHT_KINDS = ['keyword', 'string', 'comment', 'literal', 'regexp'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export interface HighlightRange {
  readonly start: number;
  readonly length: number;
  readonly kind: HighlightKind;
}

export function encodeRanges(ranges: readonly HighlightRange[]): string {
  let end = 0;
  return ranges
    .map(({ start, length, kind }) => {
      const part = `${(start - end).toString(36)},${length.toString(36)},${HIGHLIGHT_KINDS.indexOf(kind)}`;
      end = start + length;
      return part;
    })
    .join(';');
}

/** The ranges back; a malformed part ends the list (the rest of the code shows uncoloured). */
export function decodeRanges(encoded: string): HighlightRange[] {
  const ranges: HighlightRange[] = [];
  let end = 0;
  for (const part of encoded ? encoded.split(';') : []) {
    const [gap, length, kindIndex] = part.split(',').map((n) => parseInt(n, 36));
    const kind = HIGHLIGHT_KINDS[kindIndex ?? -1];
    if (gap === undefined || length === undefined || !kind || !(gap >= 0) || !(length > 0)) break;
    ranges.push({ start: end + gap, length, kind });
    end += gap + length;
  }
  return ranges;
}

/** The code cut into plain and highlighted pieces, in order, covering it exactly. */
export function splitByRanges(code: string, ranges: readonly HighlightRange[]): { text: string; kind: HighlightKind | null }[] {
  const pieces: { text: string; kind: HighlightKind | null }[] = [];
  let at = 0;
  for (const { start, length, kind } of ranges) {
    if (start < at || start + length > code.length) break;
    if (start > at) pieces.push({ text: code.slice(at, start), kind: null });
    pieces.push({ text: code.slice(start, start + length), kind });
    at = start + length;
  }
  if (at < code.length) pieces.push({ text: code.slice(at), kind: null });
  return pieces;
}
