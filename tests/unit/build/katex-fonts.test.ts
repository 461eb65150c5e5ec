/**
 * The offline precache keeps only the KaTeX font families the built pages
 * use (scripts/vite/katex-fonts.ts), read from KaTeX's real stylesheet and
 * real typeset HTML, so a KaTeX upgrade that renames classes fails here.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { familyRules, fontFamilyOf, katexFontsOffline, usedFamilies } from '../../../scripts/vite/katex-fonts';

const css = readFileSync(createRequire(import.meta.url).resolve('katex/dist/katex.css'), 'utf8');
const typeset = (tex: string) => katex.renderToString(tex, { displayMode: true, output: 'htmlAndMathml' });

describe('KaTeX font families', () => {
  it('reads which classes select which family from KaTeX’s stylesheet', () => {
    const rules = familyRules(css);
    const familyOf = (cls: string) => rules.find(([classes]) => classes.length === 1 && classes[0] === cls)?.[1];
    expect(familyOf('mathcal')).toBe('Caligraphic');
    expect(familyOf('mathbb')).toBe('AMS');
    expect(familyOf('mathfrak')).toBe('Fraktur');
    expect(familyOf('mathtt')).toBe('Typewriter');
    expect(rules).toContainEqual([['delimsizing', 'size3'], 'Size3']);
  });

  it('finds the families typeset math needs: Main, Math, and a size font for a displayed big operator', () => {
    expect([...usedFamilies(css, [typeset('y = \\frac{1}{n}\\sum_i x_i^2')])].sort()).toEqual(['Main', 'Math', 'Size2']);
    expect([...usedFamilies(css, [typeset('\\mathcal{L}(\\theta)')])].sort()).toEqual(['Caligraphic', 'Main', 'Math']);
    const wide = usedFamilies(css, [typeset('\\mathbb{R} \\ni \\mathfrak{g}, \\texttt{x}, \\Bigg(\\Bigg)')]);
    for (const family of ['AMS', 'Fraktur', 'Typewriter', 'Size4']) expect(wide.has(family), family).toBe(true);
  });

  it('needs all of a rule’s classes on one element: a subscript (`size3`, `size1`) is not a size-3 delimiter', () => {
    const resized = typeset('x_{a_b} + \\big( y \\big)');
    expect(resized).toContain('size3');
    expect(resized).toContain('delimsizing size1');
    expect(usedFamilies(css, [resized]).has('Size3')).toBe(false);
    expect(usedFamilies(css, [resized]).has('Size1')).toBe(true);
  });

  it('tells a built font file’s family', () => {
    expect(fontFamilyOf('assets/KaTeX_Size3-Regular-CTq5MqoE.woff2')).toBe('Size3');
    expect(fontFamilyOf('assets/KaTeX_Main-BoldItalic-DxDJ3AOS.woff2')).toBe('Main');
    expect(fontFamilyOf('assets/codicon-DF1abBS2.ttf')).toBeNull();
  });

  it('drops the unused families from the precache, and keeps every family when a diagram has math', async () => {
    const entries = ['assets/KaTeX_Main-Regular-a.woff2', 'assets/KaTeX_Fraktur-Bold-b.woff2', 'assets/index-c.js'].map((url) => ({ url, size: 1, revision: null }));
    const pages = () => Promise.resolve([typeset('x^2')]);
    const plain = await katexFontsOffline(pages, () => Promise.resolve(['graph LR; a-->b']))(entries);
    expect(plain.manifest.map((e) => e.url)).toEqual(['assets/KaTeX_Main-Regular-a.woff2', 'assets/index-c.js']);
    const withMath = await katexFontsOffline(pages, () => Promise.resolve(['graph LR; a["$$x^2$$"]-->b']))(entries);
    expect(withMath.manifest).toEqual(entries);
  });
});
