/**
 * The live-code pane: a lesson's runnable examples (tabs when there are
 * several), the editor, run controls, backend choice, and the run's output.
 *
 * The shell lazy-loads this module (default export), so Monaco, uPlot and
 * the runtime client never weigh on the entry chunk. The examples come in a
 * chunk of their own; the editor box shows their build-time highlighted code
 * until the reader opens the editor (click, focus, or Run).
 *
 * Edits are saved per lesson and example, debounced while typing and at
 * once before a run, a tab switch or leaving the page. Saved code is shown,
 * never run, when the page loads: only Run (or Control+Enter) runs code.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { PaneBoundary } from '../app/ErrorBoundaries';
import { useEffectiveTheme } from '../app/theme';
import { t } from '../i18n';
import type { ControlAlias, LessonExample } from '../lessons/types';
import type { BackendName, ControlValue } from '../runtime/protocol';
import { codeKey, useEditorStore } from '../store/editor';
import { AutoNote } from './AutoNote';
import { BackendControls } from './BackendControls';
import { ControlsPanel } from './ControlsPanel';
import { editionSettings, savedSetting } from './control-aliases';
import { ExampleTabs } from './ExampleTabs';
import { CodePreview } from './CodePreview';
import { MonacoEditorView, type ErrorMark } from './MonacoEditor';
import { OutputView } from './OutputView';
import { ConfirmDialog } from '../app/ConfirmDialog';
import { useAutoBackend } from './useAutoBackend';
import { useRunner } from './useRunner';
import { useRunRecorder } from '../run-history/useRunRecorder';
import { RunHistorySlot } from '../run-history/RunHistorySlot';
import { useDebouncedSave } from './useDebouncedSave';
import { useExternalCode } from './useExternalCode';
import { useLessonExamples } from './useLessonExamples';
import { useExerciseTabs } from './useExerciseTabs';
import { ShareRunButton } from '../share-run/ShareRunButton';
import '../share-run/share-run.css';
import { useOpenRequest } from '../exercises/open-request';
import './editor.css';

const NO_SETTINGS: readonly ControlAlias[] = [];

export interface CodePaneProps {
  readonly lessonSlug: string;
}

export default function CodePane({ lessonSlug }: CodePaneProps) {
  const load = useLessonExamples(lessonSlug);
  // Monaco loads when the reader opens the editor or runs the code; after that every example opens in it.
  const [editorWanted, setEditorWanted] = useState(false);
  const openEditor = useCallback(() => setEditorWanted(true), []);
  const exerciseAsks = useOpenRequest((s) => s.request?.lesson === lessonSlug);
  const exerciseTabs = useExerciseTabs(lessonSlug, editorWanted || exerciseAsks);
  if (load.state === 'loading') return <p className="pane-loading">{t('runtime.examples.loading')}</p>;
  if (load.state === 'failed') {
    return (
      <p role="alert" className="notice notice-error">
        {t('runtime.examples.failed', { message: load.message })}
      </p>
    );
  }
  const examples = exerciseTabs.length > 0 ? [...load.value, ...exerciseTabs] : load.value;
  return <ExampleChooser lessonSlug={lessonSlug} examples={examples} editorWanted={editorWanted} openEditor={openEditor} />;
}

interface ExampleChooserProps {
  readonly lessonSlug: string;
  readonly examples: readonly LessonExample[];
  readonly editorWanted: boolean;
  readonly openEditor: () => void;
}

function ExampleChooser({ lessonSlug, examples, editorWanted, openEditor }: ExampleChooserProps) {
  const [chosen, setChosen] = useState<{ index: number; serial: number }>({ index: 0, serial: 0 });
  // "Open in the editor" from a code exercise selects its tab (the newer of that request and a click on a tab wins).
  const request = useOpenRequest((s) => s.request);
  const requested = request && request.lesson === lessonSlug && request.serial > chosen.serial ? examples.findIndex((e) => e.id === request.tab) : -1;
  const selected = requested >= 0 ? requested : chosen.index;
  const setSelected = useCallback((index: number) => setChosen({ index, serial: useOpenRequest.getState().request?.serial ?? 0 }), []);
  const example = examples[Math.min(selected, examples.length - 1)];
  if (!example) return <p>{t('app.editor.none')}</p>;
  return (
    <ExamplePane
      key={`${lessonSlug}/${example.id}`}
      lessonSlug={lessonSlug}
      examples={examples}
      example={example}
      onSelect={setSelected}
      editorWanted={editorWanted || requested >= 0}
      openEditor={openEditor}
    />
  );
}

interface ExamplePaneProps {
  readonly lessonSlug: string;
  readonly examples: readonly LessonExample[];
  readonly example: LessonExample;
  readonly onSelect: (index: number) => void;
  readonly editorWanted: boolean;
  readonly openEditor: () => void;
}

/** One example's pane; remounted per example so no state leaks between them. */
function ExamplePane({ lessonSlug, examples, example, onSelect, editorWanted, openEditor }: ExamplePaneProps) {
  const key = codeKey(lessonSlug, example.id);
  const saved = useEditorStore((s) => s.codes[key]);
  const backend = useEditorStore((s) => s.backend);
  const setBackend = useEditorStore((s) => s.setBackend);
  const resetCode = useEditorStore((s) => s.resetCode);
  const controlValues = useEditorStore((s) => s.controlValues[key]);
  const storedControls = useEditorStore((s) => s.controlSpecs[key]);
  const setControlValue = useEditorStore((s) => s.setControlValue);
  const rememberControls = useEditorStore((s) => s.rememberControls);
  const resetControls = useEditorStore((s) => s.resetControls);
  const theme = useEffectiveTheme();
  const runner = useRunRecorder(useRunner(), key, example.settings);
  const auto = useAutoBackend(key, runner.client, editorWanted);
  /** A run is going, or Auto is measuring before one. */
  const busy = runner.running || auto.measuring !== null;
  const panelId = useId();

  // The text the editor starts with: the saved edit, else the starter code (or what another tab saved since).
  const [initialCode, setInitialCode] = useState(() => saved ?? example.code);
  const latestCode = useRef(initialCode);
  // The text this pane last saw stored, or wrote itself: a different stored value came from elsewhere.
  const synced = useRef(initialCode);
  const save = useDebouncedSave(key, example.code, (code) => {
    synced.current = code;
  });
  const [resetSignal, setResetSignal] = useState<{ code: string; nonce: number } | null>(null);
  const external = useExternalCode({
    codeKey: key,
    starter: example.code,
    saved,
    latestCode,
    synced,
    save,
    show: (code) => {
      setInitialCode(code);
      setResetSignal((s) => ({ code, nonce: (s?.nonce ?? 0) + 1 }));
    },
  });
  const [confirmingReset, setConfirmingReset] = useState(false);

  // A language switch brings the other edition of the starter code: an example the reader has not
  // edited shows it (comments and messages in their language); an edit is theirs and stays as typed.
  const shownStarter = useRef(example.code);
  useEffect(() => {
    const previous = shownStarter.current;
    shownStarter.current = example.code;
    if (previous === example.code || latestCode.current !== previous) return;
    latestCode.current = example.code;
    synced.current = example.code;
    setInitialCode(example.code);
    setResetSignal((s) => ({ code: example.code, nonce: (s?.nonce ?? 0) + 1 }));
  }, [example.code]);

  const edited = saved !== undefined && saved !== example.code;

  const onChange = useCallback(
    (code: string) => {
      latestCode.current = code;
      save.schedule(code);
    },
    [save],
  );

  // Values are read from the store at run time, so a run right after a change gets it.
  // Saved under the settings' English names (control-aliases.ts): a value chosen in one language holds in the other.
  const settings = example.settings ?? NO_SETTINGS;
  const currentControls = useCallback(() => editionSettings(settings, useEditorStore.getState().controlValues[key] ?? {}), [key, settings]);

  const { startOn } = auto;
  const run = useCallback(
    (chosen: typeof backend = backend) => {
      save.flush();
      openEditor();
      const code = latestCode.current;
      const controls = currentControls();
      startOn(chosen, code, (resolved) => runner.run(code, resolved, controls));
    },
    [backend, currentControls, openEditor, runner, save, startOn],
  );

  /** A setting changed (or went back to its default): run again with it, stopping a run that is going. */
  const rerunWithControls = useCallback(() => {
    save.flush();
    const code = latestCode.current;
    const controls = currentControls();
    startOn(backend, code, (resolved) => runner.restart(code, resolved, controls));
  }, [backend, currentControls, runner, save, startOn]);

  const stop = auto.measuring ? auto.stop : runner.stop;

  // Remember what the last run declared, so the settings show after a reload too.
  const declared = runner.output.controls;
  useEffect(() => {
    if (declared.length > 0) rememberControls(key, declared.map(({ name, spec }) => ({ name, spec })));
  }, [declared, key, rememberControls]);
  const shownControls = declared.length > 0 ? declared : (storedControls ?? []);

  const retryOn = useCallback(
    (next: BackendName) => {
      setBackend(next);
      run(next);
    },
    [run, setBackend],
  );

  const confirmReset = useCallback(() => {
    setConfirmingReset(false);
    save.cancel();
    synced.current = example.code;
    resetCode(key);
    latestCode.current = example.code;
    // What the box shows until the editor opens.
    setInitialCode(example.code);
    setResetSignal((s) => ({ code: example.code, nonce: (s?.nonce ?? 0) + 1 }));
  }, [example.code, key, resetCode, save]);

  /** The run history's "Restore this code": the editor shows and saves `code` (what it replaced was kept aside if need be). */
  const restoreCode = useCallback(
    (code: string) => {
      save.cancel();
      synced.current = code;
      if (code === example.code) resetCode(key);
      else useEditorStore.getState().setCode(key, code);
      latestCode.current = code;
      setInitialCode(code);
      setResetSignal((s) => ({ code, nonce: (s?.nonce ?? 0) + 1 }));
    },
    [example.code, key, resetCode, save],
  );

  // Keys that work anywhere in the pane (the editor handles them itself
  // when it has focus and marks the event as handled).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || (event.target as Element).closest('dialog')) return;
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      run();
    } else if (event.key === 'Escape' && busy) {
      event.preventDefault();
      stop();
    }
  };

  const failure = runner.output.failure;
  const errorMark: ErrorMark | null =
    failure && failure.line !== null && failure.phase !== 'backend'
      ? { line: failure.line, column: failure.column, message: failure.message }
      : null;

  useEffect(() => () => save.flush(), [save]);

  return (
    <div className="lml-code-pane" onKeyDown={onKeyDown}>
      <ExampleTabs examples={examples} selectedId={example.id} panelId={panelId} onSelect={onSelect} />
      <div id={panelId} role={examples.length > 1 ? 'tabpanel' : undefined} className="lml-code-panel">
        <div className="lml-toolbar" role="group" aria-label={t('runtime.toolbar')}>
          <button
            type="button"
            className="lml-run"
            onClick={() => run()}
            disabled={busy}
            title={t('runtime.run.hint')}
            aria-keyshortcuts="Control+Enter Meta+Enter"
          >
            {t('runtime.run')}
          </button>
          <button
            type="button"
            className="lml-stop"
            onClick={stop}
            disabled={!busy}
            title={t('runtime.stop.hint')}
            aria-keyshortcuts="Escape"
          >
            {t('runtime.stop')}
          </button>
          <BackendControls
            choice={backend}
            onChoose={setBackend}
            info={runner.output.info}
            disabled={busy}
            detect={editorWanted}
            autoPick={auto.pick?.backend ?? null}
          />
          {edited && (
            <span className="lml-edited" title={t('runtime.edited.hint')} data-testid="edited-marker">
              {t('runtime.edited')}
            </span>
          )}
          <button type="button" onClick={() => setConfirmingReset(true)} disabled={!edited}>
            {t('runtime.reset')}
          </button>
          <ShareRunButton
            lessonSlug={lessonSlug}
            exampleId={example.id}
            code={() => latestCode.current}
            settings={() => useEditorStore.getState().controlValues[key] ?? {}}
          />
        </div>
        {backend === 'auto' && <AutoNote measuring={auto.measuring} pick={auto.pick} onForget={auto.forget} />}
        <MonacoEditorView
          modelKey={key}
          initialCode={initialCode}
          enabled={editorWanted}
          placeholder={
            <CodePreview
              code={initialCode}
              highlight={initialCode === example.code ? example.highlight : null}
              title={example.title}
              onOpen={openEditor}
              opening={editorWanted}
            />
          }
          resetSignal={resetSignal}
          onChange={onChange}
          onRun={run}
          onStop={stop}
          errorMark={errorMark}
          theme={theme}
          label={t('runtime.editor.label', { title: example.title })}
        />
        <p className="lml-hint">{t('runtime.editor.tabHint')}</p>
        {external.note && (
          <p className="lml-external-note" role="status" data-testid="external-code-note">
            {t(`runtime.external.${external.note}`)}{' '}
            <button type="button" className="text-button" onClick={external.dismiss}>
              {t('offline.dismiss')}
            </button>
          </p>
        )}
        <ControlsPanel
          controls={shownControls}
          values={editionSettings(settings, controlValues ?? {})}
          onChange={(name: string, value: ControlValue) => {
            setControlValue(key, ...savedSetting(settings, name, value));
            rerunWithControls();
          }}
          onDefaults={() => {
            resetControls(key);
            rerunWithControls();
          }}
        />
        <section className="lml-output-section" aria-label={t('runtime.output')}>
          {/* A new run mounts a failed output view again by itself. */}
          <PaneBoundary pane="output" resetKey={runner.output.runId}>
            <OutputView output={runner.output} onRetry={retryOn} source={`${example.title} (${lessonSlug})`} />
            <RunHistorySlot example={key} title={example.title} starter={example.code} aliases={settings} currentCode={() => latestCode.current} onRestore={restoreCode} />
          </PaneBoundary>
        </section>
      </div>
      <ConfirmDialog
        open={confirmingReset}
        title={t('runtime.reset.title')}
        body={t('runtime.reset.body', { title: example.title })}
        cancelLabel={t('runtime.reset.cancel')}
        confirmLabel={t('runtime.reset.confirm')}
        onConfirm={confirmReset}
        onCancel={() => setConfirmingReset(false)}
      />
    </div>
  );
}
