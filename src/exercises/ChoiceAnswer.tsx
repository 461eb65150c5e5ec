/** One right option among several; every option chosen shows why it is right or wrong. */
import { useId, useState } from 'react';
import { t } from '../i18n';
import { useProgress } from '../store/progress';
import type { BuiltChoiceExercise } from './types';

export function ChoiceAnswer({ exercise, progressKey }: { readonly exercise: BuiltChoiceExercise; readonly progressKey: string }) {
  const saved = useProgress((s) => s.exercises[progressKey]);
  const record = useProgress((s) => s.record);
  const savedIndex = saved?.answer !== undefined ? Number(saved.answer) : NaN;
  const [chosen, setChosen] = useState<number | null>(Number.isInteger(savedIndex) ? savedIndex : null);
  const [checked, setChecked] = useState<number | null>(null);
  const [missing, setMissing] = useState(false);
  const name = useId();
  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    if (chosen === null) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setChecked(chosen);
    record(progressKey, { kind: 'answer', right: exercise.options[chosen]?.correct === true, answer: String(chosen) });
  };
  const verdict = checked === null ? null : exercise.options[checked];
  return (
    <form className="exercise-answer exercise-choice" onSubmit={submit}>
      <fieldset>
        <legend className="visually-hidden">{t('exercise.answer.label')}</legend>
        {exercise.options.map((option, index) => (
          <label key={index} className="exercise-option">
            <input type="radio" name={name} value={index} checked={chosen === index} onChange={() => setChosen(index)} />
            <span dangerouslySetInnerHTML={{ __html: option.text }} />
          </label>
        ))}
      </fieldset>
      <button type="submit">{t('exercise.check')}</button>
      <div className={`exercise-feedback ${verdict ? (verdict.correct ? 'is-right' : 'is-wrong') : ''}`} role="status">
        {missing && <p>{t('exercise.choice.pick')}</p>}
        {verdict && (
          <>
            <p>
              <strong>{verdict.correct ? t('exercise.right') : t('exercise.choice.wrong')}</strong>
            </p>
            <div dangerouslySetInnerHTML={{ __html: verdict.why }} />
          </>
        )}
      </div>
    </form>
  );
}
