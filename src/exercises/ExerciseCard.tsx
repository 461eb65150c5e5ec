/**
 * One exercise: its prompt, the answer part for its kind, progressive hints,
 * the worked solution (shown after a right answer, after three wrong numbers,
 * or on request — recorded as such), and reset.
 */
import { useId, useState } from 'react';
import { requiredExercises } from 'virtual:exercises';
import { t } from '../i18n';
import { codeKey, useEditorStore } from '../store/editor';
import { exerciseKey, useProgress, type ExerciseProgress } from '../store/progress';
import { ChoiceAnswer } from './ChoiceAnswer';
import { CodeCheck } from './CodeCheck';
import { NumberAnswer } from './NumberAnswer';
import { exerciseTabId, type BuiltExercise } from './types';

/** Wrong number answers after which the worked solution shows by itself. */
export const TRIES_BEFORE_SOLUTION = 3;

function Html({ html, className }: { readonly html: string; readonly className?: string }) {
  // Built at build time from escaped text (pipeline/exercise-text.ts): no raw HTML from content reaches here.
  return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
}

export function statusOf(progress: ExerciseProgress | undefined): 'not-started' | 'in-progress' | 'done' {
  return progress === undefined ? 'not-started' : progress.status === 'done' ? 'done' : 'in-progress';
}

export function ExerciseCard({ lessonSlug, exercise, number, hasCodePane }: { readonly lessonSlug: string; readonly exercise: BuiltExercise; readonly number: number; readonly hasCodePane: boolean }) {
  const key = exerciseKey(lessonSlug, exercise.id);
  const progress = useProgress((s) => s.exercises[key]);
  const record = useProgress((s) => s.record);
  const headingId = useId();
  // Hints shown in this visit; at least as many as were shown before (they stay readable after a reload).
  const [hintsOpen, setHintsOpen] = useState(0);
  const [solutionOpen, setSolutionOpen] = useState(false);
  const [resetCount, setResetCount] = useState(0);
  const shownHints = Math.min(exercise.hints.length, Math.max(hintsOpen, progress?.hints ?? 0));
  const status = statusOf(progress);
  const solutionVisible =
    solutionOpen || status === 'done' || progress?.solutionShown === true || (exercise.kind === 'number' && (progress?.tries ?? 0) >= TRIES_BEFORE_SOLUTION);

  const showHint = () => {
    setHintsOpen(shownHints + 1);
    record(key, { kind: 'hint' });
  };
  const showSolution = () => {
    setSolutionOpen(true);
    record(key, { kind: 'solution' });
  };
  const reset = () => {
    record(key, { kind: 'reset' });
    if (exercise.kind === 'code') useEditorStore.getState().resetCode(codeKey(lessonSlug, exerciseTabId(exercise.id)));
    setHintsOpen(0);
    setSolutionOpen(false);
    setResetCount((n) => n + 1);
  };

  return (
    <article className={`exercise exercise-${status}`} aria-labelledby={headingId} data-exercise={exercise.id}>
      <header className="exercise-header">
        <h3 id={headingId}>
          {number}. {exercise.title}
        </h3>
        {requiredExercises.includes(key) && <span className="exercise-required">{t('handin.required')}</span>}
        <span className="exercise-kind">{t(`exercise.kind.${exercise.kind}`)}</span>
        <span className={`exercise-status status-${status}`} data-testid="exercise-status">
          {t(`exercise.status.${status}`)}
        </span>
      </header>
      <Html className="exercise-prompt" html={exercise.prompt} />
      {exercise.kind === 'number' && <NumberAnswer key={resetCount} exercise={exercise} progressKey={key} />}
      {exercise.kind === 'choice' && <ChoiceAnswer key={resetCount} exercise={exercise} progressKey={key} />}
      {exercise.kind === 'code' && <CodeCheck key={resetCount} exercise={exercise} lessonSlug={lessonSlug} progressKey={key} hasCodePane={hasCodePane} />}
      {shownHints > 0 && (
        <ol className="exercise-hints">
          {exercise.hints.slice(0, shownHints).map((hint, i) => (
            <li key={i}>
              <strong>{t('exercise.hint.label', { n: i + 1 })}</strong>
              <Html html={hint} />
            </li>
          ))}
        </ol>
      )}
      {solutionVisible && (
        <div className="exercise-solution" data-testid="exercise-solution">
          <h4>{t('exercise.solution.heading')}</h4>
          {exercise.kind === 'number' && status !== 'done' && !solutionOpen && !progress?.solutionShown && <p>{t('exercise.number.afterTries')}</p>}
          <Html html={exercise.solution} />
          {exercise.kind === 'code' && (
            <details>
              <summary>{t('exercise.code.solutionCode')}</summary>
              <pre className="exercise-code">
                <code>{exercise.solutionCode}</code>
              </pre>
            </details>
          )}
          {progress?.solutionShown && <p className="exercise-note">{t('exercise.solution.recorded')}</p>}
        </div>
      )}
      <div className="exercise-tools">
        {shownHints < exercise.hints.length && (
          <button type="button" onClick={showHint}>
            {shownHints === 0 ? t('exercise.hint.first') : t('exercise.hint.next', { shown: shownHints, total: exercise.hints.length })}
          </button>
        )}
        {!solutionVisible && (
          <button type="button" onClick={showSolution}>
            {t('exercise.solution.show')}
          </button>
        )}
        {status !== 'not-started' && (
          <button type="button" onClick={reset}>
            {exercise.kind === 'code' ? t('exercise.reset.code') : t('exercise.reset')}
          </button>
        )}
      </div>
    </article>
  );
}
