/**
 * Exercises as the app receives them: one language's edition of a lesson's
 * exercises (a lazy chunk per lesson and language), texts already HTML
 * (pipeline/exercises.ts), code exercises' starter and solution in that
 * language. Authoring types are in define.ts.
 */

interface BuiltCommon {
  readonly id: string;
  readonly title: string;
  /** HTML. */
  readonly prompt: string;
  /** HTML each, least specific first. */
  readonly hints: readonly string[];
  /** HTML. */
  readonly solution: string;
}

export interface BuiltNumberExercise extends BuiltCommon {
  readonly kind: 'number';
  readonly answer: number;
  readonly tolerance: number;
  readonly unit?: string;
}

export interface BuiltChoiceExercise extends BuiltCommon {
  readonly kind: 'choice';
  /** HTML texts; `correct` on exactly one. */
  readonly options: readonly { readonly text: string; readonly why: string; readonly correct: boolean }[];
}

export interface BuiltCodeExercise extends BuiltCommon {
  readonly kind: 'code';
  readonly starter: string;
  /** The starter's highlighting, made at build time (as an example's `highlight`). */
  readonly highlight: string;
  readonly solutionCode: string;
  readonly checker: string;
}

export type BuiltExercise = BuiltNumberExercise | BuiltChoiceExercise | BuiltCodeExercise;
export type ExerciseKind = BuiltExercise['kind'];

/** The code tab a code exercise opens in the lesson's code pane: `exercise-<id>`. */
export const exerciseTabId = (exerciseId: string) => `exercise-${exerciseId}`;
