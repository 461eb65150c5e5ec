/**
 * `#/run/<payload>`: a shared run (run-link.ts). The shared code is shown
 * beside the reader's own code for that example — their saved edit, or the
 * starter — and nothing of theirs is written: one click runs the shared code
 * with its settings and seed, in the same sandbox as every run. A broken,
 * altered or hostile link only shows why it cannot be opened.
 */
import { useEffect, useMemo } from 'react';
import { Link } from 'wouter';
import { t } from '../i18n';
import { useLessons } from '../lessons/catalog';
import type { LessonExample } from '../lessons/types';
import { editionSettings } from '../editor/control-aliases';
import { OutputView } from '../editor/OutputView';
import { useLessonExamples } from '../editor/useLessonExamples';
import { useRunner } from '../editor/useRunner';
import { codeKey, useEditorStore } from '../store/editor';
import { decodeRunPayload, type RunLinkProblem, type SharedRun } from './run-link';
import '../editor/editor.css';
import './share-run.css';

function problemText(problem: RunLinkProblem): string {
  switch (problem.kind) {
    case 'unknownVersion':
      return t('shareRun.problem.unknownVersion', { version: problem.version ?? '?' });
    case 'tooLong':
      return t('shareRun.problem.tooLong', { length: problem.length, max: problem.max });
    case 'expandsTooFar':
      return t('shareRun.problem.expandsTooFar', { max: problem.max });
    case 'invalid':
      return t('shareRun.problem.invalid', { field: problem.field });
    default:
      return t(`shareRun.problem.${problem.kind}`);
  }
}

export default function SharedRunRoute({ payload }: { readonly payload: string }) {
  const decoded = useMemo(() => decodeRunPayload(payload), [payload]);
  useEffect(() => {
    document.title = `${t('shareRun.heading')} · ${t('app.title')}`;
  }, []);
  return (
    <section className="article-frame share-run" aria-labelledby="share-run-heading">
      <h1 id="share-run-heading">{t('shareRun.heading')}</h1>
      {decoded.ok ? (
        <SharedRunBody run={decoded.value} />
      ) : (
        <p className="notice notice-error" role="alert" data-testid="run-link-failed">
          {t('shareRun.failed', { reason: problemText(decoded.error) })}
        </p>
      )}
    </section>
  );
}

function SharedRunBody({ run }: { readonly run: SharedRun }) {
  const lessons = useLessons();
  const lesson = lessons.find((l) => l.slug === run.lesson);
  const load = useLessonExamples(run.lesson);
  if (!lesson) return <NoExample run={run} />;
  if (load.state === 'loading') return <p aria-live="polite">{t('shareRun.loading')}</p>;
  if (load.state === 'failed') return <p className="notice notice-error" role="alert">{t('runtime.examples.failed', { message: load.message })}</p>;
  const example = load.value.find((e) => e.id === run.example);
  if (!example) return <NoExample run={run} />;
  return <SharedRunView run={run} lessonTitle={lesson.title} example={example} />;
}

function NoExample({ run }: { readonly run: SharedRun }) {
  return (
    <p className="notice notice-error" role="alert" data-testid="run-link-failed">
      {t('shareRun.noExample', { lesson: run.lesson, example: run.example })}
    </p>
  );
}

function SharedRunView({ run, lessonTitle, example }: { readonly run: SharedRun; readonly lessonTitle: string; readonly example: LessonExample }) {
  const saved = useEditorStore((s) => s.codes[codeKey(run.lesson, run.example)]);
  const backend = useEditorStore((s) => s.backend);
  const runner = useRunner();
  const settings = editionSettings(example.settings ?? [], run.settings);
  const settingsText = Object.entries(run.settings)
    .map(([name, value]) => `${name} = ${JSON.stringify(value)}`)
    .join(', ');
  return (
    <>
      <p>{t('shareRun.of', { lesson: lessonTitle, example: example.title })}</p>
      <p data-testid="shared-settings">{settingsText ? t('shareRun.settings', { settings: settingsText, seed: run.seed }) : t('shareRun.noSettings', { seed: run.seed })}</p>
      <p className="share-run-safe">{t('shareRun.safe')}</p>
      <div className="share-run-actions">
        <button type="button" className="lml-run" onClick={() => runner.run(run.code, backend, settings, run.seed)} disabled={runner.running}>
          {t('shareRun.run')}
        </button>
        <Link href={`/lessons/${run.lesson}`}>{t('shareRun.openLesson')}</Link>
      </div>
      <section className="lml-output-section" aria-label={t('runtime.output')}>
        <OutputView output={runner.output} onRetry={(next) => runner.run(run.code, next, settings, run.seed)} source={`${example.title} (${run.lesson})`} />
      </section>
      <div className="share-run-codes">
        <figure>
          <figcaption>{t('shareRun.theirs')}</figcaption>
          <pre className="share-run-code" data-testid="shared-code" tabIndex={0}>
            <code>{run.code}</code>
          </pre>
        </figure>
        <figure>
          <figcaption>{saved === undefined ? t('shareRun.yoursStarter') : t('shareRun.yours')}</figcaption>
          <pre className="share-run-code" data-testid="own-code" tabIndex={0}>
            <code>{saved ?? example.code}</code>
          </pre>
        </figure>
      </div>
    </>
  );
}
