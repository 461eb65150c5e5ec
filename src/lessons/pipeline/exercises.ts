/**
 * A lesson's exercises (content/lessons/<slug>/exercises.ts): loaded, checked
 * and built into one list per language. Checked here (every build): the
 * shape of each exercise, at least two hints, exactly one right option, a
 * tolerance that does not accept every answer, the code files and that the
 * checker parses, and the texts' math. Checked by check:content and a unit
 * test (exercise-runs.ts, they need TensorFlow.js): the solution passes its
 * checker and the starter fails it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { z } from 'zod';
import type { ExerciseSource } from '../../exercises/define';
import type { BuiltExercise } from '../../exercises/types';
import { LOCALES, type Locale } from '../../i18n/locales';
import { withChecker } from '../../runtime/checks';
import { compileUserCode } from '../../runtime/compile';
import { checkExampleTranslation, exampleEdition } from './example-editions';
import { highlightExample } from './highlight-example';
import { renderExerciseText } from './exercise-text';

/** Fewest exercises a lesson of the course has (issue 15). */
export const MIN_EXERCISES = 3;

const words = z.strictObject({ en: z.string().trim().min(1), zh: z.string().trim().min(1) });
const codeFile = z.string().regex(/^[a-z0-9][a-z0-9-.]*\.ts$/, 'must be a file name like "write-softmax.ts" in exercises/');
const common = {
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes'),
  title: words,
  prompt: words,
  hints: z.array(words).min(2, 'give at least two hints, each more specific'),
  solution: words,
};
const exerciseSchema = z.discriminatedUnion('kind', [
  z
    .strictObject({ ...common, kind: z.literal('number'), answer: z.number(), tolerance: z.number().positive(), unit: words.optional() })
    .refine((e) => e.tolerance < Math.max(Math.abs(e.answer), 1e-9), { message: 'the tolerance must be smaller than the answer itself (it would accept 0)', path: ['tolerance'] }),
  z
    .strictObject({
      ...common,
      kind: z.literal('choice'),
      options: z.array(z.strictObject({ text: words, correct: z.literal(true).optional(), why: words })).min(3, 'give at least three options'),
    })
    .refine((e) => e.options.filter((o) => o.correct).length === 1, { message: 'exactly one option must be `correct: true`', path: ['options'] }),
  z.strictObject({ ...common, kind: z.literal('code'), starter: codeFile, solutionFile: codeFile, checker: z.string().trim().min(1) }),
]);

export interface ExerciseProblem {
  /** The file the problem is in, relative to the lesson folder. */
  readonly file: string;
  readonly line: number | null;
  readonly message: string;
  /** The lesson has no exercises.ts at all (a warning, not an error: see load.ts). */
  readonly missing?: true;
}

/** A code exercise as the runs check it: the English starter and solution, and the checker. */
export interface CodeExerciseRun {
  readonly id: string;
  readonly starter: string;
  readonly solution: string;
  readonly checker: string;
}

export interface LessonExercises {
  readonly editions: Readonly<Record<Locale, readonly BuiltExercise[]>>;
  readonly codeRuns: readonly CodeExerciseRun[];
  readonly problems: readonly ExerciseProblem[];
}

const NONE: LessonExercises = { editions: { en: [], zh: [] }, codeRuns: [], problems: [] };

async function importExercises(path: string): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  try {
    const module = (await tsImport(`${pathToFileURL(path).href}?t=${Date.now()}`, import.meta.url)) as { exercises?: unknown };
    return { ok: true, value: module.exercises };
  } catch (error) {
    return { ok: false, error: `exercises.ts failed to load: ${(error as Error).message}` };
  }
}

/**
 * Loads and builds `dir/exercises.ts`. `hasCodePane`: the lesson has runnable
 * examples, so a code exercise has a code pane to open in.
 */
