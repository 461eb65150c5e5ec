/**
 * Reads every lesson under the content folders and builds it: frontmatter,
 * facts, Markdown → HTML, runnable examples, in each language. Problems are
 * collected with file and line, never thrown, so one bad lesson is reported
 * by name.
 *
 * A lesson has an English edition (index.md) and a Chinese one
 * (index.zh.md): same facts.ts, same examples (each file split into two
 * starter codes, example-editions.ts), same diagrams and plots, its own prose.
 * Until its Chinese edition exists, the Chinese reader gets the English one
 * (`meta.translated` false) and check:content reports it (translations.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALES, type Locale } from '../../i18n/locales';
import type { LessonBody, LessonMeta } from '../types';
import { compareEditions } from './drift';
import { controlAliases } from './control-aliases';
import { checkExampleTranslation, exampleEdition } from './example-editions';
import { loadLessonExercises, type CodeExerciseRun } from './exercises';
import { checkFactPlacement } from './fact-placement';
import { factsFor, loadFacts, substituteFacts, type LessonFacts } from './facts';
import { parseLessonFile, parseTranslationFile } from './frontmatter';
import type { GlossaryTerm } from './glossary-schema';
import { loadGlossary } from './glossary';
import { arrangeLessons, checkRequired, loadCourseManifest } from './manifest';
import type { DiagramSource } from './mermaid-blocks';
import { buildPages, type BuiltPage } from './pages';
import type { ContentProblem } from './problems';
import { highlightExample } from './highlight-example';
import { headingIdsOf, renderLessonMarkdown } from './render';
import { editionProblem, KEEP_ENGLISH, loadTranslationPlan, type TranslationPlan } from './translations';

/** One language's edition of a lesson: what the app loads for a reader of that language. */
export interface LessonEdition {
  readonly meta: LessonMeta;
  readonly body: LessonBody;
  readonly file: string;
  readonly diagrams: readonly DiagramSource[];
}

export interface BuiltLesson extends LessonEdition {
  readonly draft: boolean;
  /** Every language's edition (English is `meta`/`body` too); an untranslated one is the English with `translated: false`. */
  readonly editions: Readonly<Record<Locale, LessonEdition>>;
  /** The code exercises' starters, solutions and checkers, for the runs that prove each checker checks (exercise-runs.ts). */
  readonly codeRuns: readonly CodeExerciseRun[];
}

export interface ContentBuild {
  readonly lessons: BuiltLesson[];
  /** Reference pages (content/pages/*.md), shown at `#/<slug>`. */
  readonly pages: BuiltPage[];
  readonly problems: ContentProblem[];
  /** The exercises content/course.json requires (`<lesson>/<exercise-id>`), each one that exists in the built site. */
  readonly required: readonly string[];
}

/** What every lesson's build shares: the glossary, and which translations may still be missing. */
export interface BuildContext {
  readonly glossary: readonly GlossaryTerm[];
  readonly plan: TranslationPlan;
  /**
   * An instructor's own lessons (LML_EXTRA_CONTENT) may be English only: a
   * missing Chinese edition is then a warning (the Chinese reader gets the
   * English lesson with a notice), not a failed build.
   */
  readonly editionsOptional?: boolean;
}

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/** A translation's file beside the English one: index.md → index.zh.md. */
export const editionFileName = (englishName: string, locale: Locale) => (locale === 'en' ? englishName : englishName.replace(/\.md$/, `.${locale}.md`));

/**
 * The folders lessons are read from: content/lessons (or LML_CONTENT_DIR),
 * plus any in LML_EXTRA_CONTENT (path-separated), e.g. a test's fixture lessons.
 */
export function contentRoots(projectRoot: string): string[] {
  const main = process.env['LML_CONTENT_DIR'] ?? join(projectRoot, 'content', 'lessons');
  const extra = (process.env['LML_EXTRA_CONTENT'] ?? '').split(':').filter(Boolean);
  return [main, ...extra];
}

type Problem = (message: string, line: number | null, severity?: ContentProblem['severity']) => void;

