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
  ({ problems, lessons } = await checkContent(root));
}, 60_000);

afterAll(() => {
  if (saved === undefined) delete process.env['LML_CONTENT_DIR'];
  else process.env['LML_CONTENT_DIR'] = saved;
});

const about = (slug: string) => problems.filter((p) => p.file.includes(`/${slug}/`)).map(formatProblem);

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

  it('still builds the lessons whose problems only affect rendering', () => {
    // bad-math and bad-diagram render with inline error boxes; unknown-callout, unknown-fact
    // and missing-example build too (the production build refuses them, the app never sees them).
    expect(lessons).toBe(5);
  });
});