export async function loadLessonExercises(dir: string, hasCodePane: boolean): Promise<LessonExercises> {
  const path = join(dir, 'exercises.ts');
  if (!existsSync(path)) {
    return { ...NONE, problems: [{ file: 'exercises.ts', line: null, message: `the lesson has no exercises yet: write at least ${MIN_EXERCISES} in exercises.ts (content/README.md, "Exercises")`, missing: true }] };
  }
  const problems: ExerciseProblem[] = [];
  const problem = (message: string, file = 'exercises.ts', line: number | null = null) => problems.push({ file, line, message });
  const loaded = await importExercises(path);
  if (!loaded.ok) return { ...NONE, problems: [{ file: 'exercises.ts', line: null, message: loaded.error }] };
  const parsed = z.array(exerciseSchema).safeParse(loaded.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const list = Array.isArray(loaded.value) ? (loaded.value as { id?: unknown }[]) : [];
    const at = typeof issue?.path[0] === 'number' ? list[issue.path[0]]?.id : undefined;
    const where = issue ? issue.path.slice(1).map(String).join('.') : '';
    return {
      ...NONE,
      problems: [{ file: 'exercises.ts', line: null, message: `export \`exercises\` (made with defineExercises): ${typeof at === 'string' ? `exercise "${at}"` : `item ${String(issue?.path[0] ?? '')}`}${where ? ` field ${where}` : ''}: ${issue?.message ?? 'invalid'}` }],
    };
  }
  const sources = parsed.data as readonly ExerciseSource[];
  if (sources.length < MIN_EXERCISES) problem(`the lesson has ${sources.length} exercise(s): write at least ${MIN_EXERCISES}`);
  const seen = new Set<string>();
  for (const e of sources) {
    if (seen.has(e.id)) problem(`exercise id "${e.id}" is used twice`);
    seen.add(e.id);
  }

  const codeRuns: CodeExerciseRun[] = [];
  const files = new Map<string, string>();
  const readCode = (name: string, owner: string): string | null => {
    const file = join(dir, 'exercises', name);
    if (!existsSync(file)) {
      problem(`exercise "${owner}": exercises/${name} does not exist`);
      return null;
    }
    const source = readFileSync(file, 'utf8');
    for (const untranslated of checkExampleTranslation(source)) problem(untranslated.message, `exercises/${name}`, untranslated.line);
    files.set(name, source);
    return source;
  };
  for (const e of sources) {
    if (e.kind !== 'code') continue;
    if (!hasCodePane) problem(`exercise "${e.id}" is a code exercise, but the lesson has no runnable example (no code pane to open it in)`);
    const starter = readCode(e.starter, e.id);
    const solution = readCode(e.solutionFile, e.id);
    if (starter === null || solution === null) continue;
    const compiled = compileUserCode(withChecker(exampleEdition(solution, 'en'), e.checker));
    if (!compiled.ok) problem(`exercise "${e.id}": the checker (with the solution before it) does not compile: ${compiled.error.message}`);
    codeRuns.push({ id: e.id, starter: exampleEdition(starter, 'en'), solution: exampleEdition(solution, 'en'), checker: e.checker });
  }

  const editions = Object.fromEntries(
    LOCALES.map((locale) => {
      const html = (text: { en: string; zh: string }, what: string, id: string) => {
        const rendered = renderExerciseText(text[locale]);
        for (const message of rendered.problems) problem(`exercise "${id}" ${what} (${locale}): ${message}`);
        return rendered.html;
      };
      const built = sources.map((e): BuiltExercise => {
        const base = {
          id: e.id,
          title: e.title[locale],
          prompt: html(e.prompt, 'prompt', e.id),
          hints: e.hints.map((h, i) => html(h, `hint ${i + 1}`, e.id)),
          solution: html(e.solution, 'solution', e.id),
        };
        if (e.kind === 'number') return { ...base, kind: 'number', answer: e.answer, tolerance: e.tolerance, ...(e.unit ? { unit: e.unit[locale] } : {}) };
        if (e.kind === 'choice') {
          return { ...base, kind: 'choice', options: e.options.map((o, i) => ({ text: html(o.text, `option ${i + 1}`, e.id), why: html(o.why, `option ${i + 1}'s why`, e.id), correct: o.correct === true })) };
        }
        const starter = exampleEdition(files.get(e.starter) ?? '', locale);
        return {
          ...base,
          kind: 'code',
          starter,
          highlight: highlightExample(starter),
          solutionCode: exampleEdition(files.get(e.solutionFile) ?? '', locale),
          checker: e.checker,
        };
      });
      return [locale, built];
    }),
  ) as Record<Locale, BuiltExercise[]>;
  return { editions, codeRuns, problems };
}
