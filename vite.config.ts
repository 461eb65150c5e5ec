import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { precacheReport } from './scripts/precache-report';
import { codiconWoff2 } from './scripts/vite/codicon-woff2';
import { contentSecurityPolicy } from './scripts/vite/csp';
import { linkPagePreload } from './scripts/vite/link-preload';
import { katexFontsOffline } from './scripts/vite/katex-fonts';
import { mermaidOffline } from './scripts/vite/mermaid-offline';
import { monacoLibsPlugin } from './scripts/vite/monaco-libs';
import { tfjsShaderSpace } from './scripts/vite/tfjs-shader-space';
import { tfjsTypeLibsPlugin } from './scripts/vite/tfjs-type-libs';
import { workerLicences } from './scripts/vite/worker-licences';
import { EDITOR_TS_LIBS } from './src/editor/editor-libs';
import { lessonsPlugin } from './src/lessons/pipeline/vite-plugin';

/**
 * `base: './'` makes every asset URL relative, so the same dist/ works at a
 * host's root or under any sub-path (e.g. https://example.org/courses/lab/)
 * with no server configuration; routes live in the URL hash.
 */
/**
 * No comments in shipped code. TensorFlow.js repeats its 700-byte licence
 * header in each of its ~1,500 modules (0.95 MB of the 2.6 MB worker) and
 * Monaco's TypeScript worker keeps JSDoc; the licences ship once instead, in
 * third-party-licenses.md (build.license).
 */
const SHIPPED_COMMENTS = { legal: false, jsdoc: false, annotation: false } as const;
const LICENCES_FILE = 'third-party-licenses.md';
const licences = workerLicences();

const lessons = lessonsPlugin(import.meta.dirname);
// Precache only the mermaid diagram types the course's lessons use.
const mermaidForOffline = mermaidOffline(() => lessons.api.diagramSources());

export default defineConfig({
  base: './',
  plugins: [
    react(),
    lessons,
    mermaidForOffline.plugin,
    tfjsTypeLibsPlugin(import.meta.dirname),
    // Share and preset links fetch their page's chunks with the page (scripts/vite/link-preload.ts); before the CSP, which hashes its script.
    linkPagePreload(),
    // A Content-Security-Policy in the built index.html (scripts/vite/csp.ts).
    contentSecurityPolicy(),
    licences.append(LICENCES_FILE),
    // Monaco's icon font ships as woff2, not its 150 KB ttf (scripts/vite/codicon-woff2.ts).
    codiconWoff2(),
    // Offline first (issue 7): a Workbox service worker precaches everything
    // offline use needs. `prompt`: a new version waits until the user clicks
    // "reload" (src/offline/), so an open page keeps its own build's chunks.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already finds the favicon, the icons and the web manifest: adding them again
      // (includeAssets, includeManifestIcons, the manifest entry) listed six URLs twice in the precache.
      includeManifestIcons: false,
      manifest: {
        name: 'Large Model Lab · 大模型实验室',
        short_name: 'Model Lab',
        // One manifest serves both languages (a web manifest has no per-language fields that browsers use), so it says both.
        description:
          'Learn how AI models are built and how AI companies make money, with live code that trains in your browser. · 学习 AI 模型怎样造出来、AI 公司怎样赚钱，代码就在你的浏览器里训练。',
        lang: 'en',
        // Relative to the manifest, so the app installs from any sub-path.
        start_url: './',
        scope: './',
        display: 'standalone',
        theme_color: '#0b5cad',
        background_color: '#ffffff',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      workbox: {
        // Everything offline use needs, whatever the hashed names: app, lesson,
        // Monaco, mermaid and tfjs chunks and workers (js), styles, KaTeX's
        // woff2 fonts (not its woff/ttf copies: browsers fetch woff2 only),
        // Monaco's codicon font (woff2 too: codiconWoff2 above), any .wasm,
        // data sets, model weights (.bin) and icons.
        globPatterns: ['**/*.{js,mjs,css,html,woff2,wasm,json,bin,csv,txt,svg,png,ico}'],
        // lessons-index.json is for tools, not the app; elk is mermaid's heavy
        // layout (1.4 MiB) that src/lessons/mermaid.ts never asks for (dagre).
        // The token counter's vocabulary (0.40 MiB, public/tokenizer/) would take the precache over its
        // budget: it loads on first use of the worksheet's token panel and is then kept (runtimeCaching).
        // The 512 px install icons (15 KB) are fetched by the browser when it installs the app, online,
        // and kept with the installed app; no page shows them, so offline use does not need them.
        globIgnores: ['lessons-index.json', 'assets/elk-*.js', 'tokenizer/**', 'icons/*-512.png'],
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.endsWith('/tokenizer/cl100k_base.bin'),
            handler: 'CacheFirst',
            options: { cacheName: 'lml-tokenizer' },
          },
        ],
        // Monaco's TypeScript worker is ~7 MB raw; the default 2 MiB limit fails the build.
        maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
        // Hash routes: every page is index.html, which is precached; no navigation fallback.
        navigateFallback: null,
        // The first install takes control of the open page at once, so "ready offline" is true in
        // that tab without a reload. Later builds still wait for the user's click (registerType
        // 'prompt' sends no skipWaiting): claiming only concerns pages no worker controls yet.
        clientsClaim: true,
        cleanupOutdatedCaches: true,
        manifestTransforms: [
          mermaidForOffline.manifestTransform,
          katexFontsOffline(() => lessons.api.pagesHtml(), () => lessons.api.diagramSources()),
          precacheReport,
        ],
      },
    }),
  ],
  // Shown in the app (storage details) so a deployment can be told apart from the previous one.
  define: { __BUILD_ID__: JSON.stringify(process.env['LML_BUILD_ID'] ?? process.env['npm_package_version'] ?? 'dev') },
  // Monaco's TypeScript worker and the tfjs worker are worker bundles: their plugins go here
  // (tfjsShaderSpace: the GPU backends' shader source without its indentation).
  worker: {
    format: 'es',
    plugins: () => [monacoLibsPlugin(EDITOR_TS_LIBS), tfjsShaderSpace(), licences.collect()],
    rolldownOptions: { output: { comments: SHIPPED_COMMENTS } },
  },
  optimizeDeps: {
    include: ['@tensorflow/tfjs', '@tensorflow/tfjs-backend-webgpu'],
  },
  build: {
    target: 'es2022',
    // Every bundled dependency's licence, once, in one hosted file (the comments are stripped below).
    license: { fileName: LICENCES_FILE },
    rolldownOptions: { output: { comments: SHIPPED_COMMENTS } },
    chunkSizeWarningLimit: 8000,
  },
});
