/**
 * The optional course manifest, `content/course.json`, lets an instructor
 * order and hide lessons without touching their frontmatter:
 *
 *   { "order": ["life-of-a-model", "neurons-layers-activations"], "hidden": ["losses-and-softmax"],
 *     "required": ["losses-and-softmax/softmax-by-hand"] }
 *
 * - `order`: these lessons come first, in this order; every other lesson
 *   follows, sorted by its frontmatter `order` (then by slug).
 * - `hidden`: these lessons are left out of the app, like `draft: true`.
 * - `required`: exercises (`<lesson>/<exercise-id>`) the instructor requires:
 *   tagged on their cards, highlighted on the instructor page's table of
 *   hand-ins with a "required done" count (`checkRequired`).
 *
 * The file sits beside the lessons folder (content/course.json for
 * content/lessons; with LML_CONTENT_DIR=<dir>, <dir>/../course.json).
 * Problems name the file and, where possible, the line, like the rest of
 * the pipeline; a missing file is not a problem.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { z } from 'zod';
import type { ContentProblem } from './problems';

export const COURSE_MANIFEST_NAME = 'course.json';

const slugList = z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a lesson slug (its folder name)'));
const exerciseList = z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'must be "<lesson>/<exercise-id>", e.g. "losses-and-softmax/softmax-by-hand"'));

const LISTS = ['order', 'hidden', 'required'] as const;

export const courseManifestSchema = z.strictObject({
  order: slugList.optional(),
  hidden: slugList.optional(),
  required: exerciseList.optional(),
});

export type CourseManifest = z.infer<typeof courseManifestSchema>;

/** What the manifest needs of a lesson: its slug, frontmatter order and draft flag. */
export interface ArrangeableLesson {
  readonly meta: { readonly slug: string; readonly order: number };
  readonly draft: boolean;
}

/** Where the manifest lives for a given main lessons folder. */
export function courseManifestPath(lessonsRoot: string): string {
  return join(dirname(lessonsRoot), COURSE_MANIFEST_NAME);
}

/** 1-based line of the first occurrence of `needle` in `text`, or null. */
function lineOf(text: string, needle: string): number | null {
  const at = text.indexOf(needle);
  return at < 0 ? null : text.slice(0, at).split('\n').length;
}

/**
 * The line of a JSON.parse error. V8 says either "at position N" or quotes
 * the text around the bad token: `Unexpected token ']', ..."er": ["a",]\n}"
 * is not valid JSON`, where "..." before the quotes means the quote starts
 * 10 characters before the token. Falls back to line 1.
 */
