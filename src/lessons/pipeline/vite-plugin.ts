/**
 * Serves the built lessons to the app as virtual modules, one set per language:
 * - `virtual:lessons`: the English course index (metadata only, in the entry
 *   chunk; tables of contents travel with each lesson's text, not in the first
 *   load), `loadLessonIndex(locale)` for another language's (a small lazy
 *   chunk, `virtual:lesson-index/<locale>`) and `loadLesson(slug, locale)`;
 * - `virtual:lesson-body/<locale>/<slug>`: one edition's HTML and table of contents, a lazy chunk each;
 * - `virtual:examples`: `loadExamples(slug, locale)`, imported by the code pane
 *   only, so the first load carries neither its loaders nor their file names;
 *   `virtual:lesson-examples/<locale>/<slug>`: one lesson's runnable examples,
 *   a lazy chunk (stored deflated, like the exercises: see scripts/vite/packed-module.ts);
 * - `virtual:exercises`: every lesson's exercise ids and kinds, the course's
 *   version (course-version.ts), the required exercises (content/course.json)
 *   and `loadExercises(slug, locale)`, outside the first load; `virtual:lesson-exercises/<locale>/<slug>`:
 *   one lesson's exercises, a lazy chunk loaded when the reader nears them;
 * - `virtual:lesson-math/<slug>` (and `virtual:page-math/<slug>`): the typeset
 *   formulas an item's editions share, imported by each edition's body chunk
 *   so they are stored once (shared-math.ts);
 * - `virtual:pages`, `virtual:page-index/<locale>`, `virtual:page-body/<locale>/<slug>`:
 *   the same for the reference pages (one body chunk each).
 * A reader downloads only their language's chunks; the offline precache holds
 * both. A production build fails on content errors (the message names file
 * and line); the dev server reports them and reloads when content changes.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin, ViteDevServer } from 'vite';
import { packedModule } from '../../../scripts/vite/packed-module';
import { isLocale, LOCALES, type Locale } from '../../i18n/locales';
import { glossaryFile } from './glossary';
import type { LessonSummary, LessonText } from '../types';
import { courseVersion } from './course-version';
import { buildContent, contentRoots, type ContentBuild, type LessonEdition } from './load';
import { pagesRoot, type PageEdition } from './pages';
import { formatProblem } from './problems';
import { sharedFormulas, splitAtFormulas } from './shared-math';

const LESSONS = { index: 'virtual:lessons', localeIndex: 'virtual:lesson-index/' } as const;
const PAGES = { index: 'virtual:pages', localeIndex: 'virtual:page-index/' } as const;

/** One lazily loaded part of every edition of an item: its chunk prefix, the loader's name, and what the chunk holds. */
interface Part<Edition> {
  readonly prefix: string;
  readonly load: string;
  readonly of: (edition: Edition) => unknown;
  /** Stored deflated (packedModule): for parts only code reads, never the first paint (examples, exercises). */
  readonly packed?: true;
}

interface Item<Edition> {
  readonly meta: { readonly slug: string };
  readonly editions: Readonly<Record<Locale, Edition>>;
}

/** A lesson's entry in the course index: its metadata without the table of contents (that comes with the text). */
const lessonSummary = ({ meta: { toc: _toc, ...summary } }: LessonEdition): LessonSummary => summary;

const BODY_PART: Part<LessonEdition> = { prefix: 'virtual:lesson-body/', load: 'loadLesson', of: (e): LessonText => ({ html: e.body.html, toc: e.meta.toc }) };
const LESSON_PARTS: readonly Part<LessonEdition>[] = [BODY_PART];
/**
 * The examples: their own index module (`virtual:examples`), not in
 * `virtual:lessons`: its table names two chunks per lesson, ~0.6 KB of the
 * first load's gzip that nothing before the code pane needs.
 */
