/**
 * The glossary at build time:
 * - `loadGlossary` reads and validates content/glossary.ts;
 * - `remarkGlossaryBlock` renders a ```glossary block (the glossary page's
 *   entries) in the edition's language;
 * - `rehypeGlossaryLinks` links the first use of each term in a lesson to its
 *   entry, with the definition beside it for the hover/focus tip (the app's
 *   src/lessons/term-tips.ts shows it; without JavaScript it is a plain link).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Code, Root } from 'mdast';
import { tsImport } from 'tsx/esm/api';
import { SKIP, visit } from 'unist-util-visit';
import { tIn } from '../../i18n/content-text';
import type { Locale } from '../../i18n/locales';
import { replaceWithBlock } from './block-node';
import { glossarySchema, type GlossaryTerm } from './glossary-schema';
import type { ContentProblem } from './problems';

export const GLOSSARY_SLUG = 'glossary';
/** The anchor of a term's entry on the glossary page. */
export const termAnchor = (id: string) => `term-${id}`;

/** content/glossary.ts, or LML_GLOSSARY_FILE (a test's fixture). */
/** The id an entry names, for a message (as typed, if it is text), else its position. */
function entryId(entry: { id?: unknown } | undefined, index: number): string {
  const id = entry?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : `#${index + 1}`;
}

export function glossaryFile(projectRoot: string): string {
  return process.env['LML_GLOSSARY_FILE'] ?? join(projectRoot, 'content', 'glossary.ts');
}

export async function loadGlossary(projectRoot: string): Promise<{ terms: GlossaryTerm[]; problems: ContentProblem[] }> {
  const path = glossaryFile(projectRoot);
  const file = path.startsWith(projectRoot) ? path.slice(projectRoot.length + 1) : path;
  const problem = (message: string): ContentProblem => ({ file, line: null, message, severity: 'error' });
  if (!existsSync(path)) return { terms: [], problems: [] };
  let raw: unknown;
  try {
    raw = ((await tsImport(`${pathToFileURL(path).href}?t=${Date.now()}`, import.meta.url)) as { glossary?: unknown }).glossary;
  } catch (error) {
    return { terms: [], problems: [problem(`the glossary failed to load: ${(error as Error).message}`)] };
  }
  const parsed = glossarySchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const at = issue?.path ?? [];
    const index = typeof at[0] === 'number' ? at[0] : null;
    const id = index !== null && Array.isArray(raw) ? entryId(raw[index] as { id?: unknown } | undefined, index) : '';
    return { terms: [], problems: [problem(`glossary${id ? ` entry "${id}"` : ''}: ${at.slice(1).join('.') || 'export `glossary`'}: ${issue?.message ?? 'invalid'}`)] };
  }
  const problems: ContentProblem[] = [];
  const ids = new Set<string>();
  const claimed = new Map<string, string>();
  for (const term of parsed.data) {
    if (ids.has(term.id)) problems.push(problem(`glossary entry "${term.id}" is listed twice`));
    ids.add(term.id);
    for (const locale of ['en', 'zh'] as const) {
      for (const form of matchForms(term, locale)) {
        const key = `${locale}:${locale === 'en' ? form.toLowerCase() : form}`;
        const other = claimed.get(key);
        if (other && other !== term.id) problems.push(problem(`glossary entries "${other}" and "${term.id}" both claim "${form}"`));
        claimed.set(key, term.id);
      }
    }
  }
  return { terms: parsed.data, problems };
}

