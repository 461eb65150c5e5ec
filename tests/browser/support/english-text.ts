/**
 * Finds English a Chinese reader would meet: the text a person sees (and the
 * names a screen reader reads: aria-label, title, placeholder, alt) of a part
 * of the page, outside code, formulas and text the page marks as English on
 * purpose (`lang="en"`: the glossary's English column, the English button of
 * the language switch).
 *
 * Two rules:
 *   - anywhere, a run of two or more English words ("Run the example") is
 *     untranslated text, unless it is a name on ALLOWED_RUNS;
 *   - in the app's own controls (`ui: true`: header, menus, worksheet,
 *     editor toolbar and output), a single English word is too, unless it is
 *     on ALLOWED_WORDS. Lesson prose may gloss a term with its English word
 *     (词元（token）), so a single word there is fine.
 */
import type { Locator } from 'playwright-core';

/**
 * Names read the same in Chinese and English, each with why. Products and
 * libraries keep their names; units and abbreviations are written in Latin
 * letters in Chinese technical text too (d2l-zh writes GPU, API, CSV).
 */
const ALLOWED_WORDS = new Set([
  // Libraries, products, formats, standards the app names.
  'TensorFlow.js', 'TensorFlow', 'WebGPU', 'WebGL', 'KaTeX', 'Monaco', 'JSON', 'CSV', 'API', 'GPU', 'CPU', 'TPU', 'PWA', 'URL', 'HTML',
  // GPU makers and models in the worksheet's price table, language models and a tokenizer in its token prices (product names).
  'NVIDIA', 'AMD', 'Google', 'Cloud', 'GeForce', 'RTX', 'SXM', 'GPT', 'Turbo', 'js-tiktoken',
  // Keys as printed on the keyboard, in shortcuts.
  'Tab', 'Escape', 'Enter', 'Control',
  // What a person types as it is: the protocol and host a site is served from, a date's format.
  'https', 'localhost', 'YYYY-MM',
  // Currency codes and units.
  'USD', 'CNY', 'GB', 'MB', 'KB', 'MiB', 'KiB', 'GiB', 'ms', 'FLOP', 'FLOPs', 'TFLOP', 'TFLOPS', 'PFLOP', 'h',
  // Abbreviations the worksheet and lessons use as they are (CAC, LTV, ROI: d2l-zh and Chinese business writing use them).
  'CAC', 'LTV', 'ROI', 'MFU', 'CPM', 'SaaS', 'AI', 'ID', 'ROC', 'AUC',
]);

/**
 * Runs of words that are names or quoted data, not untranslated text: names
 * of people and products, and the English sentences lessons study as data
 * (the attention lesson's word-order pair, the tokenizer's sentence, a
 * low-temperature sample of a model trained on English text).
 */
const ALLOWED_RUNS = new Set([
  'Stable Diffusion', 'Latanya Sweeney', 'NVIDIA H100 SXM',
  'the dog bites man', 'the man bites dog', 'attention lets every position look at the others', 'the the and the',
  // The shared scenario's name in support/site-pages.ts: the sharer's data, shown as they named it.
  'A shared scenario',
]);

/** A word that counts: two letters or more (x, Q, K are math symbols) and no digit (H100, BF16 are model names). */
const counts = (word: string) => word.length >= 2 && !/\d/.test(word) && !ALLOWED_WORDS.has(word);

/** Code, formulas and deliberately English text: not scanned. */
const SKIPPED = 'pre, code, script, style, noscript, .monaco-editor, .katex, [lang="en"], .term-tip, [aria-hidden="true"]';

/** The visible text pieces (and accessible names) inside `root`, leaving out what `also` matches too. */
export async function visibleTexts(root: Locator, also?: string): Promise<string[]> {
  return root.evaluate((element, skipped) => {
    const out: string[] = [];
    const shown = (el: Element) => !el.closest(skipped) && el.checkVisibility({ visibilityProperty: true });
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (parent && text !== '' && shown(parent)) out.push(text);
    }
    for (const el of element.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (!shown(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
        const value = el.getAttribute(name)?.trim();
        if (value) out.push(value);
      }
    }
    return out;
  }, also === undefined ? SKIPPED : `${SKIPPED}, ${also}`);
}

/** Words; `+` splits them (Control+M is two keys, th+e a merge of two tokens in the tokenizer's output). */
const WORD = /[A-Za-z][A-Za-z0-9.'’_-]*[A-Za-z0-9]|[A-Za-z]/g;
const RUN = /[A-Za-z][A-Za-z0-9.'’_-]*(?:[ \u00a0]+[A-Za-z][A-Za-z0-9.'’_-]*)+/g;

/** The English in `texts` a Chinese reader should not meet (empty when there is none). */
export function untranslated(texts: readonly string[], options: { ui: boolean }): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const [run] of text.matchAll(RUN)) {
      const words = run.split(/[ \u00a0]+/).map((w) => w.replace(/[.'’-]+$/, ''));
      if (!ALLOWED_RUNS.has(words.join(' ')) && words.filter(counts).length >= 2) found.add(`${run}  ← "${text}"`);
    }
    if (!options.ui) continue;
    for (const [word] of text.matchAll(WORD)) {
      if (counts(word)) found.add(`${word}  ← "${text}"`);
    }
  }
  return [...found];
}
