/**
 * The character corpus of the language-model lesson, made from the course's
 * own lesson text: prose only (no frontmatter, code, math, diagrams, tables,
 * links' targets or placeholders), lowercased, letters and a few punctuation
 * marks, one space between words. Pure, so a test can run it on fixed text.
 */

/** Every character the corpus may contain; anything else becomes a space. */
export const CORPUS_ALPHABET = "abcdefghijklmnopqrstuvwxyz .,;:'?!-\n";

export function cleanLessonText(markdown: string): string {
  let text = markdown;
  text = text.replace(/^---\n[\s\S]*?\n---\n/, ''); // frontmatter
  text = text.replace(/```[\s\S]*?```/g, ' '); // code, mermaid and plot blocks
  text = text.replace(/\$\$[\s\S]*?\$\$/g, ' '); // display math
  text = text.replace(/\$[^$\n]*\$/g, ' '); // inline math
  text = text.replace(/\{\{[^}]*\}\}/g, ' '); // fact placeholders (their values vary)
  text = text.replace(/^\s*\|.*\|\s*$/gm, ' '); // tables
  text = text.replace(/^>\s*\[![A-Z]+\]\s*$/gm, ' '); // callout markers
  text = text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'); // links: keep the words
  text = text.replace(/`[^`]*`/g, ' '); // inline code
  text = text.replace(/^#+\s*/gm, ''); // heading marks
  text = text.replace(/[*_>]/g, ' '); // emphasis and quote marks
  text = text.toLowerCase().replace(/[’‘]/g, "'").replace(/[–—]/g, '-');
  const allowed = new Set(CORPUS_ALPHABET);
  text = Array.from(text, (c) => (allowed.has(c) ? c : ' ')).join('');
  // Paragraphs become single lines; runs of spaces become one.
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 40)
    .join('\n');
}
