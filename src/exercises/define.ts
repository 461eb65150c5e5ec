/**
 * What a lesson's `exercises.ts` is written in (content/README.md,
 * "Exercises"): three kinds, each with a prompt, progressive hints and a
 * worked solution, every text in English and Chinese. Numbers come from code
 * (an answer is computed with src/math, never typed), code exercises name
 * their starter and solution files in the lesson's `exercises/` folder and
 * carry a checker that runs after the student's code (runtime/checks.ts).
 *
 * Texts are short Markdown-like strings: paragraphs split by a blank line,
 * `code`, **bold**, and $math$ (KaTeX, build time). Prefer plain Unicode
 * (×, ², σ) where it reads as well: typeset math costs bytes offline.
 */

/** One text per language. */
export interface Bilingual {
  readonly en: string;
  readonly zh: string;
}

interface ExerciseCommon {
  /** Stable id inside the lesson (lowercase, digits, dashes): progress is saved under it. */
  readonly id: string;
  /** A few words, shown as the exercise's heading (and the code tab's name). */
  readonly title: Bilingual;
  readonly prompt: Bilingual;
  /** At least two, each more specific than the one before; the last nearly gives it away. */
  readonly hints: readonly Bilingual[];
  /** The worked solution, shown after a right answer, after three tries (numbers) or on request. */
  readonly solution: Bilingual;
}

/** Compute by hand; the answer is checked within an absolute tolerance. */
export interface NumberExerciseSource extends ExerciseCommon {
  readonly kind: 'number';
  /** Computed in exercises.ts with src/math (never typed in). */
  readonly answer: number;
  /** Absolute: |given − answer| ≤ tolerance counts as right. Match it to the rounding the prompt asks for. */
  readonly tolerance: number;
  /** Shown after the input ("months", "px"). */
  readonly unit?: Bilingual;
}

export interface ChoiceOptionSource {
  readonly text: Bilingual;
  /** Exactly one option is correct. */
  readonly correct?: true;
  /** Why this option is right or wrong: shown when it is chosen. Wrong options use the misconception they stand for. */
  readonly why: Bilingual;
}

export interface ChoiceExerciseSource extends ExerciseCommon {
  readonly kind: 'choice';
  readonly options: readonly ChoiceOptionSource[];
}

/** Write code; a checker runs it on hidden inputs in the worker. */
export interface CodeExerciseSource extends ExerciseCommon {
  readonly kind: 'code';
  /** The starter in the editor: a file in `exercises/` (English with `// zh:` comments, like examples). It must fail the checker. */
  readonly starter: string;
  /** A correct answer, a file in `exercises/`: it must pass the checker. */
  readonly solutionFile: string;
  /**
   * JavaScript run after the student's code, in its scope, with `check`
   * (runtime/checks.ts): `check.that(label, ok, got?, expected?)`,
   * `check.close(label, actual, expected, tolerance)`, `check.equal(label, actual, expected)`;
   * each label is `{ en, zh }`. Check behaviour and values, never the code's text.
   */
  readonly checker: string;
}

export type ExerciseSource = NumberExerciseSource | ChoiceExerciseSource | CodeExerciseSource;

/** Types the list (the build checks it again, with line-free messages naming the exercise). */
export function defineExercises(exercises: readonly ExerciseSource[]): readonly ExerciseSource[] {
  return exercises;
}
