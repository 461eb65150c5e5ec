/**
 * Reference pages: `content/pages/<slug>.md` (frontmatter `title`, `summary`,
 * optional `order` and `draft`), with optional facts in `<slug>.facts.ts`
 * beside it, and its Chinese edition `<slug>.zh.md` (frontmatter `title`,
 * `summary`). Built like lessons (facts, the same Markdown pipeline and the
 * same checks, drift between editions included) and served at the route
 * `#/<slug>`, so the slug must not be a route the app already uses. The
 * notation page is one; the glossary (rendered from content/glossary.ts) another.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALES, type Locale } from '../../i18n/locales';
import type { PageBody, PageMeta } from '../types';
import { compareEditions } from './drift';
import { checkFactPlacement } from './fact-placement';
import { factsFor, loadFacts, substituteFacts, type LessonFacts } from './facts';
import { parsePageFile, parseTranslationFile } from './frontmatter';
import type { BuildContext } from './load';
import type { DiagramSource } from './mermaid-blocks';
import type { ContentProblem } from './problems';
import { headingIdsOf, renderLessonMarkdown } from './render';
import { editionProblem, KEEP_ENGLISH } from './translations';

export interface PageEdition {
  readonly meta: PageMeta;
  readonly body: PageBody;
  readonly file: string;
  readonly diagrams: readonly DiagramSource[];
}

export interface BuiltPage extends PageEdition {
  readonly draft: boolean;
  readonly editions: Readonly<Record<Locale, PageEdition>>;
}

/** First path segments the app's routes already use (src/app/App.tsx), and the language prefixes (`#/zh/…`). */
export const RESERVED_PAGE_SLUGS = ['lessons', 'share', 'run', 'worksheet', 'instructor', 'speed-lab', ...LOCALES] as const;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
/** `notation.zh.md` is the Chinese edition of `notation.md`, not a page of its own. */
const TRANSLATION = new RegExp(`\\.(${LOCALES.join('|')})\\.md$`);

/** content/pages, or LML_PAGES_DIR (a test's fixture pages). */
export function pagesRoot(projectRoot: string): string {
  return process.env['LML_PAGES_DIR'] ?? join(projectRoot, 'content', 'pages');
}

async function renderPage(slug: string, body: string, facts: LessonFacts, locale: Locale, context: BuildContext, problem: (message: string, line: number | null, severity?: ContentProblem['severity']) => void, factsName: string, headingIds?: readonly string[]) {
  const known = factsFor(facts, locale);
  for (const placed of checkFactPlacement(body, known)) problem(placed.message, placed.line);
  const substituted = substituteFacts(body, known);
  for (const { name, line } of substituted.unknown) problem(`unknown fact {{${name}}}: define it in ${factsName} beside the page`, line);
  const rendered = await renderLessonMarkdown(slug, substituted.text, `/${slug}`, { locale, glossary: context.glossary, ...(headingIds && { headingIds }) });
  for (const m of rendered.messages) problem(m.message, m.line, m.kind === 'math' ? 'render' : 'error');
  return rendered;
}

