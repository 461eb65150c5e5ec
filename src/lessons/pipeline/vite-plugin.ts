/**
 * Serves the built lessons to the app as virtual modules:
 * - `virtual:lessons`: the course index (metadata only) and `loadLesson(slug)`;
 * - `virtual:lesson-body/<slug>`: one lesson's HTML and examples, a lazy chunk each;
 * - `virtual:pages`: the reference pages (metadata) and `loadPage(slug)`;
 * - `virtual:page-body/<slug>`: one reference page's HTML, a lazy chunk each.
 * A production build fails on content errors (the message names file and line);
 * the dev server reports them and reloads when content changes.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildContent, contentRoots, type ContentBuild } from './load';
import { pagesRoot } from './pages';
import { formatProblem } from './problems';

const INDEX_ID = 'virtual:lessons';
const BODY_PREFIX = 'virtual:lesson-body/';
const PAGES_ID = 'virtual:pages';
const PAGE_BODY_PREFIX = 'virtual:page-body/';
const VIRTUAL_IDS = [INDEX_ID, BODY_PREFIX, PAGES_ID, PAGE_BODY_PREFIX];

/** `export const <name> = [...]; export function <load>(slug)`: metadata plus one lazy chunk per item. */
function indexModule(name: string, load: string, metas: readonly { slug: string }[], bodyPrefix: string, what: string): string {
  const loaders = metas.map((m) => `  ${JSON.stringify(m.slug)}: () => import(${JSON.stringify(bodyPrefix + m.slug)}),`).join('\n');
  return [
    `export const ${name} = ${JSON.stringify(metas)};`,
    `const loaders = {\n${loaders}\n};`,
    `export function ${load}(slug) {`,
    '  const load = Object.hasOwn(loaders, slug) ? loaders[slug] : undefined;',
    `  return load ? load().then((m) => m.default) : Promise.reject(new Error(\`No ${what} "\${slug}"\`));`,
    '}',
  ].join('\n');
}

/** What other build plugins may ask the lessons plugin (Vite's plugin `api`). */
export interface LessonsPluginApi {
  /** The mermaid sources of every published lesson (the offline precache keeps their diagram types). */
  diagramSources(): Promise<string[]>;
}

export function lessonsPlugin(projectRoot: string): Plugin<LessonsPluginApi> & { api: LessonsPluginApi } {
  let build: Promise<ContentBuild> | null = null;
  let isBuild = false;
  const getBuild = () => (build ??= buildContent(projectRoot));

  const invalidate = (server: ViteDevServer) => {
    build = null;
    for (const module of server.moduleGraph.idToModuleMap.values()) {
      if (VIRTUAL_IDS.some((id) => module.id?.startsWith('\0' + id))) {
        server.moduleGraph.invalidateModule(module);
      }
    }
    server.ws.send({ type: 'full-reload' });
  };

  return {
    name: 'lml-lessons',
    api: {
      async diagramSources() {
        const { lessons, pages } = await getBuild();
        return [...lessons, ...pages].filter((item) => !item.draft).flatMap((item) => item.diagrams.map((d) => d.source));
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
    /** lessons-index.json: the published lessons and reference pages, for tests, benches and tools (not used by the app). */
    async generateBundle() {
      const { lessons, pages } = await getBuild();
      const published = lessons.filter((lesson) => !lesson.draft).map((lesson) => lesson.meta);
      const publishedPages = pages.filter((page) => !page.draft).map((page) => page.meta);
      this.emitFile({ type: 'asset', fileName: 'lessons-index.json', source: JSON.stringify({ lessons: published, pages: publishedPages }, null, 2) });
    },
    configureServer(server) {
      const roots = () => [...contentRoots(projectRoot), pagesRoot(projectRoot)];
      for (const root of roots()) server.watcher.add(resolve(root));
      const onChange = (path: string) => {
        if (roots().some((root) => path.startsWith(resolve(root)))) invalidate(server);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
    resolveId(id) {
      if (id === INDEX_ID || id === PAGES_ID || id.startsWith(BODY_PREFIX) || id.startsWith(PAGE_BODY_PREFIX)) return '\0' + id;
      return null;
    },
    async load(id) {
      if (!id.startsWith('\0')) return null;
      const key = id.slice(1);
      const { lessons, pages } = await getBuild();
      const published = lessons.filter((lesson) => !lesson.draft);
      const publishedPages = pages.filter((page) => !page.draft);
      if (key === INDEX_ID) return indexModule('lessons', 'loadLesson', published.map((l) => l.meta), BODY_PREFIX, 'lesson');
      if (key === PAGES_ID) return indexModule('pages', 'loadPage', publishedPages.map((p) => p.meta), PAGE_BODY_PREFIX, 'page');
      if (key.startsWith(PAGE_BODY_PREFIX)) {
        const page = publishedPages.find((p) => p.meta.slug === key.slice(PAGE_BODY_PREFIX.length));
        return page ? `export default ${JSON.stringify(page.body)};` : null;
      }
      if (key.startsWith(BODY_PREFIX)) {
        const lesson = published.find((l) => l.meta.slug === key.slice(BODY_PREFIX.length));
        if (!lesson) return null;
        return `export default ${JSON.stringify(lesson.body)};`;
      }
      return null;
    },
  };
}
