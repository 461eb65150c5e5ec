/**
 * Typeset math stored once per lesson, not once per language.
 *
 * KaTeX's HTML is most of a lesson chunk's size (a formula's boxes and
 * struts take ~2 KB), and a lesson's English and Chinese editions typeset
 * the same formulas (only words inside `\text{}` differ). So the build moves
 * every formula both editions contain into one module the two edition
 * chunks import; each edition keeps its text and its own formulas and is
 * rebuilt by `joinMath` (src/lessons/join-math.ts) when its chunk loads.
 * The offline precache then holds that math once.
 */

const FORMULA_START = /<span class="katex(?:-display)?"[^>]*>/g;
const SPAN_TAG = /<span\b|<\/span>/g;

/** `[start, end)` of each outermost typeset formula (a `span.katex`, or its `span.katex-display` wrapper). */
export function formulaRanges(html: string): [number, number][] {
  const ranges: [number, number][] = [];
  FORMULA_START.lastIndex = 0;
  for (let start = FORMULA_START.exec(html); start; start = FORMULA_START.exec(html)) {
    let depth = 0;
    SPAN_TAG.lastIndex = start.index;
    for (let tag = SPAN_TAG.exec(html); tag; tag = SPAN_TAG.exec(html)) {
      depth += tag[0] === '</span>' ? -1 : 1;
      if (depth === 0) break;
    }
    if (depth !== 0) throw new Error(`Unbalanced <span> in a typeset formula at offset ${String(start.index)}`);
    const end = SPAN_TAG.lastIndex;
    ranges.push([start.index, end]);
    FORMULA_START.lastIndex = end;
  }
  return ranges;
}

const formulasOf = (html: string): string[] => formulaRanges(html).map(([start, end]) => html.slice(start, end));

/** The formulas (as HTML) of the English edition that another edition also has, each once, in English order. */
export function sharedFormulas(english: string, others: readonly string[]): string[] {
  const elsewhere = new Set(others.flatMap(formulasOf));
  return [...new Set(formulasOf(english))].filter((formula) => elsewhere.has(formula));
}

/** An edition's HTML cut around the shared formulas it contains: `joinMath(parts, refs, shared)` gives `html` back. */
export function splitAtFormulas(html: string, shared: readonly string[]): { parts: string[]; refs: number[] } {
  const index = new Map(shared.map((formula, i) => [formula, i]));
  const parts: string[] = [];
  const refs: number[] = [];
  let from = 0;
  for (const [start, end] of formulaRanges(html)) {
    const ref = index.get(html.slice(start, end));
    if (ref === undefined) continue;
    parts.push(html.slice(from, start));
    refs.push(ref);
    from = end;
  }
  parts.push(html.slice(from));
  return { parts, refs };
}
