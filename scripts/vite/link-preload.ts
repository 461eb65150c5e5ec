/**
 * Links that open straight into a lazily loaded page (a shared scenario,
 * `#/<lang>/share/…`, and a preset link, `#/<lang>/worksheet/preset/…`) start
 * downloading that page's code with the page itself.
 *
 * Without this, the browser learns of the page's chunks only once the entry
 * chunk has run and asked for them: one more round trip, then ~40 KiB, after
 * the ~100 KiB every page loads. On Lighthouse's slow 4G that put the shared
 * scenario's confirmation at 2.55–2.6 s, over the 2.5 s goal (issue 11).
 *
 * A small inline script in the built index.html (its hash joins the
 * Content-Security-Policy, scripts/vite/csp.ts, which runs after this plugin)
 * reads the hash before anything else loads and, for these links only, adds
 * `<link rel=modulepreload>` for the page's chunks that the entry does not
 * already load, a style preload for its CSS, and the feature words of the
 * link's language. Every other page's first load is unchanged.
 */
import type { Plugin } from 'vite';

/** A lazily loaded page a link can open, by the hash that opens it and the module that renders it. */
interface LinkPage {
  readonly hash: RegExp;
  readonly module: string;
}

const LINK_PAGES: readonly LinkPage[] = [
  { hash: /^#\/(?:(en|zh)\/)?share\//, module: 'src/worksheet/SharedScenarioRoute.tsx' },
  { hash: /^#\/(?:(en|zh)\/)?worksheet\/preset\//, module: 'src/worksheet/PresetRoute.tsx' },
];
/** Each language's feature words (src/i18n/index.ts loads them with every lazily loaded feature). */
const FEATURE_WORDS = { en: 'src/i18n/en/features.ts', zh: 'src/i18n/zh/features.ts' } as const;

/** The parts of a bundle's chunk this plugin reads (Rollup's and Rolldown's output chunks have them). */
interface ChunkLike {
  readonly type: 'chunk';
  readonly fileName: string;
  readonly isEntry: boolean;
  readonly facadeModuleId: string | null;
  readonly imports: readonly string[];
  readonly viteMetadata?: { readonly importedCss: ReadonlySet<string> };
}
type BundleLike = Record<string, ChunkLike | { readonly type: 'asset' }>;

function chunksOf(bundle: BundleLike): ChunkLike[] {
  return Object.values(bundle).filter((c): c is ChunkLike => c.type === 'chunk');
}

/** `start` and every chunk it imports statically, transitively. */
function staticClosure(start: ChunkLike, byFile: Map<string, ChunkLike>): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of byFile.get(file)?.imports ?? []) visit(next);
  };
  visit(start.fileName);
  return seen;
}

const byModule = (chunks: ChunkLike[], module: string) => chunks.find((c) => c.facadeModuleId?.replaceAll('\\', '/').endsWith(`/${module}`));

/** For each link page: its hash's pattern, the files to preload, and the feature words per language. */
export function linkPreloads(bundle: BundleLike): { hash: string; files: string[]; words: Record<string, string> }[] {
  const chunks = chunksOf(bundle);
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const entry = chunks.find((c) => c.isEntry);
  if (!entry) throw new Error('link-preload: the bundle has no entry chunk');
  const loadedFirst = staticClosure(entry, byFile);
  const words: Record<string, string> = {};
  for (const [language, module] of Object.entries(FEATURE_WORDS)) {
    const chunk = byModule(chunks, module);
    if (!chunk) throw new Error(`link-preload: no chunk for ${module}`);
    words[language] = chunk.fileName;
  }
  return LINK_PAGES.map(({ hash, module }) => {
    const page = byModule(chunks, module);
    if (!page) throw new Error(`link-preload: no chunk for ${module} (was it renamed?)`);
    const js = [...staticClosure(page, byFile)].filter((file) => !loadedFirst.has(file));
    const css = js.flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]);
    return { hash: hash.source, files: [...js, ...css], words };
  });
}

/** The inline script: ES5, no dependencies, nothing happens unless the hash is one of the link pages'. */
export function preloadScript(pages: ReturnType<typeof linkPreloads>): string {
  // Written compact: index.html is in the offline precache, whose budget has no bytes to spare.
  return (
    `(function(){var p=${JSON.stringify(pages)};` +
    'for(var i=0;i<p.length;i++){var m=new RegExp(p[i].hash).exec(location.hash);if(!m)continue;' +
    'var f=p[i].files.slice();if(m[1]&&p[i].words[m[1]])f.push(p[i].words[m[1]]);' +
    "for(var j=0;j<f.length;j++){var l=document.createElement('link');" +
    "if(/\\.css$/.test(f[j])){l.rel='preload';l.as='style';}else{l.rel='modulepreload';}" +
    "l.href='./'+f[j];document.head.appendChild(l);}}})();"
  );
}

export function linkPagePreload(): Plugin {
  return {
    name: 'lml-link-page-preload',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        if (!context.bundle) return html;
        const script = `<script>${preloadScript(linkPreloads(context.bundle))}</script>\n  </head>`;
        return html.replace('</head>', script);
      },
    },
  };
}
