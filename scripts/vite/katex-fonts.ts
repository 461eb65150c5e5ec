/**
 * Precache only the KaTeX font families the course's typeset math uses.
 *
 * KaTeX's stylesheet declares 20 faces in 12 families; a browser fetches a
 * face only when text in it is shown, but the offline precache would hold
 * all of them (0.25 MiB of woff2). Which families a page can need is written
 * in its HTML: KaTeX marks text with classes (`mathcal`, `mathbb`,
 * `delimsizing size3`…) that its stylesheet maps to families. So the build
 * reads that mapping from KaTeX's own CSS, collects the classes every built
 * lesson and page (every language) uses, and leaves the other families'
 * fonts out of the precache. Main and Math (KaTeX's text and variables) are
 * always kept. If a diagram contains math (mermaid typesets it at run time)
 * every family is kept.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ManifestTransform } from 'workbox-build';

const require = createRequire(import.meta.url);
const ALWAYS = ['Main', 'Math'];

/** `[classes of the selector's last compound, family]` for every KaTeX rule that sets a KaTeX font family. */
export function familyRules(css: string): [string[], string][] {
  const rules: [string[], string][] = [];
  for (const [, selectors = '', body = ''] of css.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
    const family = /font-family:\s*KaTeX_([A-Za-z0-9]+)/.exec(body)?.[1];
    if (!family) continue;
    for (const selector of selectors.split(',')) {
      const last = selector.trim().split(/[\s>+~]+/).pop() ?? '';
      const classes = [...last.matchAll(/\.([\w-]+)/g)].map((m) => m[1] ?? '');
      if (classes.length > 0) rules.push([classes, family]);
    }
  }
  return rules;
}

/** Each distinct class list an element has in some HTML (`class="mord mathnormal"` → ['mord', 'mathnormal']). */
export function classListsIn(htmls: readonly string[]): string[][] {
  const lists = new Set<string>();
  for (const html of htmls) for (const [, list = ''] of html.matchAll(/class="([^"]*)"/g)) lists.add(list.trim());
  return [...lists].map((list) => list.split(/\s+/).filter(Boolean));
}

/**
 * The families some HTML can show: Main and Math, and each family a rule
 * gives to an element having all the rule's classes (`delimsizing size3`
 * on one element: KaTeX also writes `size3` on text it resizes, which needs no Size3 font).
 */
export function usedFamilies(css: string, htmls: readonly string[]): Set<string> {
  const elements = classListsIn(htmls);
  const families = new Set(ALWAYS);
  for (const [classes, family] of familyRules(css)) {
    if (elements.some((list) => classes.every((c) => list.includes(c)))) families.add(family);
  }
  return families;
}

/** The family of a KaTeX font file in the build (`assets/KaTeX_Size3-Regular-<hash>.woff2` → `Size3`), or null. */
export function fontFamilyOf(url: string): string | null {
  return /(?:^|\/)KaTeX_([A-Za-z0-9]+)-[A-Za-z]+-[\w-]+\.(?:woff2?|ttf)$/.exec(url)?.[1] ?? null;
}

/** A Workbox manifest transform dropping the fonts of families no built page uses. */
export function katexFontsOffline(pagesHtml: () => Promise<readonly string[]>, diagramSources: () => Promise<readonly string[]>): ManifestTransform {
  return async (entries) => {
    if ((await diagramSources()).some((source) => source.includes('$$'))) return { manifest: entries, warnings: [] };
    const css = readFileSync(require.resolve('katex/dist/katex.css'), 'utf8');
    const families = usedFamilies(css, await pagesHtml());
    const kept = entries.filter((entry) => {
      const family = fontFamilyOf(entry.url);
      return family === null || families.has(family);
    });
    const dropped = entries.length - kept.length;
    console.log(`\nKaTeX fonts: precaching ${[...families].sort().join(', ')}; ${String(dropped)} files of other families left out`);
    return { manifest: kept, warnings: [] };
  };
}
