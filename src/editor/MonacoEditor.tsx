/**
 * A thin React wrapper around one Monaco editor instance.
 *
 * One model at a time (`modelKey` names it): the examples of a lesson are
 * scripts, so two open models would share one TypeScript program and their
 * top-level names would clash ("Cannot redeclare block-scoped variable").
 * The component is uncontrolled after creation: `initialCode` seeds a new
 * model and `onChange` reports edits; `resetSignal` pushes new text in.
 *
 * Monaco (~2.6 MiB) loads only once `enabled` is true; until it is ready the
 * box shows `placeholder` (the build-time highlighted code), at the same
 * size, so nothing on the page moves when the editor appears.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type * as MonacoEditor from 'monaco-editor/editor';
import { t } from '../i18n';
import { loadMonaco, whenTypeScriptReady, type LoadedMonaco } from './monaco-loader';

export interface ErrorMark {
  /** 1-based. */
  readonly line: number;
  readonly column: number | null;
  readonly message: string;
}

export interface MonacoEditorProps {
  readonly modelKey: string;
  readonly initialCode: string;
  /** Replaces the text when it changes (e.g. after "Reset to original"). */
  readonly resetSignal: { readonly code: string; readonly nonce: number } | null;
  readonly onChange: (code: string) => void;
  readonly onRun: () => void;
  readonly onStop: () => void;
  readonly errorMark: ErrorMark | null;
  readonly theme: 'light' | 'dark';
  readonly label: string;
  /** Load and show Monaco (the reader asked for the editor). */
  readonly enabled: boolean;
  /** Shown in the editor's box until Monaco is ready. */
  readonly placeholder: ReactNode;
}

const MARKER_OWNER = 'lml-run';

export function MonacoEditorView(props: MonacoEditorProps) {
  const { modelKey, initialCode, resetSignal, errorMark, theme, label, enabled, placeholder } = props;
  const hostRef = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<LoadedMonaco | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const editorRef = useRef<MonacoEditor.editor.IStandaloneCodeEditor | null>(null);
  const decorationsRef = useRef<MonacoEditor.editor.IEditorDecorationsCollection | null>(null);
  // Callbacks change every render; the editor's commands read the latest.
  const callbacks = useRef(props);
  callbacks.current = props;
  /** Focus was in the preview (and did not move elsewhere) while Monaco loaded. */
  const focusPending = useRef(false);
  const initialCodeRef = useRef(initialCode);
  initialCodeRef.current = initialCode;

  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    loadMonaco().then(
      (value) => {
        if (!cancelled) setLoaded(value);
      },
      (error: unknown) => {
        if (!cancelled) setLoadError(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [attempt, enabled]);

  // Create the editor once Monaco is here.
  useEffect(() => {
    const host = hostRef.current;
    if (!loaded || !host) return;
    const { monaco, typescript } = loaded;
    const editor = monaco.editor.create(host, {
      model: null,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      scrollBeyondLastLine: false,
      tabSize: 2,
      ariaLabel: callbacks.current.label,
      glyphMargin: false,
      lineDecorationsWidth: 8,
      fixedOverflowWidgets: true,
    });
    editorRef.current = editor;
    decorationsRef.current = editor.createDecorationsCollection();
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => callbacks.current.onRun());
    editor.addCommand(
      monaco.KeyCode.Escape,
      () => callbacks.current.onStop(),
      '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !editorHasSelection && !editorHasMultipleSelections',
    );
    const changes = editor.onDidChangeModelContent(() => {
      const model = editor.getModel();
      if (model) callbacks.current.onChange(model.getValue());
    });
    void whenTypeScriptReady(typescript);
    return () => {
      changes.dispose();
      editor.getModel()?.dispose();
      editor.dispose();
      editorRef.current = null;
      decorationsRef.current = null;
    };
  }, [loaded]);

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel: label });
  }, [label]);

  // One model per example: swap it when the example changes.
  useEffect(() => {
    const editor = editorRef.current;
    if (!loaded || !editor) return;
    const uri = loaded.monaco.Uri.parse(`file:///examples/${modelKey}.ts`);
    const old = editor.getModel();
    old?.dispose();
    loaded.monaco.editor.getModel(uri)?.dispose();
    editor.setModel(loaded.monaco.editor.createModel(initialCodeRef.current, 'typescript', uri));
    // The reader clicked or tabbed into the preview: carry the focus into the editor (it needs a model to take it).
    if (focusPending.current) editor.focus();
    focusPending.current = false;
  }, [loaded, modelKey]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!resetSignal || !model) return;
    // pushEditOperations keeps the reset undoable (Ctrl+Z brings the edit back).
    model.pushEditOperations([], [{ range: model.getFullModelRange(), text: resetSignal.code }], () => null);
  }, [resetSignal]);

  useEffect(() => {
    loaded?.monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs');
  }, [loaded, theme]);

  // Mark the failing line: a marker (squiggle + hover, read by screen
  // readers via F8) and a whole-line decoration with a gutter bar.
  useEffect(() => {
    const editor = editorRef.current;
    const model = editor?.getModel();
    if (!loaded || !editor || !model) return;
    const { monaco } = loaded;
    if (!errorMark || errorMark.line < 1 || errorMark.line > model.getLineCount()) {
      monaco.editor.setModelMarkers(model, MARKER_OWNER, []);
      decorationsRef.current?.clear();
      return;
    }
    const line = errorMark.line;
    const startColumn = Math.max(1, errorMark.column ?? model.getLineFirstNonWhitespaceColumn(line));
    monaco.editor.setModelMarkers(model, MARKER_OWNER, [
      {
        severity: monaco.MarkerSeverity.Error,
        message: errorMark.message,
        startLineNumber: line,
        startColumn,
        endLineNumber: line,
        endColumn: model.getLineMaxColumn(line),
      },
    ]);
    decorationsRef.current?.set([
      {
        range: new monaco.Range(line, 1, line, 1),
        options: {
          isWholeLine: true,
          className: 'lml-error-line',
          linesDecorationsClassName: 'lml-error-gutter',
          hoverMessage: { value: errorMark.message },
        },
      },
    ]);
    editor.revealLineInCenterIfOutsideViewport(line);
  }, [loaded, errorMark, modelKey]);

  if (loadError) {
    return (
      <div className="lml-editor-fallback" role="alert">
        <p>{t('runtime.editor.loadFailed', { message: loadError })}</p>
        <button
          type="button"
          onClick={() => {
            setLoadError(null);
            setAttempt((n) => n + 1);
          }}
        >
          {t('runtime.editor.retryLoad')}
        </button>
      </div>
    );
  }
  return (
    <div
      className="lml-editor-frame"
      data-error-line={errorMark?.line ?? undefined}
      data-editor={loaded ? 'ready' : enabled ? 'loading' : 'preview'}
      onFocusCapture={() => {
        if (!loaded) focusPending.current = true;
      }}
      onBlurCapture={(event) => {
        // Moving to another element cancels; the preview disappearing (no related target) does not.
        if (event.relatedTarget instanceof Node && !event.currentTarget.contains(event.relatedTarget)) focusPending.current = false;
      }}
    >
      <div ref={hostRef} className="lml-editor-host" data-testid="code-editor" />
      {!loaded && placeholder}
    </div>
  );
}