/** Facts, Markdown and rendering for one edition's body; problems go to `problem`. */
async function renderEdition(
  slug: string,
  body: string,
  facts: LessonFacts,
  locale: Locale,
  context: BuildContext,
  problem: Problem,
  headingIds?: readonly string[],
) {
  const editionFacts = factsFor(facts, locale);
  for (const placed of checkFactPlacement(body, editionFacts)) problem(placed.message, placed.line);
  const substituted = substituteFacts(body, editionFacts);
  for (const { name, line } of substituted.unknown) problem(`unknown fact {{${name}}}: define it in facts.ts beside index.md`, line);
  const rendered = await renderLessonMarkdown(slug, substituted.text, `/lessons/${slug}`, { locale, glossary: context.glossary, linkTerms: true, ...(headingIds && { headingIds }) });
  for (const m of rendered.messages) problem(m.message, m.line, m.kind === 'math' ? 'render' : 'error');
  return rendered;
}

export async function buildLesson(
  projectRoot: string,
  dir: string,
  slug: string,
  context: BuildContext = { glossary: [], plan: { pending: new Set(), index: new Map(), problems: [], file: 'content/translations.json' } },
): Promise<{ lesson: BuiltLesson | null; problems: ContentProblem[] }> {
  const indexPath = join(dir, 'index.md');
  const file = relative(projectRoot, indexPath);
  const problems: ContentProblem[] = [];
  const problemIn =
    (where: string): Problem =>
    (message, line, severity = 'error') =>
      problems.push({ file: where, line, message, severity });
  const problem = problemIn(file);

  if (!SLUG_PATTERN.test(slug)) {
    problem(`the folder name "${slug}" is not a valid slug (lowercase letters, digits and dashes)`, null);
    return { lesson: null, problems };
  }
  if (!existsSync(indexPath)) {
    problem('a lesson folder needs an index.md', null);
    return { lesson: null, problems };
  }
  const englishSource = readFileSync(indexPath, 'utf8');
  const parsed = parseLessonFile(englishSource);
  if (!parsed.ok) {
    problem(parsed.error.message, parsed.error.line);
    return { lesson: null, problems };
  }
  const { frontmatter, body } = parsed.value;

  const facts = await loadFacts(join(dir, 'facts.ts'));
  if (!facts.ok) problems.push({ file: relative(projectRoot, join(dir, 'facts.ts')), line: null, message: facts.error, severity: 'error' });
  const lessonFacts = facts.ok ? facts.value : {};
  const rendered = await renderEdition(slug, body, lessonFacts, 'en', context, problem);

  const sources = (frontmatter.examples ?? []).flatMap((example) => {
    const examplePath = join(dir, 'examples', example.file);
    if (!existsSync(examplePath)) {
      problem(`example file examples/${example.file} does not exist`, 1);
      return [];
    }
    return [{ id: example.file.replace(/\.ts$/, ''), file: example.file, title: example.title, source: readFileSync(examplePath, 'utf8') }];
  });
  const examplesIn = (locale: Locale, titles?: readonly string[]) =>
    sources.map((e, i) => {
      const code = exampleEdition(e.source, locale);
      const settings = locale === 'en' ? [] : controlAliases(e.source);
      return { id: e.id, title: titles?.[i] ?? e.title, code, highlight: highlightExample(code), ...(settings.length > 0 && { settings }) };
    });

  const exercises = await loadLessonExercises(dir, sources.length > 0);
  for (const p of exercises.problems) {
    // A lesson without exercises.ts is reported as a warning (a lesson being written, an instructor's own); the
    // course's own lessons are held to at least three by tests/unit/exercises/every-exercise.test.ts.
    problems.push({ file: relative(projectRoot, join(dir, p.file)), line: p.line, message: p.message, severity: p.missing === true ? 'warning' : 'error' });
  }

  const english: LessonEdition = {
    meta: {
      slug,
      title: frontmatter.title,
      order: frontmatter.order,
      summary: frontmatter.summary,
      toc: rendered.toc,
      hasDiagrams: rendered.diagrams.length > 0,
      examples: sources.map(({ id, title }) => ({ id, title })),
      translated: true,
    },
    body: { html: rendered.html, examples: examplesIn('en'), exercises: exercises.editions.en },
    file,
    diagrams: rendered.diagrams,
  };

  const editions: Partial<Record<Locale, LessonEdition>> = { en: english };
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    const zhPath = join(dir, editionFileName('index.md', locale));
    const zhFile = relative(projectRoot, zhPath);
    const missing = editionProblem(context.plan, slug, file, existsSync(zhPath), zhFile);
    if (missing) problems.push(context.editionsOptional ? { ...missing, severity: 'warning' } : missing);
    if (!existsSync(zhPath)) {
      // The reader of this language gets the English lesson (said so in the app), with examples in their language where they have it.
      const indexEntry = context.plan.index.get(slug);
      editions[locale] = { ...english, meta: { ...english.meta, ...indexEntry, translated: false }, body: { ...english.body, examples: examplesIn(locale), exercises: exercises.editions[locale] } };
      continue;
    }
    const zhProblem = problemIn(zhFile);
    const zhSource = readFileSync(zhPath, 'utf8');
    const translation = parseTranslationFile(zhSource);
    if (!translation.ok) {
      zhProblem(translation.error.message, translation.error.line);
      editions[locale] = { ...english, meta: { ...english.meta, translated: false } };
      continue;
    }
    const { frontmatter: zhFront, body: zhBody } = translation.value;
    const files = (frontmatter.examples ?? []).map((e) => e.file).join(', ');
    const zhFiles = (zhFront.examples ?? []).map((e) => e.file).join(', ');
    if (files !== zhFiles) zhProblem(`the examples must be the English edition's, in its order: [${files}] there, [${zhFiles}] here`, 1);
    for (const drift of compareEditions(body, zhBody, KEEP_ENGLISH)) zhProblem(drift.message, drift.line);
    for (const source of sources) {
      for (const untranslated of checkExampleTranslation(source.source)) {
        problemIn(relative(projectRoot, join(dir, 'examples', source.file)))(untranslated.message, untranslated.line);
      }
    }
    const zhRendered = await renderEdition(slug, zhBody, lessonFacts, locale, context, zhProblem, headingIdsOf(rendered.html));
    const titles = sources.map((e) => zhFront.examples?.find((z) => z.file === e.file)?.title ?? e.title);
    editions[locale] = {
      meta: {
        ...english.meta,
        title: zhFront.title,
        summary: zhFront.summary,
        toc: zhRendered.toc,
        examples: sources.map((e, i) => ({ id: e.id, title: titles[i] ?? e.title })),
        translated: true,
      },
      body: { html: zhRendered.html, examples: examplesIn(locale, titles), exercises: exercises.editions[locale] },
      file: zhFile,
      diagrams: zhRendered.diagrams,
    };
  }

  return {
    lesson: { ...english, draft: frontmatter.draft ?? false, editions: editions as Record<Locale, LessonEdition>, codeRuns: exercises.codeRuns },
    problems,
  };
}

