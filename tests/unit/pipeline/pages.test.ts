/**
 * Reference pages (content/pages/<slug>.md): built by the lesson pipeline,
 * with in-page links rewritten to `#/<slug>/<id>`, and each mistake reported
 * with its file and line: a name that is not a slug, a slug the app already
 * routes, bad frontmatter. The shipped notation page builds cleanly.
 */
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPages } from '../../../src/lessons/pipeline/pages';
import { formatProblem } from '../../../src/lessons/pipeline/problems';

const root = resolve(import.meta.dirname, '../../..');
const saved = process.env['LML_PAGES_DIR'];

afterEach(() => {
  if (saved === undefined) delete process.env['LML_PAGES_DIR'];
  else process.env['LML_PAGES_DIR'] = saved;
});

describe('reference pages', () => {
  it('builds the fixture page with its facts, and reports every broken one by file and line', async () => {
    process.env['LML_PAGES_DIR'] = resolve(root, 'tests/fixtures/pages');
    const { pages, problems } = await buildPages(root);
    expect(pages.map((p) => p.meta.slug)).toEqual(['good-page']);
    const good = pages[0];
    expect(good?.meta).toMatchObject({ title: 'A good page', toc: [{ id: 'symbols', text: 'Symbols', depth: 2 }], hasDiagrams: false });
    expect(good?.body.html).toContain('href="#/good-page/symbols"');
    expect(good?.body.html).toContain('the answer 42');
    expect(good?.body.html).toContain('class="katex"');
    expect(problems.map(formatProblem)).toEqual([
      'tests/fixtures/pages/Bad_Name.md: the file name "Bad_Name.md" is not a valid page slug (lowercase letters, digits and dashes, then .md)',
      // A page without its Chinese edition, not listed as pending: an error.
      'tests/fixtures/pages/good-page.md: untranslated: write tests/fixtures/pages/good-page.zh.md (content/README.md, "Translating"), or list "good-page" as pending in content/translations.json',
      'tests/fixtures/pages/lessons.md: "lessons" is already a route of the app (lessons, share, run, worksheet, instructor, speed-lab, en, zh): choose another page name',
      'tests/fixtures/pages/no-summary.md:1: frontmatter field "summary": Invalid input: expected string, received undefined',
    ]);
  });

  it('ships a notation page that builds without problems', async () => {
    delete process.env['LML_PAGES_DIR'];
    const { pages, problems } = await buildPages(root);
    expect(problems).toEqual([]);
    const notation = pages.find((p) => p.meta.slug === 'notation');
    expect(notation?.meta.title).toBe('Notation');
    expect(notation?.meta.toc.map((entry) => entry.text)).toContain('A layer: Wx in the formulas, x·W in the code');
    expect(notation?.body.html).toContain('class="katex"');
  });
});
