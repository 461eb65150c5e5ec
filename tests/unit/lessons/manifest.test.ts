import type { ContentProblem } from '../../../src/lessons/pipeline/problems';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildContent } from '../../../src/lessons/pipeline/load';
import { arrangeLessons, checkRequired, parseCourseManifest, type ArrangeableLesson } from '../../../src/lessons/pipeline/manifest';

const lesson = (slug: string, order: number, draft = false): ArrangeableLesson => ({ meta: { slug, order }, draft });
const slugs = (lessons: readonly ArrangeableLesson[]) => lessons.map((l) => l.meta.slug);
const FILE = 'content/course.json';

describe('parseCourseManifest', () => {
  it('accepts order and hidden lists', () => {
    const parsed = parseCourseManifest('{ "order": ["b", "a"], "hidden": ["c"] }', FILE);
    expect(parsed.problems).toEqual([]);
    expect(parsed.manifest).toEqual({ order: ['b', 'a'], hidden: ['c'] });
  });

  it('accepts an empty object (both lists optional)', () => {
    expect(parseCourseManifest('{}', FILE)).toMatchObject({ manifest: {}, problems: [] });
  });

  it('reports invalid JSON with the file and the line', () => {
    const parsed = parseCourseManifest('{\n  "order": ["a",]\n}', FILE);
    expect(parsed.manifest).toBeNull();
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ file: FILE, line: 2, severity: 'error' });
    expect(parsed.problems[0]?.message).toMatch(/not valid JSON/);
  });

  it('names an unknown field and where it is', () => {
    const parsed = parseCourseManifest('{\n  "order": [],\n  "hide": ["a"]\n}', FILE);
    expect(parsed.manifest).toBeNull();
    expect(parsed.problems[0]).toMatchObject({ file: FILE, line: 1 });
    expect(parsed.problems[0]?.message).toMatch(/hide/);
  });

  it('names a slug that is not a slug, at its field', () => {
    const parsed = parseCourseManifest('{\n  "order": ["Intro Lesson"]\n}', FILE);
    expect(parsed.problems[0]).toMatchObject({ file: FILE, line: 2 });
    expect(parsed.problems[0]?.message).toMatch(/order\.0/);
  });

  it('reports a slug listed twice', () => {
    const parsed = parseCourseManifest('{\n  "order": ["a",\n "a"]\n}', FILE);
    expect(parsed.problems.map((p) => p.message)).toEqual(['course manifest lists "a" twice in "order"']);
  });
});

describe('arrangeLessons', () => {
  const lessons = [lesson('c', 3), lesson('a', 1), lesson('b', 2), lesson('d', 2)];

  it('without a manifest: frontmatter order, then slug', () => {
    expect(slugs(arrangeLessons(lessons, { manifest: null, file: FILE, text: '' }).lessons)).toEqual(['a', 'b', 'd', 'c']);
  });

  it('manifest order wins; unlisted lessons follow by frontmatter order', () => {
    const text = '{ "order": ["c", "d"] }';
    const arranged = arrangeLessons(lessons, parseCourseManifest(text, FILE));
    expect(arranged.problems).toEqual([]);
    expect(slugs(arranged.lessons)).toEqual(['c', 'd', 'a', 'b']);
  });

  it('hidden lessons become drafts (left out like drafts), others keep their flag', () => {
    const arranged = arrangeLessons([...lessons, lesson('e', 9, true)], parseCourseManifest('{ "hidden": ["b"] }', FILE));
    const drafts = arranged.lessons.filter((l) => l.draft).map((l) => l.meta.slug);
    expect(drafts.sort()).toEqual(['b', 'e']);
    expect(lessons.find((l) => l.meta.slug === 'b')?.draft).toBe(false); // input not mutated
  });

  it('reports slugs the manifest names but no lesson has, at their line', () => {
    const text = '{\n  "order": ["a"],\n  "hidden": ["gone"]\n}';
    const arranged = arrangeLessons(lessons, parseCourseManifest(text, FILE));
    expect(arranged.problems).toEqual([
      { file: FILE, line: 3, severity: 'error', message: 'course manifest "hidden" names "gone", but there is no lesson folder with that name' },
    ]);
  });
});

