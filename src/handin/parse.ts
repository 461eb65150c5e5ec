/**
 * Reading a hand-in file (format.ts) defensively: its name and size before
 * reading it, a size bound before parsing (worksheet/io/safeJson.ts), then a
 * zod/mini schema. Every failure is a typed problem, worded per file by
 * problems.ts; one bad file never stops the others.
 */
import * as z from 'zod/mini';
import { err, ok, type Result } from '../result';
import { parseJsonSafely, type JsonProblem } from '../worksheet/io/safeJson';
import type { Handin } from './format';

/*
 * The format's name and version, typed as format.ts says (a typo fails the
 * type check), and the limits reading holds hand-ins to: written here, not
 * imported, so that the instructor page's chunk imports nothing from the one
 * that exports hand-ins (that would lengthen the first load's file list).
 */
const HANDIN_FORMAT: Handin['format'] = 'lml-handin';
const HANDIN_VERSION: Handin['version'] = 1;
/** Largest hand-in read (bytes): the progress of every exercise is a few kilobytes; the rest is code. */
export const MAX_HANDIN_BYTES = 5_000_000;
/** The export's own limits (format.ts), held to when reading. */
const MAX_STUDENT_NAME = 100;
const MAX_HANDIN_CODE = 1_000_000;

const SLUG = /^[a-z0-9][a-z0-9-]{0,119}$/;
const slug = z.string().check(z.regex(SLUG, 'must be a lesson slug'));
const count = z.int().check(z.gte(0), z.lte(1_000_000));
const stamp = z.number().check(z.gte(0));
const text = (max: number) => z.string().check(z.maxLength(max));

/**
 * Format 1's schema. Its own, not the progress store's (store/progress-doc.ts):
 * a hand-in's format stays what version 1 says when the store's changes.
 * The student's name is shown as text only (never as HTML) and quoted in the CSV.
 */
const handinSchema = z.object({
  student: text(MAX_STUDENT_NAME).check(z.refine((name) => name.trim() !== '', 'is empty')),
  exportedAt: z.string().check(z.refine((date) => /^\d{4}-\d\d-\d\dT/.test(date) && !Number.isNaN(Date.parse(date)), 'must be a date and time (ISO 8601)')),
  course: z.object({
    version: z.string().check(z.regex(/^[0-9a-f]{1,64}$/, 'must be a hex course version')),
    lessons: z.array(z.object({ slug, exercises: z.array(z.object({ id: slug, kind: z.enum(['number', 'choice', 'code']) })) })),
  }),
  exercises: z.record(
    z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,119}\/[a-z0-9][a-z0-9-]{0,119}$/, 'must be "<lesson>/<exercise>"')),
    z.object({
      status: z.enum(['tried', 'done']),
      tries: count,
      hints: count,
      solutionShown: z.boolean(),
      answer: z.optional(text(200)),
      doneAt: z.optional(stamp),
      code: z.optional(text(MAX_HANDIN_CODE)),
    }),
  ),
  lessons: z.record(slug, z.object({ visitedAt: stamp, heading: z.optional(text(200)) })),
});

export type HandinProblem =
  | JsonProblem
  /** Not a hand-in; `backup`: a whole-work backup ("Export my work"), a likely mix-up. */
  | { readonly kind: 'wrongFormat'; readonly backup: boolean }
  /** `version`: as written in the file (shortened), or null when it names none. */
  | { readonly kind: 'unsupportedVersion'; readonly version: string | null }
  | { readonly kind: 'invalid'; readonly issues: readonly string[] };

/** A file the page could not take: not `.json` by name, unreadable (a folder dropped as a file), or a problem of its content. */
export type FileProblem = HandinProblem | { readonly kind: 'notJsonFile' } | { readonly kind: 'readFailed' };

/** Checks an already-parsed value as a hand-in. */
export function handinFromJson(value: unknown): Result<Handin, HandinProblem> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return err({ kind: 'wrongFormat', backup: false });
  const record = value as Record<string, unknown>;
  if (record['format'] !== HANDIN_FORMAT) return err({ kind: 'wrongFormat', backup: record['format'] === 'large-model-lab-backup' });
  const version = record['version'];
  // One branch per file version; a later version adds a case that upgrades to the current shape.
  if (version !== HANDIN_VERSION) {
    return err({ kind: 'unsupportedVersion', version: version === undefined || version === null ? null : (typeof version === 'string' ? version : JSON.stringify(version)).slice(0, 20) });
  }
  const parsed = handinSchema.safeParse(record);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((issue) => {
      // A bad key of a record says so in its own issue.
      const message = issue.code === 'invalid_key' ? (issue.issues[0]?.message ?? issue.message) : issue.message;
      return `${issue.path.map(String).join('.') || 'file'}: ${message}`;
    });
    return err({ kind: 'invalid', issues });
  }
  return ok({ format: HANDIN_FORMAT, version: HANDIN_VERSION, ...parsed.data, student: parsed.data.student.trim() });
}

/** A hand-in file's text → the hand-in, never throwing. */
export function parseHandin(text: string): Result<Handin, HandinProblem> {
  const json = parseJsonSafely(text, MAX_HANDIN_BYTES);
  return json.ok ? handinFromJson(json.value) : json;
}

/** A picked or dropped file → its hand-in or what is wrong with it (its name and size checked before it is read). */
export async function readHandinFile(file: Blob & { readonly name: string }): Promise<Result<Handin, FileProblem>> {
  if (!/\.json$/i.test(file.name)) return err({ kind: 'notJsonFile' });
  if (file.size > MAX_HANDIN_BYTES) return err({ kind: 'tooLarge', size: file.size, max: MAX_HANDIN_BYTES });
  let text: string;
  try {
    text = await file.text();
  } catch {
    return err({ kind: 'readFailed' });
  }
  return parseHandin(text);
}
