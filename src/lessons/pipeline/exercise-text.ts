/**
 * An exercise's short texts (prompt, hints, solution, options) to HTML at
 * build time: paragraphs split by a blank line, `code`, **bold**, and $math$
 * typeset by KaTeX as the lessons' math is (HTML plus MathML for screen
 * readers, strict). Everything else is escaped: an exercise text carries no
 * raw HTML.
 */
import katex from 'katex';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `code`, $math$ (a `\$` is a dollar sign), **bold**. */
const INLINE = /`([^`]+)`|\$((?:[^$\\]|\\.)+)\$|\*\*([^*]+)\*\*/g;

export interface RenderedText {
  readonly html: string;
  /** Formulas KaTeX refused, with its message. */
  readonly problems: readonly string[];
}

function renderInline(text: string, problems: string[]): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    html += escapeHtml(text.slice(last, match.index).replace(/\\\$/g, '$'));
    const [, code, math, bold] = match;
    if (code !== undefined) html += `<code>${escapeHtml(code)}</code>`;
    else if (bold !== undefined) html += `<strong>${escapeHtml(bold)}</strong>`;
    else if (math !== undefined) {
      try {
        html += katex.renderToString(math, { output: 'htmlAndMathml', strict: 'error', throwOnError: true });
      } catch (error) {
        problems.push(`formula $${math}$ does not typeset: ${error instanceof Error ? error.message : String(error)}`);
        html += `<code>${escapeHtml(math)}</code>`;
      }
    }
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last).replace(/\\\$/g, '$'));
}

export function renderExerciseText(text: string): RenderedText {
  const problems: string[] = [];
  const paragraphs = text
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  const html = paragraphs.map((p) => `<p>${renderInline(p, problems)}</p>`).join('');
  return { html, problems };
}
