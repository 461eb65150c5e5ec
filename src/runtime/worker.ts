/**
 * The code-running worker: the only place TensorFlow.js is imported. It
 * keeps one tfjs instance across runs (a backend starts once), picks the
 * backend each run asks for, and hands the code to the runner core, which
 * leaves no tensors behind. Stop is `terminate()` from the page.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { selectBackend } from './backend';
import { gpuOf } from './gpu';
import { parseRequest, type RunRequest, type WorkerEvent, type WorkerMessage } from './protocol';
import { runUserCode } from './runner';

/** The worker global scope, typed by hand: the app's lib is DOM, not WebWorker. */
interface WorkerScope {
  readonly navigator: unknown;
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (e: PromiseRejectionEvent) => void): void;
}
const scope = self as unknown as WorkerScope;
const post = (message: WorkerMessage): void => scope.postMessage(message);

let currentRunId: number | null = null;
let queue: Promise<void> = Promise.resolve();

async function handleRun(request: RunRequest): Promise<void> {
  currentRunId = request.runId;
  const selection = await selectBackend(tf, request.backend, gpuOf(scope.navigator));
  if (!selection.ok) {
    post({ type: 'error', runId: request.runId, phase: 'backend', message: selection.error, line: null, column: null, backend: null });
    return;
  }
  const { info, lost } = selection.value;
  post({ type: 'started', runId: request.runId, info });
  await runUserCode({
    tf,
    runId: request.runId,
    code: request.code,
    seed: request.seed,
    scale: request.scale,
    controls: request.controls,
    baseUrl: request.baseUrl,
    backend: info.backend,
    emit: (event: WorkerEvent) => post(event),
    ...(lost ? { backendFailure: lost } : {}),
  });
}

scope.addEventListener('message', (e: MessageEvent<unknown>) => {
  const request = parseRequest(e.data);
  if (!request) return; // not a run request: ignore rather than crash
  // The page runs one at a time, but queue anyway so two runs never share tfjs state.
  queue = queue.then(() => handleRun(request)).catch((error: unknown) => {
    post({ type: 'error', runId: request.runId, phase: 'runtime', message: String(error), line: null, column: null, backend: null });
  });
});

// Promises the user's code forgot to await still deserve a message.
scope.addEventListener('unhandledrejection', (e: PromiseRejectionEvent) => {
  e.preventDefault();
  if (currentRunId === null) return;
  const reason: unknown = e.reason;
  const message = reason instanceof Error ? reason.message : String(reason);
  post({ type: 'print', runId: currentRunId, level: 'error', value: { kind: 'text', text: `Unhandled promise rejection: ${message}` } });
});

post({ type: 'ready' });