export async function buildContent(projectRoot: string): Promise<ContentBuild> {
  const lessons: BuiltLesson[] = [];
  const glossary = await loadGlossary(projectRoot);
  const plan = loadTranslationPlan(projectRoot);
  const context: BuildContext = { glossary: glossary.terms, plan };
  const problems: ContentProblem[] = [...glossary.problems, ...plan.problems];
  const seen = new Map<string, string>();
  for (const [rootIndex, root] of contentRoots(projectRoot).entries()) {
    if (!existsSync(root)) continue;
    const rootContext: BuildContext = { ...context, editionsOptional: rootIndex > 0 };
    for (const slug of readdirSync(root).sort()) {
      const dir = join(root, slug);
      // Empty folders (git does not keep them) are not lessons yet.
      if (!statSync(dir).isDirectory() || readdirSync(dir).length === 0) continue;
      const built = await buildLesson(projectRoot, dir, slug, rootContext);
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
  const required = checkRequired(
    arranged.lessons.map((l) => ({ slug: l.meta.slug, draft: l.draft, exerciseIds: l.body.exercises.map((e) => e.id) })),
    course,
  );
  const pages = await buildPages(projectRoot, context);
  const known = new Set([...lessons.map((l) => l.meta.slug), ...pages.pages.map((p) => p.meta.slug)]);
  for (const slug of plan.pending) {
    if (!known.has(slug)) problems.push({ file: plan.file, line: null, message: `"${slug}" is listed as pending but there is no lesson or page with that name`, severity: 'error' });
  }
  return {
    lessons: arranged.lessons,
    pages: pages.pages,
    problems: [...problems, ...course.problems, ...arranged.problems, ...required.problems, ...pages.problems],
    required: required.required,
  };
}
