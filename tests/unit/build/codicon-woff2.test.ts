/**
 * Monaco's codicon font ships as woff2 (scripts/vite/codicon-woff2.ts): the
 * stylesheet rewrite on its own, then a real Vite build of Monaco's real
 * codicon.css, whose woff2 must hold the ttf's glyphs table for table.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import { decompress } from 'wawoff2';
import { afterAll, describe, expect, it } from 'vitest';
import { codiconWoff2, pointFontFaceAtWoff2, woff2FileName } from '../../../scripts/vite/codicon-woff2';

const CODICON_DIR = resolve(import.meta.dirname, '../../../node_modules/monaco-editor/esm/vs/base/browser/ui/codicons/codicon');

describe('pointFontFaceAtWoff2', () => {
  it('rewrites the minified @font-face Vite writes', () => {
    const css = '.a{}@font-face{font-family:codicon;font-display:block;src:url(./codicon-DF1abBS2.ttf)format("truetype")}.b{}';
    expect(pointFontFaceAtWoff2(css, 'codicon-DF1abBS2.ttf', 'codicon-DF1abBS2.woff2')).toEqual({
      css: '.a{}@font-face{font-family:codicon;font-display:block;src:url(./codicon-DF1abBS2.woff2)format("woff2")}.b{}',
      rewritten: 1,
    });
  });

  it('rewrites a quoted url with a query and spaces, and leaves other fonts and sources alone', () => {
    const css = [
      `@font-face { src: url("../fonts/codicon.ttf?5d4d76ab") format('truetype'), url(other.woff) format("woff"); }`,
      `@font-face { src: url(./other.ttf) format("truetype"); }`,
    ].join('\n');
    const { css: out, rewritten } = pointFontFaceAtWoff2(css, 'codicon.ttf', 'codicon.woff2');
    expect(rewritten).toBe(1);
    expect(out).toBe(
      [
        `@font-face { src: url("../fonts/codicon.woff2?5d4d76ab") format('woff2'), url(other.woff) format("woff"); }`,
        `@font-face { src: url(./other.ttf) format("truetype"); }`,
      ].join('\n'),
    );
  });

  it('names the woff2 after the ttf, hash and folder kept', () => {
    expect(woff2FileName('assets/codicon-DF1abBS2.ttf')).toBe('assets/codicon-DF1abBS2.woff2');
  });
});

describe('the plugin in a Vite build', () => {
  const root = mkdtempSync(join(tmpdir(), 'lml-codicon-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function bundle(entry: string): Promise<Rolldown.OutputBundle[string][]> {
    writeFileSync(join(root, 'main.js'), entry);
    const result = await build({
      root,
      base: './',
      configFile: false,
      logLevel: 'silent',
      plugins: [codiconWoff2()],
      build: { write: false, rolldownOptions: { input: join(root, 'main.js') } },
    });
    const outputs = Array.isArray(result) ? result : [result];
    return outputs.flatMap((o) => ('output' in o ? o.output : []));
  }

  /** An sfnt font's tables by tag. */
  function tables(font: Uint8Array): Map<string, Uint8Array> {
    const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
    const found = new Map<string, Uint8Array>();
    for (let i = 0; i < view.getUint16(4); i++) {
      const record = 12 + 16 * i;
      const tag = String.fromCharCode(...font.subarray(record, record + 4));
      const offset = view.getUint32(record + 8);
      found.set(tag, font.subarray(offset, offset + view.getUint32(record + 12)));
    }
    return found;
  }

  it('emits the font as woff2 only, and the stylesheet loads it as woff2', async () => {
    const files = await bundle(`import ${JSON.stringify(join(CODICON_DIR, 'codicon.css'))};\n`);
    const names = files.map((f) => f.fileName);
    expect(names.filter((n) => n.endsWith('.ttf'))).toEqual([]);
    const font = files.find((f) => /codicon-[\w-]+\.woff2$/.test(f.fileName));
    const css = files.find((f) => f.fileName.endsWith('.css'));
    if (font?.type !== 'asset' || css?.type !== 'asset') throw new Error(`no woff2 or stylesheet in ${names.join(', ')}`);
    const fontName = font.fileName.slice(font.fileName.lastIndexOf('/') + 1);
    expect(String(css.source)).toContain(`src:url(./${fontName})format("woff2")`);
    expect(String(css.source)).not.toContain('truetype');

    const woff2 = font.source as Uint8Array;
    expect(String.fromCharCode(...woff2.subarray(0, 4))).toBe('wOF2');
    const ttf = new Uint8Array(readFileSync(join(CODICON_DIR, 'codicon.ttf')));
    expect(woff2.byteLength).toBeLessThan(ttf.byteLength * 0.5);
    // The same font: every table as in the ttf, but `head`'s checksum and its "transformed losslessly" flag.
    const [before, after] = [tables(ttf), tables(await decompress(woff2))];
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [tag, table] of before) {
      const copy = after.get(tag) ?? new Uint8Array();
      if (tag === 'head') {
        const masked = (t: Uint8Array) => [...t].map((byte, i) => (i >= 8 && i < 12 ? 0 : i === 16 ? byte & ~0x08 : byte));
        expect(masked(copy), tag).toEqual(masked(table));
      } else {
        expect(Buffer.from(copy).equals(Buffer.from(table)), tag).toBe(true);
      }
    }
  });

  it('fails the build when something other than a stylesheet still names the ttf', async () => {
    await expect(bundle(`import url from ${JSON.stringify(join(CODICON_DIR, 'codicon.ttf'))};\nconsole.log(url);\n`)).rejects.toThrow(
      /codicon woff2: no stylesheet loads codicon-[\w-]+\.ttf as truetype/,
    );
  });
});