export function jsonErrorLine(text: string, message: string): number {
  const lineOfIndex = (index: number) => text.slice(0, index).split('\n').length;
  const position = /position (\d+)/.exec(message);
  if (position) return lineOfIndex(Number(position[1]));
  const quoted = /, (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON/.exec(message);
  const context = quoted?.[2];
  if (!context) return 1;
  const start = text.indexOf(context);
  if (start < 0) return 1;
  return lineOfIndex(start + (quoted[1] ? Math.min(10, context.length - 1) : 0));
}

export interface ParsedManifest {
  readonly manifest: CourseManifest | null;
  readonly problems: ContentProblem[];
  /** The manifest's path (for messages) and text (to find lines). */
  readonly file: string;
  readonly text: string;
}

/** Parses and validates the manifest's text. `file` is the path used in messages. */
export function parseCourseManifest(text: string, file: string): ParsedManifest {
  const problem = (message: string, line: number | null): ParsedManifest => ({
    manifest: null,
    problems: [{ file, line, message, severity: 'error' }],
    file,
    text,
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return problem(`course manifest is not valid JSON: ${message.split('\n')[0] ?? ''}`, jsonErrorLine(text, message));
  }
  const checked = courseManifestSchema.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = issue?.path.join('.') || '(top level)';
    const first = issue?.path[0];
    const line = typeof first === 'string' ? lineOf(text, `"${first}"`) : 1;
    const keys = issue?.code === 'unrecognized_keys' ? ` (${issue.keys.join(', ')}; allowed: ${LISTS.map((l) => `"${l}"`).join(', ')})` : '';
    return problem(`course manifest field "${field}": ${issue?.message ?? 'invalid'}${keys}`, line);
  }
  const problems: ContentProblem[] = [];
  for (const listName of LISTS) {
    const seen = new Set<string>();
    for (const slug of checked.data[listName] ?? []) {
      if (seen.has(slug)) {
        problems.push({ file, line: lineOf(text, `"${slug}"`), message: `course manifest lists "${slug}" twice in "${listName}"`, severity: 'error' });
      }
      seen.add(slug);
    }
  }
  return { manifest: checked.data, problems, file, text };
}

/** Reads the manifest beside `lessonsRoot`, if there is one. */
export function loadCourseManifest(projectRoot: string, lessonsRoot: string): ParsedManifest {
  const path = courseManifestPath(lessonsRoot);
  if (!existsSync(path)) return { manifest: null, problems: [], file: relative(projectRoot, path), text: '' };
  return parseCourseManifest(readFileSync(path, 'utf8'), relative(projectRoot, path));
}

/** Frontmatter order, then slug: the order without a manifest. */
function byFrontmatter(a: ArrangeableLesson, b: ArrangeableLesson): number {
  return a.meta.order - b.meta.order || a.meta.slug.localeCompare(b.meta.slug);
}

/**
 * Orders lessons (manifest `order` first, the rest by frontmatter) and marks
 * hidden ones as drafts, so the app leaves them out exactly like drafts.
 * A slug the manifest names but no lesson has is an error (a typo or a
 * renamed folder), reported at its line in the manifest.
 */
export function arrangeLessons<L extends ArrangeableLesson>(
  lessons: readonly L[],
  course: Pick<ParsedManifest, 'manifest' | 'file' | 'text'>,
): { lessons: L[]; problems: ContentProblem[] } {
  const { manifest, file, text: manifestText } = course;
  if (!manifest) return { lessons: [...lessons].sort(byFrontmatter), problems: [] };
  const problems: ContentProblem[] = [];
  const known = new Set(lessons.map((l) => l.meta.slug));
  for (const listName of ['order', 'hidden'] as const) {
    for (const slug of manifest[listName] ?? []) {
      if (!known.has(slug)) {
        problems.push({
          file,
          line: lineOf(manifestText, `"${slug}"`),
          message: `course manifest "${listName}" names "${slug}", but there is no lesson folder with that name`,
          severity: 'error',
        });
      }
    }
  }
  const position = new Map<string, number>();
  for (const slug of manifest.order ?? []) if (!position.has(slug)) position.set(slug, position.size);
  const hidden = new Set(manifest.hidden ?? []);
  const arranged = [...lessons]
    .map((lesson) => (hidden.has(lesson.meta.slug) ? { ...lesson, draft: true } : lesson))
    .sort((a, b) => {
      const pa = position.get(a.meta.slug);
      const pb = position.get(b.meta.slug);
      if (pa !== undefined && pb !== undefined) return pa - pb;
      if (pa !== undefined) return -1;
      if (pb !== undefined) return 1;
      return byFrontmatter(a, b);
    });
  return { lessons: arranged, problems };
}

/** What `checkRequired` needs of a lesson: its slug, whether it is published, and its exercises' ids. */
export interface LessonWithExercises {
  readonly slug: string;
  readonly draft: boolean;
  readonly exerciseIds: readonly string[];
}

/**
 * The manifest's `required` exercises that exist in the built site, in the
 * manifest's order (each once), and a problem for each that does not: a
 * lesson with no folder, a hidden or draft lesson (not in the site), or an
 * exercise id the lesson does not have (its ids are listed, to spot a typo).
 */
export function checkRequired(
  lessons: readonly LessonWithExercises[],
  course: Pick<ParsedManifest, 'manifest' | 'file' | 'text'>,
): { required: string[]; problems: ContentProblem[] } {
  const { manifest, file, text } = course;
  const required: string[] = [];
  const problems: ContentProblem[] = [];
  const bySlug = new Map(lessons.map((l) => [l.slug, l]));
  for (const key of manifest?.required ?? []) {
    const [slug = '', id = ''] = key.split('/');
    const lesson = bySlug.get(slug);
    const problem = (why: string) => problems.push({ file, line: lineOf(text, `"${key}"`), message: `course manifest "required" names "${key}", but ${why}`, severity: 'error' });
    if (!lesson) problem(`there is no lesson folder "${slug}"`);
    else if (lesson.draft) problem(`lesson "${slug}" is hidden or a draft: it is not in the built site`);
    else if (!lesson.exerciseIds.includes(id)) {
      problem(`lesson "${slug}" has no exercise "${id}" (${lesson.exerciseIds.length > 0 ? `its exercises: ${lesson.exerciseIds.join(', ')}` : 'it has no exercises'})`);
    } else if (!required.includes(key)) required.push(key);
  }
  return { required, problems };
}
