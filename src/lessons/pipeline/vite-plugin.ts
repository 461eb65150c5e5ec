/**
 * Serves the built lessons to the app as virtual modules, one set per language:
 * - `virtual:lessons`: the English course index (metadata only, in the entry
 *   chunk), `loadLessonIndex(locale)` for another language's (a small lazy
 *   chunk, `virtual:lesson-index/<locale>`), and `loadLesson(slug, locale)`;
 * - `virtual:lesson-body/<locale>/<slug>`: one edition's HTML and examples, a lazy chunk each;
 * - `virtual:pages`, `virtual:page-index/<locale>`, `virtual:page-body/<locale>/<slug>`:
 *   the same for the reference pages.
 * A reader downloads only their language's chunks; the offline precache holds
 * both. A production build fails on content errors (the message names file
 * and line); the dev server reports them and reloads when content changes.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { isLocale, LOCALES, type Locale } from '../../i18n/locales';
import { glossaryFile } from './glossary';
import { buildContent, contentRoots, type ContentBuild } from './load';
import { pagesRoot } from './pages';
import { formatProblem } from './problems';

const LESSONS = { index: 'virtual:lessons', localeIndex: 'virtual:lesson-index/', body: 'virtual:lesson-body/' } as const;
const PAGES = { index: 'virtual:pages', localeIndex: 'virtual:page-index/', body: 'virtual:page-body/' } as const;
const isOurs = (id: string) => [LESSONS, PAGES].some((kind) => id === kind.index || id.startsWith(kind.localeIndex) || id.startsWith(kind.body));

interface Item {
  readonly meta: { readonly slug: string };
  readonly editions: Readonly<Record<Locale, { readonly body: unknown }>>;
}

/**
 * The language whose chunk serves `locale`'s body: its own, or English's when
 * the two are the same (an untranslated lesson without translated examples),
 * so the offline precache holds that body once, not once per language.
 */
function bodySource(item: Item, locale: Locale): Locale {
  return locale !== 'en' && JSON.stringify(item.editions[locale].body) === JSON.stringify(item.editions.en.body) ? 'en' : locale;
}

/** `export const <name> = [...]` (English) plus lazy loaders of other languages' indexes and of every edition's body. */
function indexModule(name: string, loadIndex: string, load: string, kind: typeof LESSONS | typeof PAGES, items: readonly Item[], english: unknown, what: string): string {
  const bodies = LOCALES.flatMap((locale) =>
    items.map((item) => `  ${JSON.stringify(`${locale}/${item.meta.slug}`)}: () => import(${JSON.stringify(`${kind.body}${bodySource(item, locale)}/${item.meta.slug}`)}),`),
  );
  const indexes = LOCALES.filter((l) => l !== 'en').map((locale) => `  ${JSON.stringify(locale)}: () => import(${JSON.stringify(kind.localeIndex + locale)}),`);
  return [
    `export const ${name} = ${JSON.stringify(english)};`,
    `const bodies = {\n${bodies.join('\n')}\n};`,
    `const indexes = {\n${indexes.join('\n')}\n};`,
    `export function ${loadIndex}(locale) {`,
    `  if (locale === 'en') return Promise.resolve(${name});`,
    '  const load = Object.hasOwn(indexes, locale) ? indexes[locale] : undefined;',
    `  return load ? load().then((m) => m.default) : Promise.reject(new Error(\`No ${what} index in "\${locale}"\`));`,
    '}',
    `export function ${load}(slug, locale = 'en') {`,
    '  const key = `${locale}/${slug}`;',
    '  const load = Object.hasOwn(bodies, key) ? bodies[key] : undefined;',
    `  return load ? load().then((m) => m.default) : Promise.reject(new Error(\`No ${what} "\${slug}"\`));`,
    '}',
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
      const { lessons, pages } = await getBuild();
      const published = lessons.filter((lesson) => !lesson.draft);
      const publishedPages = pages.filter((page) => !page.draft);
      if (key === LESSONS.index) return indexModule('lessons', 'loadLessonIndex', 'loadLesson', LESSONS, published, published.map((l) => l.meta), 'lesson');
      if (key === PAGES.index) return indexModule('pages', 'loadPageIndex', 'loadPage', PAGES, publishedPages, publishedPages.map((p) => p.meta), 'page');
      for (const [kind, items] of [
        [LESSONS, published],
        [PAGES, publishedPages],
      ] as const) {
        if (key.startsWith(kind.localeIndex)) {
          const locale = key.slice(kind.localeIndex.length);
          return isLocale(locale) ? `export default ${JSON.stringify(items.map((item) => item.editions[locale].meta))};` : null;
        }
        if (key.startsWith(kind.body)) {
          const target = localeAndSlug(key.slice(kind.body.length));
          const item = target && items.find((i) => i.meta.slug === target.slug);
          return target && item ? `export default ${JSON.stringify(item.editions[target.locale].body)};` : null;
        }
      }
      return null;
    },
  };
}