const EXAMPLES_INDEX = 'virtual:examples';
const EXAMPLE_PART: Part<LessonEdition> = { prefix: 'virtual:lesson-examples/', load: 'loadExamples', of: (e) => e.body.examples, packed: true };
/**
 * The exercises: their own index module (`virtual:exercises`), not in
 * `virtual:lessons`, so the first load carries none of their loaders.
 */
const EXERCISES_INDEX = 'virtual:exercises';
const EXERCISE_PART: Part<LessonEdition> = { prefix: 'virtual:lesson-exercises/', load: 'loadExercises', of: (e) => e.body.exercises, packed: true };

/** One letter per kind in the module (spelt out again when it loads): it is precached, and letters cost a tenth of the words. */
export const KIND_LETTERS = { number: 'n', choice: 'c', code: 'x' } as const;

/**
 * `exerciseIds` (every lesson's exercise ids, for progress), `courseLessons`
 * (each lesson's exercises with their kinds, for hand-ins), `courseVersion`,
 * `requiredExercises` and `loadExercises(slug, locale)`. The hand-in's
 * export and the instructor page both read the course here, so neither
 * chunk imports it from the other.
 */
function exercisesModule(items: readonly BuiltLessonLike[], required: readonly string[]): string {
  const exercisesOf = (item: BuiltLessonLike) => item.editions.en.body.exercises;
  const ids = Object.fromEntries(items.map((item) => [item.meta.slug, exercisesOf(item).map((e) => e.id)]));
  const kinds = Object.fromEntries(items.map((item) => [item.meta.slug, exercisesOf(item).map((e) => KIND_LETTERS[e.kind]).join('')]));
  const version = courseVersion(items.map((item) => ({ slug: item.meta.slug, exercises: exercisesOf(item) })));
  const rows = LOCALES.flatMap((locale) =>
    items.map((item) => `  ${JSON.stringify(`${locale}/${item.meta.slug}`)}: () => import(${JSON.stringify(`${EXERCISE_PART.prefix}${partSource(item, EXERCISE_PART, locale)}/${item.meta.slug}`)}),`),
  );
  return [
    `export const exerciseIds = ${JSON.stringify(ids)};`,
    `const kinds = ${JSON.stringify(kinds)}, kindOf = ${JSON.stringify(Object.fromEntries(Object.entries(KIND_LETTERS).map(([kind, letter]) => [letter, kind])))};`,
    'export const courseLessons = Object.entries(exerciseIds).map(([slug, ids]) => ({ slug, exercises: ids.map((id, i) => ({ id, kind: kindOf[kinds[slug][i]] })) }));',
    `export const courseVersion = ${JSON.stringify(version)};`,
    `export const requiredExercises = ${JSON.stringify(required)};`,
    `const table = {\n${rows.join('\n')}\n};`,
    'export function loadExercises(slug, locale = "en") {',
    '  const key = `${locale}/${slug}`;',
    '  const loader = Object.hasOwn(table, key) ? table[key] : undefined;',
    `  return loader ? ${unpacked('loader()')} : Promise.reject(new Error(\`No exercises for "\${slug}"\`));`,
    '}',
  ].join('\n');
}
type BuiltLessonLike = Item<LessonEdition>;
/** The formulas a lesson's (or page's) editions share, stored once (shared-math.ts). */
const LESSON_MATH: MathPart<LessonEdition> = { body: BODY_PART, mathPrefix: 'virtual:lesson-math/' };
const PAGE_BODY_PART: Part<PageEdition> = { prefix: 'virtual:page-body/', load: 'loadPage', of: (e) => e.body };
const PAGE_PARTS: readonly Part<PageEdition>[] = [PAGE_BODY_PART];
const PAGE_MATH: MathPart<PageEdition> = { body: PAGE_BODY_PART, mathPrefix: 'virtual:page-math/' };

const JOIN_MATH_MODULE = fileURLToPath(new URL('../join-math.ts', import.meta.url));
const INFLATE_MODULE = fileURLToPath(new URL('../inflate-json.ts', import.meta.url));