/** The forms of a term a lesson in `locale` may use: `match`, else the term itself. */
export function matchForms(term: GlossaryTerm, locale: Locale): string[] {
  return [...(term.match?.[locale] ?? [term[locale]])];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** English forms also match their plural (+s, +es, y → ies). */
function englishVariants(form: string): string[] {
  const plural = /(s|x|ch|sh)$/.test(form) ? `${form}es` : /[^aeiou]y$/.test(form) ? `${form.slice(0, -1)}ies` : `${form}s`;
  return [form, plural];
}

/** One pattern for all forms, longest first, so a match is the longest term at its place. */
function termPattern(terms: readonly GlossaryTerm[], locale: Locale): { pattern: RegExp; termOf: Map<string, GlossaryTerm> } {
  const termOf = new Map<string, GlossaryTerm>();
  for (const term of terms) {
    for (const form of matchForms(term, locale)) {
      for (const variant of locale === 'en' ? englishVariants(form) : [form]) termOf.set(locale === 'en' ? variant.toLowerCase() : variant, term);
    }
  }
  const forms = [...termOf.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const body = forms.join('|') || '(?!)';
  // English: whole words (a letter, digit or hyphen on either side is part of another word).
  const pattern = locale === 'en' ? new RegExp(`(?<![\\w-])(?:${body})(?![\\w-])`, 'gi') : new RegExp(`(?:${body})`, 'g');
  return { pattern, termOf };
}

/** Elements whose text is never linked: code, math, headings, existing links, figures, callout titles. */
function skipped(node: Element): boolean {
  const classes = node.properties['className'];
  const classList = Array.isArray(classes) ? classes.map(String) : [];
  return (
    ['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'svg', 'math', 'dfn', 'table'].includes(node.tagName) ||
    classList.includes('callout-title') ||
    classList.includes('katex')
  );
}

/** "token (词元)" in English, "词元（token）" in Chinese; the term alone when both languages write it alike (ReLU). */
export function termWithOther(term: GlossaryTerm, locale: Locale): string {
  const other = locale === 'en' ? term.zh : term.en;
  if (other.toLowerCase() === term[locale].toLowerCase()) return term[locale];
  return locale === 'zh' ? `${term.zh}（${term.en}）` : `${term.en} (${term.zh})`;
}

function termLink(term: GlossaryTerm, text: string, locale: Locale, tipId: string): ElementContent[] {
  const tip = tIn(locale, 'content.glossary.tip', { term: termWithOther(term, locale), definition: term.definition[locale] });
  return [
    {
      type: 'element',
      tagName: 'span',
      properties: { className: ['term'] },
      children: [
        {
          type: 'element',
          tagName: 'a',
          properties: { href: `#/${GLOSSARY_SLUG}/${termAnchor(term.id)}`, className: ['term-link'], dataTerm: term.id, ariaDescribedBy: [tipId] },
          children: [{ type: 'text', value: text }],
        },
        { type: 'element', tagName: 'span', properties: { className: ['term-tip'], id: tipId, role: 'tooltip' }, children: [{ type: 'text', value: tip }] },
      ],
    },
  ];
}

/**
 * Links the first use of each term in the page to its glossary entry. Text is
 * scanned in document order; at each place the longest term wins, and a term
 * already linked is left alone (so "gradient" is not linked inside a later
 * "gradient descent").
 */
export function rehypeGlossaryLinks(terms: readonly GlossaryTerm[], locale: Locale) {
  return () => (tree: HastRoot) => {
    if (terms.length === 0) return;
    const { pattern, termOf } = termPattern(terms, locale);
    const linked = new Set<string>();
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && skipped(node)) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const text = node.value;
      const pieces: ElementContent[] = [];
      let last = 0;
      for (const match of text.matchAll(pattern)) {
        const term = termOf.get(locale === 'en' ? match[0].toLowerCase() : match[0]);
        if (!term || linked.has(term.id)) continue;
        linked.add(term.id);
        if (match.index > last) pieces.push({ type: 'text', value: text.slice(last, match.index) });
        pieces.push(...termLink(term, match[0], locale, `tip-${term.id}`));
        last = match.index + match[0].length;
      }
      if (pieces.length === 0) return;
      if (last < text.length) pieces.push({ type: 'text', value: text.slice(last) });
      parent.children.splice(index, 1, ...pieces);
      return index + pieces.length;
    });
  };
}

/** The glossary page's entries, for a ```glossary block: term, the other language, other renderings, definition. */
export function remarkGlossaryBlock(terms: readonly GlossaryTerm[], locale: Locale) {
  return () => (tree: Root) => {
    visit(tree, 'code', (node: Code) => {
      if (node.lang !== 'glossary') return;
      const entries: ElementContent[] = terms.map((term) => {
        const other = locale === 'en' ? term.zh : term.en;
        const otherLang = locale === 'en' ? 'zh-CN' : 'en';
        const head: ElementContent[] = [
          { type: 'element', tagName: 'dfn', properties: {}, children: [{ type: 'text', value: term[locale] }] },
          { type: 'text', value: ' ' },
          { type: 'element', tagName: 'span', properties: { className: ['glossary-other'], lang: otherLang }, children: [{ type: 'text', value: other }] },
        ];
        const body: ElementContent[] = [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: term.definition[locale] }] }];
        if (term.alternatives && term.alternatives.length > 0) {
          const list = term.alternatives.join(locale === 'zh' ? '、' : ', ');
          body.push({
            type: 'element',
            tagName: 'p',
            properties: { className: ['glossary-alternatives'] },
            children: [{ type: 'text', value: `${tIn(locale, 'content.glossary.alternatives')}${locale === 'zh' ? '：' : ': '}${list}` }],
          });
        }
        return {
          type: 'element',
          tagName: 'div',
          properties: { className: ['glossary-entry'], id: termAnchor(term.id) },
          children: [
            { type: 'element', tagName: 'dt', properties: {}, children: head },
            { type: 'element', tagName: 'dd', properties: {}, children: body },
          ],
        };
      });
      replaceWithBlock(node, 'dl', { className: ['glossary'] }, entries);
    });
  };
}
