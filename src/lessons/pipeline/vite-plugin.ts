/**
 * Serves the built lessons to the app as virtual modules:
 * - `virtual:lessons`: the course index (metadata only) and `loadLesson(slug)`;
 * - `virtual:lesson-body/<slug>`: one lesson's HTML and examples, a lazy chunk each.
 * A production build fails on content errors (the message names file and line);
 * the dev server reports them and reloads when content changes.
 */
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { buildContent, contentRoots, type ContentBuild } from './load';
import { formatProblem } from './problems';

const INDEX_ID = 'virtual:lessons';
const BODY_PREFIX = 'virtual:lesson-body/';

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
      if (module.id?.startsWith('\0' + INDEX_ID) || module.id?.startsWith('\0' + BODY_PREFIX)) {
        server.moduleGraph.invalidateModule(module);
      }
    }
    server.ws.send({ type: 'full-reload' });
  };

  return {
    name: 'lml-lessons',
    api: {
      async diagramSources() {
        const { lessons } = await getBuild();
        return lessons.filter((lesson) => !lesson.draft).flatMap((lesson) => lesson.diagrams.map((d) => d.source));
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
    /** lessons-index.json: the published lessons, for tests, benches and tools (not used by the app). */
    async generateBundle() {
      const { lessons } = await getBuild();
      const published = lessons.filter((lesson) => !lesson.draft).map((lesson) => lesson.meta);
      this.emitFile({ type: 'asset', fileName: 'lessons-index.json', source: JSON.stringify({ lessons: published }, null, 2) });
    },
    configureServer(server) {
      for (const root of contentRoots(projectRoot)) server.watcher.add(resolve(root));
      const onChange = (path: string) => {
        if (contentRoots(projectRoot).some((root) => path.startsWith(resolve(root)))) invalidate(server);
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
    resolveId(id) {
      if (id === INDEX_ID || id.startsWith(BODY_PREFIX)) return '\0' + id;
      return null;
    },
    async load(id) {
      if (!id.startsWith('\0')) return null;
      const key = id.slice(1);
      const { lessons } = await getBuild();
      const published = lessons.filter((lesson) => !lesson.draft);
      if (key === INDEX_ID) {
        const loaders = published
          .map((l) => `  ${JSON.stringify(l.meta.slug)}: () => import(${JSON.stringify(BODY_PREFIX + l.meta.slug)}),`)
          .join('\n');
        return [
          `export const lessons = ${JSON.stringify(published.map((l) => l.meta))};`,
          `const loaders = {\n${loaders}\n};`,
          'export function loadLesson(slug) {',
          '  const load = Object.hasOwn(loaders, slug) ? loaders[slug] : undefined;',
          '  return load ? load().then((m) => m.default) : Promise.reject(new Error(`No lesson "${slug}"`));',
          '}',
        ].join('\n');
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