/** The loader's text for a packed part: the chunk's text and the unpacker (one small module), then the value. */
const unpacked = (chunk: string) => `Promise.all([${chunk}, import(${JSON.stringify(INFLATE_MODULE)})]).then(([m, i]) => i.inflateJson(m.default))`;

const PREFIXES = [EXERCISE_PART.prefix, EXAMPLE_PART.prefix, LESSON_MATH.mathPrefix, PAGE_MATH.mathPrefix, LESSONS.localeIndex, PAGES.localeIndex, ...[...LESSON_PARTS, ...PAGE_PARTS].map((part) => part.prefix)];
const isOurs = (id: string) => id === LESSONS.index || id === PAGES.index || id === EXERCISES_INDEX || id === EXAMPLES_INDEX || PREFIXES.some((prefix) => id.startsWith(prefix));

/**
 * The language whose chunk serves `locale`'s part: its own, or English's when
 * the two are the same (an untranslated lesson without translated examples),
 * so the offline precache holds that part once, not once per language.
 */
function partSource<Edition>(item: Item<Edition>, part: Part<Edition>, locale: Locale): Locale {
  return locale !== 'en' && JSON.stringify(part.of(item.editions[locale])) === JSON.stringify(part.of(item.editions.en)) ? 'en' : locale;
}

/**
 * `export const <name> = [...]` (English summaries) plus lazy loaders of other
 * languages' indexes (`<loadIndex>(locale)`) and, per part, of every edition's
 * chunk (`<part.load>(slug, locale = 'en')`).
 */
function indexModule<Edition>(
  names: { readonly list: string; readonly loadIndex: string; readonly what: string },
  localeIndex: string,
  items: readonly Item<Edition>[],
  summaryOf: (edition: Edition) => unknown,
  parts: readonly Part<Edition>[],
): string {
  const { list, loadIndex, what } = names;
  const indexes = LOCALES.filter((l) => l !== 'en').map((locale) => `  ${JSON.stringify(locale)}: () => import(${JSON.stringify(localeIndex + locale)}),`);
  return [
    `export const ${list} = ${JSON.stringify(items.map((item) => summaryOf(item.editions.en)))};`,
    `const indexes = {\n${indexes.join('\n')}\n};`,
    `export function ${loadIndex}(locale) {`,
    `  if (locale === 'en') return Promise.resolve(${list});`,
    '  const loader = Object.hasOwn(indexes, locale) ? indexes[locale] : undefined;',
    `  return loader ? loader().then((m) => m.default) : Promise.reject(new Error(\`No ${what} index in "\${locale}"\`));`,
    '}',
    ...partLoaders(items, parts, what),
  ].join('\n');
}

/** Per part, `<part.load>(slug, locale = 'en')`: a table of every edition's chunk and its loader. */
function partLoaders<Edition>(items: readonly Item<Edition>[], parts: readonly Part<Edition>[], what: string): string[] {
  const tables = parts.map((part) => {
    const rows = LOCALES.flatMap((locale) =>
      items.map((item) => `  ${JSON.stringify(`${locale}/${item.meta.slug}`)}: () => import(${JSON.stringify(`${part.prefix}${partSource(item, part, locale)}/${item.meta.slug}`)}),`),
    );
    const value = part.packed ? unpacked('loader()') : 'loader().then((m) => m.default)';
    return `const ${part.load}Table = {\n${rows.join('\n')}\n};\nexport const ${part.load} = (slug, locale = 'en') => load(${part.load}Table, slug, locale, (loader) => ${value});`;
  });
  return [
    'function load(table, slug, locale, value) {',
    '  const key = `${locale}/${slug}`;',
    '  const loader = Object.hasOwn(table, key) ? table[key] : undefined;',
    `  return loader ? value(loader) : Promise.reject(new Error(\`No ${what} "\${slug}"\`));`,
    '}',
    ...tables,
  ];
}

