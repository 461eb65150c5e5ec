/** A number computed by hand, checked within the exercise's tolerance. */
import { useId, useState } from 'react';
import { t } from '../i18n';
import { useProgress } from '../store/progress';
import { isRight, parseAnswer } from './parse-answer';
import type { BuiltNumberExercise } from './types';

type Feedback = { readonly kind: 'right' } | { readonly kind: 'wrong'; readonly given: string; readonly tries: number } | { readonly kind: 'not-a-number' } | null;

export function NumberAnswer({ exercise, progressKey }: { readonly exercise: BuiltNumberExercise; readonly progressKey: string }) {
  const saved = useProgress((s) => s.exercises[progressKey]);
  const record = useProgress((s) => s.record);
  const [text, setText] = useState(saved?.answer ?? '');
  const [feedback, setFeedback] = useState<Feedback>(null);
  const inputId = useId();
  const feedbackId = useId();
  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    const given = parseAnswer(text);
    if (given === null) {
      setFeedback({ kind: 'not-a-number' });
      return;
    }
    const right = isRight(given, exercise.answer, exercise.tolerance);
    record(progressKey, { kind: 'answer', right, answer: text.trim().slice(0, 200) });
    setFeedback(right ? { kind: 'right' } : { kind: 'wrong', given: text.trim(), tries: (saved?.tries ?? 0) + 1 });
  };
  return (
    <form className="exercise-answer" onSubmit={submit}>
      <label htmlFor={inputId}>{t('exercise.answer.label')}</label>
      <input
        id={inputId}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-describedby={feedback ? feedbackId : undefined}
      />
      {exercise.unit && <span className="exercise-unit">{exercise.unit}</span>}
      <button type="submit">{t('exercise.check')}</button>
      <p id={feedbackId} className={`exercise-feedback ${feedback?.kind === 'right' ? 'is-right' : feedback ? 'is-wrong' : ''}`} role="status">
        {feedback?.kind === 'right' && t('exercise.right')}
        {feedback?.kind === 'wrong' && t('exercise.number.wrong', { given: feedback.given, tolerance: exercise.tolerance, tries: feedback.tries })}
        {feedback?.kind === 'not-a-number' && t('exercise.number.notANumber')}
      </p>
    </form>
  );
}
