/**
 * The guarantee that checkers check (issue 15): for every exercise of every
 * lesson, its solution passes and its starter (or a wrong answer) fails.
 * Code exercises run as the page runs them (the runner, TensorFlow.js on the
 * cpu backend) with the checker after the code; numbers are checked with the
 * page's own rule; a choice has exactly one right option.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { isRight, parseAnswer } from '../../../src/exercises/parse-answer';
import { checkVerdict } from '../../../src/exercises/verdict';
import { loadLessonExercises, MIN_EXERCISES, type LessonExercises } from '../../../src/lessons/pipeline/exercises';
import { fmt } from '../../../src/format/prose';
import { ofType, runCode } from '../runtime/run-helpers';

const LESSONS = resolve(import.meta.dirname, '../../../content/lessons');
const slugs = readdirSync(LESSONS).filter((slug) => existsSync(join(LESSONS, slug, 'index.md')));
const loaded = new Map<string, LessonExercises>();

beforeAll(async () => {
  for (const slug of slugs) loaded.set(slug, await loadLessonExercises(join(LESSONS, slug), existsSync(join(LESSONS, slug, 'examples'))));
}, 120_000);

const of = (slug: string): LessonExercises => {
  const found = loaded.get(slug);
  if (!found) throw new Error(`no exercises loaded for ${slug}`);
  return found;
};

async function verdictOf(code: string, checker: string) {
  const events = await runCode(code, { checker });
  const last = events.at(-1);
  return checkVerdict(last?.type === 'done' ? 'done' : 'error', ofType(events, 'check'));
}

describe.each(slugs)('%s', (slug) => {
  it(`has at least ${MIN_EXERCISES} valid exercises in both languages`, () => {
    const lesson = of(slug);
    expect(lesson.problems).toEqual([]);
    expect(lesson.editions.en.length).toBeGreaterThanOrEqual(MIN_EXERCISES);
    expect(lesson.editions.zh.map((e) => [e.id, e.kind])).toEqual(lesson.editions.en.map((e) => [e.id, e.kind]));
  });

  it('every number answer is right as the solution states it and wrong just outside its tolerance; every choice has one right option', () => {
    for (const exercise of of(slug).editions.en) {
      if (exercise.kind === 'number') {
        // Typed as a student would, to the precision the tolerance allows.
        const digits = Math.max(0, Math.ceil(-Math.log10(exercise.tolerance)));
        const typed = parseAnswer(fmt(exercise.answer, digits));
        expect(typed, exercise.id).not.toBeNull();
        expect(isRight(typed ?? NaN, exercise.answer, exercise.tolerance), exercise.id).toBe(true);
        expect(isRight(exercise.answer + 2 * exercise.tolerance, exercise.answer, exercise.tolerance), exercise.id).toBe(false);
      } else if (exercise.kind === 'choice') {
        expect(exercise.options.filter((o) => o.correct), exercise.id).toHaveLength(1);
      }
    }
  });

  it('every code exercise: the solution passes its checker and the starter fails it', async () => {
    for (const run of of(slug).codeRuns) {
      expect(await verdictOf(run.solution, run.checker), `${run.id} solution`).toEqual({ kind: 'passed' });
      expect((await verdictOf(run.starter, run.checker)).kind, `${run.id} starter`).not.toBe('passed');
    }
  }, 120_000);
});