/** The module of the part chunk `key` names (`<prefix><locale>/<slug>`), or null when it names none of `parts`. */
function partChunk<Edition>(key: string, items: readonly Item<Edition>[], parts: readonly Part<Edition>[]): string | null {
  for (const part of parts) {
    if (!key.startsWith(part.prefix)) continue;
    const target = localeAndSlug(key.slice(part.prefix.length));
    const item = target && items.find((i) => i.meta.slug === target.slug);
    if (!target || !item) return null;
    const value = part.of(item.editions[target.locale]);
    return part.packed ? packedModule(value) : `export default ${JSON.stringify(value)};`;
  }
  return null;
}

/** A body part whose HTML may share typeset formulas across editions, and the prefix of its per-item math module. */
interface MathPart<Edition> {
  readonly body: Part<Edition>;
  readonly mathPrefix: string;
}

/** The formulas an item's editions share, or none when it has one edition of its own (see partSource). */
function sharedMathOf<Edition>(item: Item<Edition>, { body }: MathPart<Edition>): string[] {
  const htmlOf = (locale: Locale) => (body.of(item.editions[locale]) as { html: string }).html;
  const others = LOCALES.filter((locale) => locale !== 'en' && partSource(item, body, locale) === locale);
  return others.length === 0 ? [] : sharedFormulas(htmlOf('en'), others.map(htmlOf));
}

/**
 * An item's math module (`<mathPrefix><slug>`), or a body chunk whose editions
 * share formulas: its HTML cut around them, joined again with the math module
 * on load (shared-math.ts). Null for any other key.
 */
function mathChunk<Edition>(key: string, items: readonly Item<Edition>[], part: MathPart<Edition>): string | null {
  if (key.startsWith(part.mathPrefix)) {
    const item = items.find((i) => i.meta.slug === key.slice(part.mathPrefix.length));
    return item ? `export default ${JSON.stringify(sharedMathOf(item, part))};` : null;
  }
  if (!key.startsWith(part.body.prefix)) return null;
  const target = localeAndSlug(key.slice(part.body.prefix.length));
  const item = target && items.find((i) => i.meta.slug === target.slug);
  const shared = item ? sharedMathOf(item, part) : [];
  if (!target || !item || shared.length === 0) return null;
  const { html, ...rest } = part.body.of(item.editions[target.locale]) as { html: string };
  const { parts, refs } = splitAtFormulas(html, shared);
  return [
    `import math from ${JSON.stringify(part.mathPrefix + target.slug)};`,
    `import { joinMath } from ${JSON.stringify(JOIN_MATH_MODULE)};`,
    `export default { ...${JSON.stringify(rest)}, html: joinMath(${JSON.stringify(parts)}, ${JSON.stringify(refs)}, math) };`,
  ].join('\n');
}

/** `<locale>/<slug>` after a prefix, or null. */
function localeAndSlug(rest: string): { locale: Locale; slug: string } | null {
  const [locale, slug] = rest.split('/');
  return isLocale(locale) && slug ? { locale, slug } : null;
}

/** What other build plugins may ask the lessons plugin (Vite's plugin `api`). */
export interface LessonsPluginApi {
  /** The mermaid sources of every published lesson and page, in every language (the offline precache keeps their diagram types). */
  diagramSources(): Promise<string[]>;
  /** The HTML of every published lesson and page, in every language (the offline precache keeps the KaTeX fonts it uses). */
  pagesHtml(): Promise<string[]>;
}

