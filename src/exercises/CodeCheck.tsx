/**
 * A code exercise: "Open in the editor" selects the exercise's tab in the
 * code pane (its starter until the student edits it); "Check my code" runs
 * what that tab holds with the exercise's checker after it, in a worker of
 * its own (the same sandbox as every run), stopped after a time limit, and
 * lists each check: passed or not, with what was found and expected.
 */
import { useEffect, useRef, useState } from 'react';
import { useLayout } from '../app/layout-store';
import { t } from '../i18n';
import { useLocale } from '../i18n/locale-store';
import { shortHash } from '../hash';
import { RuntimeClient } from '../runtime/client';
import type { RunOutcome, WorkerEvent } from '../runtime/protocol';
import { codeKey, useEditorStore } from '../store/editor';
import { flushPendingSaves } from '../store/pending-saves';
import { useProgress } from '../store/progress';
import { safeLocalStorage } from '../store/storage';
import { parseCheckLimit, TEST_CHECK_LIMIT_KEY } from './check-limit';
import { useOpenRequest } from './open-request';
import { exerciseTabId, type BuiltCodeExercise } from './types';
import { checkVerdict, type CheckVerdict } from './verdict';

type CheckEvent = Extract<WorkerEvent, { type: 'check' }>;
type Result =
  | { readonly state: 'idle' }
  | { readonly state: 'running' }
  | { readonly state: 'ended'; readonly verdict: CheckVerdict; readonly checks: readonly CheckEvent[]; readonly message: string | null; readonly timedOut: boolean; readonly limit: number };

export function CodeCheck({ exercise, lessonSlug, progressKey, hasCodePane }: { readonly exercise: BuiltCodeExercise; readonly lessonSlug: string; readonly progressKey: string; readonly hasCodePane: boolean }) {
  const locale = useLocale();
  const record = useProgress((s) => s.record);
  const open = useOpenRequest((s) => s.open);
  const [result, setResult] = useState<Result>({ state: 'idle' });
  const clientRef = useRef<RuntimeClient | null>(null);
  const tab = exerciseTabId(exercise.id);
  useEffect(
    () => () => {
      clientRef.current?.dispose();
      clientRef.current = null;
    },
    [],
  );

  const openInEditor = () => {
    open(lessonSlug, tab);
    useLayout.getState().showPane('editor');
  };

  const check = () => {
    flushPendingSaves();
    const code = useEditorStore.getState().codes[codeKey(lessonSlug, tab)] ?? exercise.starter;
    const checks: CheckEvent[] = [];
    clientRef.current ??= new RuntimeClient();
    const client = clientRef.current;
    setResult({ state: 'running' });
    let timedOut = false;
    const limit = parseCheckLimit(safeLocalStorage.getItem(TEST_CHECK_LIMIT_KEY));
    // The limit counts from the run's start (`started`), not from the worker's start-up (loading TensorFlow.js).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const { runId, outcome } = client.run(code, { backend: useEditorStore.getState().backend, checker: exercise.checker }, (event) => {
      if (event.runId !== runId) return;
      if (event.type === 'started') {
        timer = setTimeout(() => {
          timedOut = true;
          client.stop();
        }, limit);
      } else if (event.type === 'check' && checks.length < 100) checks.push(event);
    });
    void outcome
      .catch((error: unknown): RunOutcome => ({ kind: 'error', phase: 'backend', message: String(error), line: null, column: null, backend: null }))
      .then((ended) => {
        clearTimeout(timer);
        const verdict = checkVerdict(ended.kind, checks);
        const message = ended.kind === 'error' ? `${ended.message}${ended.line !== null ? ` (line ${ended.line})` : ''}` : null;
        setResult({ state: 'ended', verdict, checks, message, timedOut, limit });
        record(progressKey, { kind: 'answer', right: verdict.kind === 'passed', answer: `code:${shortHash(code)}` });
      });
  };

  const running = result.state === 'running';
  return (
    <div className="exercise-answer exercise-code-check">
      {hasCodePane && (
        <p className="exercise-code-source">
          {t('exercise.code.source', { tab: t('exercise.code.tab', { title: exercise.title }) })}
        </p>
      )}
      <div className="exercise-buttons">
        {hasCodePane && (
          <button type="button" onClick={openInEditor}>
            {t('exercise.code.open')}
          </button>
        )}
        <button type="button" onClick={check} disabled={running} aria-busy={running}>
          {running ? t('exercise.code.checking') : t('exercise.code.check')}
        </button>
      </div>
      <div className={`exercise-feedback ${result.state === 'ended' ? (result.verdict.kind === 'passed' ? 'is-right' : 'is-wrong') : ''}`} role="status">
        {result.state === 'ended' && (
          <>
            <p>
              <strong>
                {result.timedOut
                  ? t('exercise.code.timeout', { seconds: result.limit / 1000 })
                  : result.verdict.kind === 'passed'
                    ? t('exercise.code.passed', { count: result.checks.length })
                    : result.verdict.kind === 'failed'
                      ? t('exercise.code.failed', { failing: result.verdict.failing, count: result.checks.length })
                      : result.verdict.kind === 'unchecked'
                        ? t('exercise.code.unchecked')
                        : t('exercise.code.error', { message: result.message ?? '' })}
              </strong>
            </p>
            {result.checks.length > 0 && (
              <ul className="exercise-checks">
                {result.checks.map((c, i) => (
                  <li key={i} className={c.passed ? 'check-passed' : 'check-failed'}>
                    <span aria-hidden="true">{c.passed ? '✓' : '✗'}</span>
                    <span className="visually-hidden">{c.passed ? t('exercise.code.checkPassed') : t('exercise.code.checkFailed')}</span> {locale === 'zh' ? c.label.zh : c.label.en}
                    {!c.passed && c.got !== undefined && c.expected !== undefined && <span className="exercise-got"> — {t('exercise.code.gotExpected', { got: c.got, expected: c.expected })}</span>}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </div>
  );
}
