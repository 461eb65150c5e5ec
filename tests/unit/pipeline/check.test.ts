/**
 * The content validator on a folder of deliberately broken lessons: each
 * problem must be reported with its file and line, and the good parts of
 * the folder must still build.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lessons/pipeline/check';
import { formatProblem, type ContentProblem } from '../../../src/lessons/pipeline/problems';

const root = resolve(import.meta.dirname, '../../..');
const fixtures = resolve(root, 'tests/fixtures/invalid-lessons');
let problems: ContentProblem[] = [];
let lessons = 0;
const saved = process.env['LML_CONTENT_DIR'];

beforeAll(async () => {
  process.env['LML_CONTENT_DIR'] = fixtures;
  // The fixtures are English only: their Chinese editions are listed as pending (warnings), so each test sees its own problem.
  process.env['LML_TRANSLATIONS_FILE'] = resolve(root, 'tests/fixtures/invalid-lessons-translations.json');
  ({ problems, lessons } = await checkContent(root));
}, 60_000);

afterAll(() => {
  delete process.env['LML_TRANSLATIONS_FILE'];
  if (saved === undefined) delete process.env['LML_CONTENT_DIR'];
  else process.env['LML_CONTENT_DIR'] = saved;
});

const about = (slug: string) => problems.filter((p) => p.file.includes(`/${slug}/`) && p.severity !== 'warning').map(formatProblem);

describe('check:content on broken lessons', () => {
  it('names the field of bad frontmatter', () => {
    expect(about('bad-frontmatter')).toEqual([expect.stringMatching(/bad-frontmatter\/index\.md:1: frontmatter field "order"/)]);
  });

  it('reports an unknown component at its line', () => {
    expect(about('unknown-callout')).toEqual([expect.stringMatching(/unknown-callout\/index\.md:9: unknown callout "\[!DANGER\]"/)]);
  });

  it('reports math KaTeX rejects at its line', () => {
    expect(about('bad-math')).toEqual([expect.stringMatching(/bad-math\/index\.md:11: math: KaTeX parse error/)]);
  });

  it('reports a mermaid diagram that does not parse, near its line', () => {
    const [message] = about('bad-diagram');
    expect(message).toMatch(/bad-diagram\/index\.md:1[0-3]: mermaid diagram does not parse/);
  });

  it('reports an unknown fact at its line', () => {
    expect(about('unknown-fact')).toEqual([expect.stringMatching(/unknown-fact\/index\.md:9: unknown fact \{\{answer\}\}/)]);
  });

  it('reports a missing example file', () => {
    expect(about('missing-example')).toEqual([expect.stringMatching(/examples\/nowhere\.ts does not exist/)]);
  });

  it('rejects a folder name that is not a slug', () => {
    expect(about('Bad_Slug')).toEqual([expect.stringMatching(/"Bad_Slug" is not a valid slug/)]);
  });

  it('reports money facts in prose, where "$" starts math, at their line', () => {
    expect(about('money-in-prose')).toEqual([
      'tests/fixtures/invalid-lessons/money-in-prose/index.md:9: fact {{gpu_price}} is "$2.99", used in prose, where "$" starts inline math: write money as "USD 2.99" (fmtUsd in src/format/prose.ts)',
      'tests/fixtures/invalid-lessons/money-in-prose/index.md:9: fact {{run_cost}} is "$88,178", used in prose, where "$" starts inline math: write money as "USD 2.99" (fmtUsd in src/format/prose.ts)',
    ]);
  });

  it('reports a percentage fact inside math, and the comment KaTeX warns about', () => {
    expect(about('percent-in-math')).toEqual([
      'tests/fixtures/invalid-lessons/percent-in-math/index.md:12: fact {{accuracy}} is "97.0%", used inside math, where "%" starts a comment that hides the rest of the line: use a plain number (fmt) inside math, or move the percentage to prose',
      'tests/fixtures/invalid-lessons/percent-in-math/index.md:11: math: KaTeX warning (commentAtEnd): % comment has no terminating newline; LaTeX would fail because of commenting the end of math mode (e.g. $)',
    ]);
  });

  it('reports grouped numbers inside math, from a fact and typed, but not in prose', () => {
    expect(about('grouped-in-math')).toEqual([
      'tests/fixtures/invalid-lessons/grouped-in-math/index.md:9: fact {{intercept}} is "1,000", a grouped number used inside math, where the comma is punctuation (it shows as "1, 000"): use fmt() without grouping inside math, or move it to prose',
      'tests/fixtures/invalid-lessons/grouped-in-math/index.md:11: math contains the grouped number "201,000": the comma is punctuation inside math (it shows as "201, 000"); write 201000 or {,}',
    ]);
  });

  it('reports a formula KaTeX only warns about', () => {
    expect(about('katex-warning')).toEqual([
      'tests/fixtures/invalid-lessons/katex-warning/index.md:9: math: KaTeX warning (unicodeTextInMathMode): Accented Unicode text character "é" used in math mode',
    ]);
  });

  it('still builds the lessons whose problems only affect rendering', () => {
    // bad-math, bad-diagram and the formula warnings render (a lenient second pass or an
    // inline error box); unknown-callout, unknown-fact, missing-example and the misplaced
    // facts build too (the production build refuses them, the app never sees them).
    expect(lessons).toBe(9);
  });
});