export function lessonsPlugin(projectRoot: string): Plugin<LessonsPluginApi> & { api: LessonsPluginApi } {
  let build: Promise<ContentBuild> | null = null;
  let isBuild = false;
  const getBuild = () => (build ??= buildContent(projectRoot));

  const invalidate = (server: ViteDevServer) => {
    build = null;
    for (const module of server.moduleGraph.idToModuleMap.values()) {
      if (module.id?.startsWith('\0') && isOurs(module.id.slice(1))) server.moduleGraph.invalidateModule(module);
    }
    server.ws.send({ type: 'full-reload' });
  };

  return {
    name: 'lml-lessons',
    api: {
      async diagramSources() {
        const { lessons, pages } = await getBuild();
        return [...lessons, ...pages]
          .filter((item) => !item.draft)
          .flatMap((item) => LOCALES.flatMap((locale) => item.editions[locale].diagrams.map((d) => d.source)));
      },
      async pagesHtml() {
        const { lessons, pages } = await getBuild();
        return [...lessons, ...pages].filter((item) => !item.draft).flatMap((item) => LOCALES.map((locale) => item.editions[locale].body.html));
      },
    },
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    async buildStart() {
      const { problems } = await getBuild();
      for (const p of problems) {
        if (p.severity === 'error' && isBuild) this.error(`Content error: ${formatProblem(p)}`);
        this.warn(formatProblem(p));
      }
    },
    /** lessons-index.json: the published lessons and reference pages (English, and each language's under `editions`), for tests, benches and tools (not used by the app). */
    async generateBundle() {
      const { lessons, pages } = await getBuild();
      const published = lessons.filter((lesson) => !lesson.draft);
      const publishedPages = pages.filter((page) => !page.draft);
      const editions = Object.fromEntries(
        LOCALES.map((locale) => [locale, { lessons: published.map((l) => l.editions[locale].meta), pages: publishedPages.map((p) => p.editions[locale].meta) }]),
      );
      this.emitFile({
        type: 'asset',
        fileName: 'lessons-index.json',
        source: JSON.stringify({ lessons: published.map((l) => l.meta), pages: publishedPages.map((p) => p.meta), editions }, null, 2),
      });
    },
    configureServer(server) {
      const roots = () => [...contentRoots(projectRoot), pagesRoot(projectRoot), glossaryFile(projectRoot), glossaryFile(projectRoot).replace(/\.ts$/, '')];
      for (const root of roots()) server.watcher.add(resolve(root));
      const onChange = (path: string) => {
        if (roots().some((root) => path.startsWith(resolve(root)))) invalidate(server);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
    resolveId(id) {
      return isOurs(id) ? '\0' + id : null;
    },
    async load(id) {
      if (!id.startsWith('\0')) return null;
      const key = id.slice(1);
      const { lessons, pages, required } = await getBuild();
      const published = lessons.filter((lesson) => !lesson.draft);
      const publishedPages = pages.filter((page) => !page.draft);
      if (key === LESSONS.index) return indexModule({ list: 'lessons', loadIndex: 'loadLessonIndex', what: 'lesson' }, LESSONS.localeIndex, published, lessonSummary, LESSON_PARTS);
      if (key === EXERCISES_INDEX) return exercisesModule(published, required);
      if (key === EXAMPLES_INDEX) return partLoaders(published, [EXAMPLE_PART], 'examples for').join('\n');
      if (key === PAGES.index) return indexModule({ list: 'pages', loadIndex: 'loadPageIndex', what: 'page' }, PAGES.localeIndex, publishedPages, (e) => e.meta, PAGE_PARTS);
      const localeIndexOf = (prefix: string): Locale | null => {
        const locale = key.slice(prefix.length);
        return key.startsWith(prefix) && isLocale(locale) ? locale : null;
      };
      const lessonIndexLocale = localeIndexOf(LESSONS.localeIndex);
      if (lessonIndexLocale) return `export default ${JSON.stringify(published.map((l) => lessonSummary(l.editions[lessonIndexLocale])))};`;
      const pageIndexLocale = localeIndexOf(PAGES.localeIndex);
      if (pageIndexLocale) return `export default ${JSON.stringify(publishedPages.map((p) => p.editions[pageIndexLocale].meta))};`;
      const chunk =
        mathChunk(key, published, LESSON_MATH) ?? mathChunk(key, publishedPages, PAGE_MATH) ?? partChunk(key, published, [...LESSON_PARTS, EXAMPLE_PART, EXERCISE_PART]) ?? partChunk(key, publishedPages, PAGE_PARTS);
      if (chunk !== null) return chunk;
      return null;
    },
  };
}
