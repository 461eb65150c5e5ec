/**
 * Reads every lesson under the content folders and builds it: frontmatter,
 * facts, Markdown → HTML, runnable examples. Problems are collected with
 * file and line, never thrown, so one bad lesson is reported by name.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { LessonBody, LessonMeta } from '../types';
import { checkFactPlacement } from './fact-placement';
import { loadFacts, substituteFacts } from './facts';
import { parseLessonFile } from './frontmatter';
import { arrangeLessons, loadCourseManifest } from './manifest';
import type { DiagramSource } from './mermaid-blocks';
import { buildPages, type BuiltPage } from './pages';
import type { ContentProblem } from './problems';
import { renderLessonMarkdown } from './render';

export interface BuiltLesson {
  readonly meta: LessonMeta;
  readonly body: LessonBody;
  readonly draft: boolean;
  readonly file: string;
  readonly diagrams: readonly DiagramSource[];
}

export interface ContentBuild {
  readonly lessons: BuiltLesson[];
  /** Reference pages (content/pages/*.md), shown at `#/<slug>`. */
  readonly pages: BuiltPage[];
  readonly problems: ContentProblem[];
}

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/**
 * The folders lessons are read from: content/lessons (or LML_CONTENT_DIR),
 * plus any in LML_EXTRA_CONTENT (path-separated), e.g. a test's fixture lessons.
 */
export function contentRoots(projectRoot: string): string[] {
  const main = process.env['LML_CONTENT_DIR'] ?? join(projectRoot, 'content', 'lessons');
  const extra = (process.env['LML_EXTRA_CONTENT'] ?? '').split(':').filter(Boolean);
  return [main, ...extra];
}

export async function buildLesson(projectRoot: string, dir: string, slug: string): Promise<{ lesson: BuiltLesson | null; problems: ContentProblem[] }> {
  const indexPath = join(dir, 'index.md');
  const file = relative(projectRoot, indexPath);
  const problems: ContentProblem[] = [];
  const problem = (message: string, line: number | null, severity: ContentProblem['severity'] = 'error') =>
    problems.push({ file, line, message, severity });

  if (!SLUG_PATTERN.test(slug)) {
    problem(`the folder name "${slug}" is not a valid slug (lowercase letters, digits and dashes)`, null);
    return { lesson: null, problems };
  }
  if (!existsSync(indexPath)) {
    problem('a lesson folder needs an index.md', null);
    return { lesson: null, problems };
  }
  const parsed = parseLessonFile(readFileSync(indexPath, 'utf8'));
  if (!parsed.ok) {
    problem(parsed.error.message, parsed.error.line);
    return { lesson: null, problems };
  }
  const { frontmatter, body } = parsed.value;

  const facts = await loadFacts(join(dir, 'facts.ts'));
  if (!facts.ok) problems.push({ file: relative(projectRoot, join(dir, 'facts.ts')), line: null, message: facts.error, severity: 'error' });
  for (const placed of checkFactPlacement(body, facts.ok ? facts.value : {})) problem(placed.message, placed.line);
  const substituted = substituteFacts(body, facts.ok ? facts.value : {});
  for (const { name, line } of substituted.unknown) problem(`unknown fact {{${name}}}: define it in facts.ts beside index.md`, line);

  const rendered = await renderLessonMarkdown(slug, substituted.text);
  for (const m of rendered.messages) problem(m.message, m.line, m.kind === 'math' ? 'render' : 'error');

  const examples = (frontmatter.examples ?? []).flatMap((example) => {
    const examplePath = join(dir, 'examples', example.file);
    if (!existsSync(examplePath)) {
      problem(`example file examples/${example.file} does not exist`, 1);
      return [];
    }
    return [{ id: example.file.replace(/\.ts$/, ''), title: example.title, code: readFileSync(examplePath, 'utf8') }];
  });

  const meta: LessonMeta = {
    slug,
    title: frontmatter.title,
    order: frontmatter.order,
    summary: frontmatter.summary,
    toc: rendered.toc,
    hasDiagrams: rendered.diagrams.length > 0,
    examples: examples.map(({ id, title }) => ({ id, title })),
  };
  return {
    lesson: { meta, body: { html: rendered.html, examples }, draft: frontmatter.draft ?? false, file, diagrams: rendered.diagrams },
    problems,
  };
}

export async function buildContent(projectRoot: string): Promise<ContentBuild> {
  const lessons: BuiltLesson[] = [];
  const problems: ContentProblem[] = [];
  const seen = new Map<string, string>();
  for (const root of contentRoots(projectRoot)) {
    if (!existsSync(root)) continue;
    for (const slug of readdirSync(root).sort()) {
      const dir = join(root, slug);
      // Empty folders (git does not keep them) are not lessons yet.
      if (!statSync(dir).isDirectory() || readdirSync(dir).length === 0) continue;
      const built = await buildLesson(projectRoot, dir, slug);
      problems.push(...built.problems);
      if (!built.lesson) continue;
      const previous = seen.get(slug);
      if (previous) {
        problems.push({ file: built.lesson.file, line: null, message: `slug "${slug}" is also used by ${previous}`, severity: 'error' });
        continue;
      }
      seen.set(slug, built.lesson.file);
      lessons.push(built.lesson);
    }
  }
  // Ordering and hiding: content/course.json when present, else frontmatter `order`.
  const course = loadCourseManifest(projectRoot, contentRoots(projectRoot)[0] ?? join(projectRoot, 'content', 'lessons'));
  const arranged = arrangeLessons(lessons, course);
  const pages = await buildPages(projectRoot);
  return { lessons: arranged.lessons, pages: pages.pages, problems: [...problems, ...course.problems, ...arranged.problems, ...pages.problems] };
}
