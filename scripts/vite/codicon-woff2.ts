/**
 * Monaco's icon font (codicon) as WOFF 2.0 instead of TrueType.
 *
 * monaco-editor ships its icons as one `codicon.ttf` (150 KB) that its CSS
 * loads with `url(./codicon.ttf) format("truetype")`; the offline precache
 * holds it like every other file. The same font as woff2 (the same glyphs
 * and tables, Brotli-compressed: every browser with WebGPU or a service
 * worker reads woff2) is ~60 KB. So at build time this plugin converts the
 * emitted font with wawoff2 (Google's woff2 encoder as WebAssembly: no
 * native build, no download), emits it beside where the ttf was, drops the
 * ttf from the build and points the stylesheet's `@font-face` at the woff2.
 *
 * The woff2 keeps the ttf's file name and hash (`codicon-DF1abBS2.ttf` →
 * `codicon-DF1abBS2.woff2`): the hash names the source font, so the
 * stylesheet's rewritten text, like its hashed name, follows from the font
 * alone, and a cached stylesheet never points at a font a newer build lacks.
 * The build fails if a stylesheet or a chunk still names the ttf afterwards
 * (the icons would be missing offline).
 */
import type { Plugin, Rolldown } from 'vite';
import { compress } from 'wawoff2';

/** The name Vite gives Monaco's font asset (its source file's name). */
export const CODICON_TTF_NAME = 'codicon.ttf';

/** `assets/codicon-DF1abBS2.ttf` → `assets/codicon-DF1abBS2.woff2`. */
export function woff2FileName(ttfFileName: string): string {
  return ttfFileName.replace(/\.ttf$/i, '.woff2');
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A stylesheet whose `url(…<ttf>) format("truetype")` sources name `<woff2>`
 * with `format("woff2")` instead (quoted or not, minified or not, any query
 * or fragment kept), and how many it rewrote.
 */
export function pointFontFaceAtWoff2(css: string, ttfBaseName: string, woff2BaseName: string): { css: string; rewritten: number } {
  const source = new RegExp(
    String.raw`url\((\s*['"]?)([^'")]*?)${escapeRegExp(ttfBaseName)}([?#][^'")]*)?(['"]?\s*)\)(\s*)format\((\s*['"]?)truetype(['"]?\s*)\)`,
    'gi',
  );
  let rewritten = 0;
  const out = css.replace(source, (_match, open: string, dir: string, suffix: string | undefined, close: string, gap: string, fOpen: string, fClose: string) => {
    rewritten += 1;
    return `url(${open}${dir}${woff2BaseName}${suffix ?? ''}${close})${gap}format(${fOpen}woff2${fClose})`;
  });
  return { css: out, rewritten };
}

const baseName = (fileName: string): string => fileName.slice(fileName.lastIndexOf('/') + 1);
const textOf = (file: Rolldown.OutputBundle[string]): string =>
  file.type === 'chunk' ? file.code : typeof file.source === 'string' ? file.source : '';

export function codiconWoff2(): Plugin {
  return {
    name: 'lml-codicon-woff2',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const fonts = Object.values(bundle).filter(
        (file): file is Rolldown.OutputAsset => file.type === 'asset' && file.names.includes(CODICON_TTF_NAME),
      );
      for (const font of fonts) {
        const ttf = typeof font.source === 'string' ? new TextEncoder().encode(font.source) : font.source;
        const woff2 = await compress(ttf);
        const fileName = woff2FileName(font.fileName);
        const [ttfBase, woff2Base] = [baseName(font.fileName), baseName(fileName)];
        Reflect.deleteProperty(bundle, font.fileName);
        this.emitFile({ type: 'asset', fileName, source: woff2 });
        let rewritten = 0;
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.css') || typeof file.source !== 'string') continue;
          const result = pointFontFaceAtWoff2(file.source, ttfBase, woff2Base);
          if (result.rewritten === 0) continue;
          file.source = result.css;
          rewritten += result.rewritten;
        }
        const stillNamed = Object.values(bundle).filter((file) => textOf(file).includes(ttfBase)).map((file) => file.fileName);
        if (rewritten === 0 || stillNamed.length > 0) {
          this.error(
            `codicon woff2: ${rewritten === 0 ? `no stylesheet loads ${ttfBase} as truetype` : `${stillNamed.join(', ')} still name ${ttfBase}`}; Monaco's icons would be missing offline`,
          );
        }
        console.log(`\nCodicon font: ${ttfBase} (${String(ttf.byteLength)} bytes) shipped as ${woff2Base} (${String(woff2.byteLength)} bytes)`);
      }
    },
  };
}
