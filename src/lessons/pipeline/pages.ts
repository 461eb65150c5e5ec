/**
 * Reference pages: `content/pages/<slug>.md` (frontmatter `title`, `summary`,
 * optional `order` and `draft`), with optional facts in `<slug>.facts.ts`
 * beside it. Built like lessons (facts, the same Markdown pipeline and the
 * same checks) and served at the route `#/<slug>`, so the slug must not be a
 * route the app already uses. The notation page is one; a glossary is another.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { PageBody, PageMeta } from '../types';
import { checkFactPlacement } from './fact-placement';
import { loadFacts, substituteFacts } from './facts';
import { parsePageFile } from './frontmatter';
import type { DiagramSource } from './mermaid-blocks';
import type { ContentProblem } from './problems';
import { renderLessonMarkdown } from './render';

export interface BuiltPage {
  readonly meta: PageMeta;
  readonly body: PageBody;
  readonly draft: boolean;
  readonly file: string;
  readonly diagrams: readonly DiagramSource[];
}

/** First path segments the app's routes already use (src/app/App.tsx). */
export const RESERVED_PAGE_SLUGS = ['lessons', 'share', 'worksheet'] as const;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** content/pages, or LML_PAGES_DIR (a test's fixture pages). */
export function pagesRoot(projectRoot: string): string {
  return process.env['LML_PAGES_DIR'] ?? join(projectRoot, 'content', 'pages');
}

async function buildPage(projectRoot: string, dir: string, fileName: string): Promise<{ page: BuiltPage | null; problems: ContentProblem[] }> {
  const path = join(dir, fileName);
  const file = relative(projectRoot, path);
  const slug = fileName.replace(/\.md$/, '');
  const problems: ContentProblem[] = [];
  const problem = (message: string, line: number | null, severity: ContentProblem['severity'] = 'error') =>
    problems.push({ file, line, message, severity });

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
  const factsPath = join(dir, `${slug}.facts.ts`);
  const facts = await loadFacts(factsPath);
  if (!facts.ok) problems.push({ file: relative(projectRoot, factsPath), line: null, message: facts.error, severity: 'error' });
  const known = facts.ok ? facts.value : {};
  for (const placed of checkFactPlacement(body, known)) problem(placed.message, placed.line);
  const substituted = substituteFacts(body, known);
  for (const { name, line } of substituted.unknown) problem(`unknown fact {{${name}}}: define it in ${slug}.facts.ts beside ${fileName}`, line);

  const rendered = await renderLessonMarkdown(slug, substituted.text, `/${slug}`);
  for (const m of rendered.messages) problem(m.message, m.line, m.kind === 'math' ? 'render' : 'error');
  const meta: PageMeta = {
    slug,
    title: frontmatter.title,
    summary: frontmatter.summary,
    order: frontmatter.order ?? 0,
    toc: rendered.toc,
    hasDiagrams: rendered.diagrams.length > 0,
  };
  return { page: { meta, body: { html: rendered.html }, draft: frontmatter.draft ?? false, file, diagrams: rendered.diagrams }, problems };
}

/** Every page under the pages folder, sorted by `order` then slug; problems carry file and line. */
export async function buildPages(projectRoot: string): Promise<{ pages: BuiltPage[]; problems: ContentProblem[] }> {
  const dir = pagesRoot(projectRoot);
  const pages: BuiltPage[] = [];
  const problems: ContentProblem[] = [];
  if (!existsSync(dir)) return { pages, problems };
  for (const fileName of readdirSync(dir).filter((name) => name.endsWith('.md')).sort()) {
    const built = await buildPage(projectRoot, dir, fileName);
    problems.push(...built.problems);
    if (built.page) pages.push(built.page);
  }
  pages.sort((a, b) => a.meta.order - b.meta.order || a.meta.slug.localeCompare(b.meta.slug));
  return { pages, problems };
}