describe('required exercises', () => {
  const withExercises = [
    { slug: 'alpha', draft: false, exerciseIds: ['one', 'two'] },
    { slug: 'beta', draft: true, exerciseIds: ['three'] },
    { slug: 'gamma', draft: false, exerciseIds: [] },
  ];

  it('accepts "<lesson>/<exercise-id>" entries and keeps those that exist, in order', () => {
    const course = parseCourseManifest('{ "required": ["alpha/two", "alpha/one"] }', FILE);
    expect(course.problems).toEqual([]);
    expect(checkRequired(withExercises, course)).toEqual({ required: ['alpha/two', 'alpha/one'], problems: [] });
  });

  it('refuses an entry that is not "<lesson>/<exercise-id>", naming its place and the form', () => {
    const parsed = parseCourseManifest('{\n  "required": ["alpha"]\n}', FILE);
    expect(parsed.manifest).toBeNull();
    expect(parsed.problems[0]).toMatchObject({ file: FILE, line: 2, severity: 'error' });
    expect(parsed.problems[0]?.message).toBe('course manifest field "required.0": must be "<lesson>/<exercise-id>", e.g. "losses-and-softmax/softmax-by-hand"');
  });

  it('reports an exercise listed twice, and lists "required" among the allowed fields', () => {
    expect(parseCourseManifest('{ "required": ["alpha/one", "alpha/one"] }', FILE).problems.map((p) => p.message)).toEqual(['course manifest lists "alpha/one" twice in "required"']);
    expect(parseCourseManifest('{ "requird": [] }', FILE).problems[0]?.message).toMatch(/requird; allowed: "order", "hidden", "required"/);
  });

  it('an unknown lesson, a hidden lesson or an unknown exercise is a content problem at its line', () => {
    const text = '{\n  "required": [\n    "nowhere/one",\n    "beta/three",\n    "alpha/tow",\n    "gamma/any",\n    "alpha/one"\n  ]\n}';
    const checked = checkRequired(withExercises, parseCourseManifest(text, FILE));
    expect(checked.required).toEqual(['alpha/one']);
    expect(checked.problems).toEqual([
      { file: FILE, line: 3, severity: 'error', message: 'course manifest "required" names "nowhere/one", but there is no lesson folder "nowhere"' },
      { file: FILE, line: 4, severity: 'error', message: 'course manifest "required" names "beta/three", but lesson "beta" is hidden or a draft: it is not in the built site' },
      { file: FILE, line: 5, severity: 'error', message: 'course manifest "required" names "alpha/tow", but lesson "alpha" has no exercise "tow" (its exercises: one, two)' },
      { file: FILE, line: 6, severity: 'error', message: 'course manifest "required" names "gamma/any", but lesson "gamma" has no exercise "any" (it has no exercises)' },
    ]);
  });

  it('without a manifest nothing is required', () => {
    expect(checkRequired(withExercises, { manifest: null, file: FILE, text: '' })).toEqual({ required: [], problems: [] });
  });
});

/** The fixture lessons have no exercises: a warning each (content/README.md), not what these tests are about. */
const errorsOf = (problems: readonly ContentProblem[]) => problems.filter((p) => p.severity !== 'warning');

describe('buildContent with content/course.json', () => {
  let dir: string;
  const saved = process.env['LML_CONTENT_DIR'];
  const savedExtra = process.env['LML_EXTRA_CONTENT'];

  const writeLesson = (slug: string, order: number) => {
    mkdirSync(join(dir, 'lessons', slug), { recursive: true });
    writeFileSync(join(dir, 'lessons', slug, 'index.md'), `---\ntitle: Lesson ${slug}\norder: ${order}\nsummary: About ${slug}.\n---\n\nText of ${slug}.\n`);
    // Every lesson of the course has its Chinese edition (or check:content fails).
    writeFileSync(join(dir, 'lessons', slug, 'index.zh.md'), `---\ntitle: ${slug} 课\nsummary: 关于 ${slug}。\n---\n\n${slug} 的正文。\n`);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lml-manifest-'));
    process.env['LML_CONTENT_DIR'] = join(dir, 'lessons');
    delete process.env['LML_EXTRA_CONTENT'];
    writeLesson('alpha', 1);
    writeLesson('beta', 2);
    writeLesson('gamma', 3);
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (saved === undefined) delete process.env['LML_CONTENT_DIR'];
    else process.env['LML_CONTENT_DIR'] = saved;
    if (savedExtra !== undefined) process.env['LML_EXTRA_CONTENT'] = savedExtra;
  });

  it('orders and hides lessons as the manifest says', async () => {
    writeFileSync(join(dir, 'course.json'), JSON.stringify({ order: ['gamma'], hidden: ['alpha'] }));
    const { lessons, problems } = await buildContent(dir);
    expect(errorsOf(problems)).toEqual([]);
    expect(lessons.map((l) => [l.meta.slug, l.draft])).toEqual([
      ['gamma', false],
      ['alpha', true],
      ['beta', false],
    ]);
  });

  it('without a manifest keeps frontmatter order', async () => {
    const { lessons, problems } = await buildContent(dir);
    expect(errorsOf(problems)).toEqual([]);
    expect(lessons.map((l) => l.meta.slug)).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('passes the required exercises on, and reports one that does not exist by its line', async () => {
    writeFileSync(join(dir, 'course.json'), '{\n  "required": ["beta/missing"]\n}');
    const built = await buildContent(dir);
    expect(built.required).toEqual([]);
    expect(errorsOf(built.problems)).toEqual([
      { file: 'course.json', line: 2, severity: 'error', message: 'course manifest "required" names "beta/missing", but lesson "beta" has no exercise "missing" (it has no exercises)' },
    ]);
  });

  it('a broken manifest is a problem naming course.json', async () => {
    writeFileSync(join(dir, 'course.json'), '{ "order": "alpha" }');
    const problems = errorsOf((await buildContent(dir)).problems);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'course.json', severity: 'error' });
    expect(problems[0]?.message).toMatch(/"order"/);
  });
});