async function buildPage(projectRoot: string, dir: string, fileName: string, context: BuildContext): Promise<{ page: BuiltPage | null; problems: ContentProblem[] }> {
  const path = join(dir, fileName);
  const file = relative(projectRoot, path);
  const slug = fileName.replace(/\.md$/, '');
  const problems: ContentProblem[] = [];
  const problemIn =
    (where: string) =>
    (message: string, line: number | null, severity: ContentProblem['severity'] = 'error') =>
      problems.push({ file: where, line, message, severity });
  const problem = problemIn(file);

  if (!SLUG.test(slug)) {
    problem(`the file name "${fileName}" is not a valid page slug (lowercase letters, digits and dashes, then .md)`, null);
    return { page: null, problems };
  }
  if ((RESERVED_PAGE_SLUGS as readonly string[]).includes(slug)) {
    problem(`"${slug}" is already a route of the app (${RESERVED_PAGE_SLUGS.join(', ')}): choose another page name`, null);
    return { page: null, problems };
  }
  const parsed = parsePageFile(readFileSync(path, 'utf8'));
  if (!parsed.ok) {
    problem(parsed.error.message, parsed.error.line);
    return { page: null, problems };
  }
  const { frontmatter, body } = parsed.value;
  const factsName = `${slug}.facts.ts`;
  const factsPath = join(dir, factsName);
  const facts = await loadFacts(factsPath);
  if (!facts.ok) problems.push({ file: relative(projectRoot, factsPath), line: null, message: facts.error, severity: 'error' });
  const known = facts.ok ? facts.value : {};
  const rendered = await renderPage(slug, body, known, 'en', context, problem, factsName);
  const english: PageEdition = {
    meta: { slug, title: frontmatter.title, summary: frontmatter.summary, order: frontmatter.order ?? 0, toc: rendered.toc, hasDiagrams: rendered.diagrams.length > 0, translated: true },
    body: { html: rendered.html },
    file,
    diagrams: rendered.diagrams,
  };
  const editions: Partial<Record<Locale, PageEdition>> = { en: english };
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    const zhName = `${slug}.${locale}.md`;
    const zhPath = join(dir, zhName);
    const zhFile = relative(projectRoot, zhPath);
    const missing = editionProblem(context.plan, slug, file, existsSync(zhPath), zhFile);
    if (missing) problems.push(missing);
    const translation = existsSync(zhPath) ? parseTranslationFile(readFileSync(zhPath, 'utf8')) : null;
    if (translation && !translation.ok) problemIn(zhFile)(translation.error.message, translation.error.line);
    if (!translation?.ok) {
      editions[locale] = { ...english, meta: { ...english.meta, translated: false } };
      continue;
    }
    if (translation.value.frontmatter.examples) problemIn(zhFile)('a reference page has no examples', 1);
    for (const drift of compareEditions(body, translation.value.body, KEEP_ENGLISH)) problemIn(zhFile)(drift.message, drift.line);
    const zhRendered = await renderPage(slug, translation.value.body, known, locale, context, problemIn(zhFile), factsName, headingIdsOf(rendered.html));
    editions[locale] = {
      meta: { ...english.meta, title: translation.value.frontmatter.title, summary: translation.value.frontmatter.summary, toc: zhRendered.toc, hasDiagrams: zhRendered.diagrams.length > 0 },
      body: { html: zhRendered.html },
      file: zhFile,
      diagrams: zhRendered.diagrams,
    };
  }
  return { page: { ...english, draft: frontmatter.draft ?? false, editions: editions as Record<Locale, PageEdition> }, problems };
}

/** Every page under the pages folder, sorted by `order` then slug; problems carry file and line. */
export async function buildPages(projectRoot: string, context: BuildContext = { glossary: [], plan: { pending: new Set(), index: new Map(), problems: [], file: 'content/translations.json' } }): Promise<{ pages: BuiltPage[]; problems: ContentProblem[] }> {
  const dir = pagesRoot(projectRoot);
  const pages: BuiltPage[] = [];
  const problems: ContentProblem[] = [];
  if (!existsSync(dir)) return { pages, problems };
  const names = readdirSync(dir).filter((name) => name.endsWith('.md'));
  for (const fileName of names.filter((name) => !TRANSLATION.test(name)).sort()) {
    const built = await buildPage(projectRoot, dir, fileName, context);
    problems.push(...built.problems);
    if (built.page) pages.push(built.page);
  }
  for (const orphan of names.filter((name) => TRANSLATION.test(name) && !names.includes(name.replace(TRANSLATION, '.md')))) {
    problems.push({ file: relative(projectRoot, join(dir, orphan)), line: null, message: `a translation without its English page ${orphan.replace(TRANSLATION, '.md')}`, severity: 'error' });
  }
  pages.sort((a, b) => a.meta.order - b.meta.order || a.meta.slug.localeCompare(b.meta.slug));
  return { pages, problems };
}
