/**
 * Loads Monaco once, lazily (never in the entry chunk), bundled by Vite: only
 * the editor core, its standard features and TypeScript support (not the ~80
 * other languages), with its web workers through Vite's `?worker` imports.
 *
 * Then it teaches the TypeScript service about the code users write: the
 * TensorFlow.js declarations (`tf`) and the playground's helper API (`lab`),
 * added as extra libraries (see type-libs.ts).
 */
import type * as MonacoEditor from 'monaco-editor/editor';
import { EDITOR_TS_LIBS } from './editor-libs';

export type Monaco = typeof MonacoEditor;
export type MonacoTypeScript = typeof import('monaco-editor/languages/features/typescript/register');

export interface LoadedMonaco {
  readonly monaco: Monaco;
  readonly typescript: MonacoTypeScript;
}

let loading: Promise<LoadedMonaco> | null = null;

async function load(): Promise<LoadedMonaco> {
  const [{ default: EditorWorker }, { default: TsWorker }] = await Promise.all([
    import('monaco-editor/editor/editor.worker?worker'),
    import('monaco-editor/languages/features/typescript/ts.worker?worker'),
  ]);
  // Monaco asks for a worker per language service; without the plain editor
  // worker it cannot compute diffs, links or word completions.
  globalThis.MonacoEnvironment = {
    getWorker: (_workerId: string, label: string): Worker =>
      label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker(),
  };
  const [monaco, typescript] = await Promise.all([
    import('monaco-editor/editor'),
    import('monaco-editor/languages/features/typescript/register'),
    import('monaco-editor/features/register.all'),
    import('monaco-editor/languages/definitions/typescript/register'),
  ]);
  await configureTypeScript(typescript);
  return { monaco, typescript };
}

/** How the user's code is checked: a module in a worker, strict, modern JS. */
async function configureTypeScript(ts: MonacoTypeScript): Promise<void> {
  const defaults = ts.typescriptDefaults;
  defaults.setCompilerOptions({
    target: ts.ScriptTarget.ES2020,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.NodeJs,
    strict: true,
    noEmit: true,
    allowNonTsExtensions: true,
    lib: [...EDITOR_TS_LIBS],
  });
  defaults.setDiagnosticsOptions({
    noSemanticValidation: false,
    noSyntaxValidation: false,
    // The runtime runs the code as the body of an async function, so
    // top-level `await` is fine even though the file is a script (it uses
    // the global `tf` and `lab` and has no imports): 1375/1378 say
    // "only allowed in modules", 1431/1432 the same for `for await`.
    diagnosticCodesToIgnore: [1375, 1378, 1431, 1432],
  });
  // Lets TypeScript see every extra library at once (faster first answers).
  defaults.setEagerModelSync(true);
  const { loadTypeLibs } = await import('./type-libs');
  for (const lib of await loadTypeLibs()) defaults.addExtraLib(lib.content, lib.path);
}

/** The one Monaco instance; later calls share the first load. */
export function loadMonaco(): Promise<LoadedMonaco> {
  if (!loading) {
    loading = load().catch((error: unknown) => {
      loading = null; // let a later attempt retry (e.g. a chunk failed to fetch)
      throw error;
    });
  }
  return loading;
}

/**
 * `getTypeScriptWorker()` right after the editor is created can reject with
 * "TypeScript not registered!" while the language loads: retry for a while.
 */
export async function whenTypeScriptReady(ts: MonacoTypeScript, attempts = 40): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    try {
      await ts.getTypeScriptWorker();
      return true;
    } catch {
      await new Promise((done) => setTimeout(done, 250));
    }
  }
  return false;
}
