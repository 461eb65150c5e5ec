/**
 * The exercise checks every build makes (pipeline/exercises.ts), on fixture
 * lessons written to a temporary folder: each mistake an author can make is
 * reported, naming the exercise; a good file builds in both languages.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLessonExercises } from '../../../src/lessons/pipeline/exercises';
import { proveChecker } from '../../../src/lessons/pipeline/exercise-runs';

const root = mkdtempSync(join(tmpdir(), 'lml-exercises-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const DEFINE = resolve(import.meta.dirname, '../../../src/exercises/define.ts');

const w = (en: string) => ({ en, zh: `${en}（中文）` });
const number = (id: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'number', title: w('T'), prompt: w('Compute $1 + 1$.'), answer: 2, tolerance: 0.5, hints: [w('h1'), w('h2')], solution: w('**2**'), ...extra });
const choice = (id: string, correct: number[]) => ({
  id,
  kind: 'choice',
  title: w('T'),
  prompt: w('Pick'),
  hints: [w('h1'), w('h2')],
  solution: w('s'),
  options: [0, 1, 2].map((i) => ({ text: w(`o${i}`), why: w(`w${i}`), ...(correct.includes(i) ? { correct: true } : {}) })),
});

let n = 0;
function lesson(exercises: unknown[], files: Record<string, string> = {}): string {
  const dir = join(root, `l${n++}`);
  mkdirSync(join(dir, 'exercises'), { recursive: true });
  writeFileSync(join(dir, 'exercises.ts'), `import { defineExercises } from ${JSON.stringify(DEFINE)};\nexport const exercises = defineExercises(${JSON.stringify(exercises)} as never);\n`);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'exercises', name), text);
  return dir;
}

describe('exercise checks', () => {
  it('builds a good lesson in both languages, texts as HTML with math typeset', async () => {
    const built = await loadLessonExercises(lesson([number('a'), choice('b', [1]), number('c')]), false);
    expect(built.problems).toEqual([]);
    expect(built.editions.en.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(built.editions.en[0]?.prompt).toContain('class="katex"');
    expect(built.editions.zh[0]?.solution).toBe('<p><strong>2</strong>（中文）</p>');
  });

  it.each([
    ['too few', [number('a'), number('b')], 'has 2 exercise(s): write at least 3'],
    ['two right options', [number('a'), choice('b', [0, 1]), number('c')], 'exercise "b" field options: exactly one option'],
    ['no right option', [number('a'), choice('b', []), number('c')], 'exactly one option'],
    ['one hint', [number('a', { hints: [w('h')] }), number('b'), number('c')], 'at least two hints'],
    ['a tolerance that accepts 0', [number('a', { tolerance: 3 }), number('b'), number('c')], 'tolerance must be smaller'],
    ['a missing language', [number('a', { prompt: { en: 'x' } }), number('b'), number('c')], 'field prompt.zh'],
    ['a duplicate id', [number('a'), number('a'), number('c')], 'id "a" is used twice'],
    ['a bad formula', [number('a', { prompt: w('$\\frac{1}$') }), number('b'), number('c')], 'does not typeset'],
    ['a code exercise without a code pane', [number('a'), number('b'), { ...number('c'), kind: 'code', answer: undefined, tolerance: undefined, starter: 's.ts', solutionFile: 'x.ts', checker: 'check.that(1)' }], 'no runnable example'],
  ])('reports %s', async (_name, exercises, message) => {
    const built = await loadLessonExercises(lesson(exercises.map((e) => JSON.parse(JSON.stringify(e)) as unknown)), false);
    expect(built.problems.map((p) => p.message).join('\n')).toContain(message);
  });

  it('reports a lesson without exercises.ts', async () => {
    const dir = join(root, 'empty');
    mkdirSync(dir);
    expect((await loadLessonExercises(dir, true)).problems[0]?.message).toContain('the lesson has no exercises yet');
  });

  it('proves a checker checks: a starter that passes and a solution that fails are both reported', async () => {
    const code = { id: 'c', kind: 'code', title: w('T'), prompt: w('p'), hints: [w('h1'), w('h2')], solution: w('s'), starter: 'c.ts', solutionFile: 'c.solution.ts' };
    const lax = await loadLessonExercises(
      lesson([number('a'), number('b'), { ...code, checker: "check.that({ en: 'ran', zh: '运行' }, typeof f === 'function');" }], {
        'c.ts': 'function f(x: number) { return 0 * x; }\nlab.print(f(1));\n',
        'c.solution.ts': 'function f(x: number) { return 2 * x; }\nlab.print(f(1));\n',
      }),
      true,
    );
    expect(lax.problems).toEqual([]);
    const [run] = lax.codeRuns;
    expect(run).toBeDefined();
    if (!run) return;
    expect(await proveChecker(run)).toEqual(['exercise "c": the starter passes its checker, so the checker does not check the exercise']);
    const wrong = await proveChecker({ ...run, checker: "check.close({ en: 'f(2)', zh: 'f(2)' }, f(2), 5, 1e-9);" });
    expect(wrong).toEqual(['exercise "c": the solution does not pass its checker (failed: f(2) (got 4, expected 5 ± 1e-9))']);
  });
});
