/**
 * The code-running worker: the only place TensorFlow.js is imported. It
 * keeps one tfjs instance across runs (a backend starts once), picks the
 * backend each run asks for, and hands the code to the runner core, which
 * leaves no tensors, timers or globals behind. Stop is `terminate()` from
 * the page.
 *
 * Before any student code can run, the worker
 *  1. takes the private port the page sends in its first message and talks
 *     only through it (protocol/channel.ts): what student code posts
 *     elsewhere never reaches the page;
 *  2. locks its global scope down (sandbox/lockdown.ts): no Cache Storage,
 *     no IndexedDB but tfjs's model store, no network beyond the site's own
 *     files, no more workers, no `postMessage` or `close`;
 *  3. wraps its timers and listeners so each run's end cancels them
 *     (sandbox/run-scope.ts).
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-webgpu';
import { selectBackend } from './backend';
import { createEventPump } from './event-pump';
import { gpuOf, webglRenderer } from './gpu';
import { installGpuCounters } from './gpu-counters';
import type { RunRequest, WorkerMessage } from './protocol';
import { CONNECT_MESSAGE } from './protocol/wire';
import { runUserCode } from './runner';
import { lockDown } from './sandbox/lockdown';
import { createRunScope } from './sandbox/run-scope';

/** The worker global scope, typed by hand: the app's lib is DOM, not WebWorker. */
interface WorkerScope {
  readonly navigator: unknown;
  addEventListener(type: 'message', listener: (e: MessageEvent<unknown>) => void): void;
  addEventListener(type: 'error', listener: (e: ErrorEvent) => void): void;
  addEventListener(type: 'unhandledrejection', listener: (e: PromiseRejectionEvent) => void): void;
  removeEventListener(type: 'message', listener: (e: MessageEvent<unknown>) => void): void;
}
const scope = self as unknown as WorkerScope;
// Before any student code: the GPU work each WebGPU run makes, for its report.
const gpuCounts = installGpuCounters(self);
// Taken now, before student code could replace it: Auto asks it whether WebGL is emulated.
const OffscreenCanvasClass = typeof OffscreenCanvas === 'undefined' ? undefined : OffscreenCanvas;
/** The WebGL renderer's name, probed once per worker (a WebGL context per run would cost every Auto run). */
let rendererName: string | null | undefined;
const rendererOnce = (): string | null => (rendererName === undefined ? (rendererName = webglRenderer(OffscreenCanvasClass)) : rendererName);

// Taken now, before student code could replace them.
const now = performance.now.bind(performance);
const setTimer = setTimeout.bind(self);
let send: ((batch: WorkerMessage[]) => void) | null = null;
const pump = createEventPump({ post: (batch) => send?.(batch), now, setTimer });
const post = (message: WorkerMessage): void => pump.push(message);

/** The app's base URL, from the current run's request (a blob: worker's own location cannot serve as one). */
let baseUrl = 'http://invalid.localhost/';
let currentRunId: number | null = null;
let failRun: ((error: unknown) => void) | null = null;
let queue: Promise<void> = Promise.resolve();
let runScope: ReturnType<typeof createRunScope> | null = null;

async function handleRun(request: RunRequest): Promise<void> {
  currentRunId = request.runId;
  baseUrl = request.baseUrl;
  const selection = await selectBackend(tf, request.backend, { gpu: gpuOf(scope.navigator), webglRenderer: rendererOnce });
  if (!selection.ok) {
    post({ type: 'error', runId: request.runId, phase: 'backend', message: selection.error, line: null, column: null, backend: null });
    return;
  }
  const { info, lost } = selection.value;
  post({ type: 'started', runId: request.runId, info });
  const uncaught = new Promise<never>((_, reject) => {
    failRun = reject;
  });
  uncaught.catch(() => undefined);
  try {
    await runUserCode({
      tf,
      runId: request.runId,
      code: request.code,
      ...(request.checker !== undefined ? { checker: request.checker } : {}),
      seed: request.seed,
      scale: request.scale,
      controls: request.controls,
      baseUrl: request.baseUrl,
      backend: info.backend,
      emit: post,
      now,
      uncaught,
      retire: (reason) => post({ type: 'retire', reason }),
      ...(runScope ? { scope: runScope } : {}),
      ...(lost ? { backendFailure: lost } : {}),
      ...(gpuCounts && info.backend === 'webgpu' ? { gpuCounts } : {}),
    });
  } finally {
    failRun = null;
    currentRunId = null;
  }
}

/**
 * A run request. Only the page holds the other end of this port, and the
 * page checks every request against the protocol's schema before sending it
 * (client.ts): the worker does not check it again, so its chunk carries no
 * schema library.
 */
function onRequest(e: MessageEvent<unknown>): void {
  const request = e.data as RunRequest;
  // The page runs one at a time, but queue anyway so two runs never share tfjs state.
  queue = queue.then(() => handleRun(request)).catch((error: unknown) => {
    post({ type: 'error', runId: request.runId, phase: 'runtime', message: String(error), line: null, column: null, backend: null });
  });
}

/** The page's first message carries the private port; nothing else on this channel is read. */
function onConnect(e: MessageEvent<unknown>): void {
  const data = e.data as { type?: unknown } | null;
  const port = e.ports[0];
  if (data?.type !== CONNECT_MESSAGE || e.ports.length !== 1 || !port) return;
  scope.removeEventListener('message', onConnect);
  send = MessagePort.prototype.postMessage.bind(port) as (batch: WorkerMessage[]) => void;
  port.onmessage = onRequest;
  lockDown(self, () => baseUrl);
  runScope = createRunScope(self, tf);
  post({ type: 'ready' });
}
scope.addEventListener('message', onConnect);

// An error thrown where nothing can catch it (a timer's callback) ends the run it belongs to.
scope.addEventListener('error', (e: ErrorEvent) => {
  e.preventDefault();
  failRun?.(e.error ?? new Error(e.message));
});

// Promises the user's code forgot to await still deserve a message.
scope.addEventListener('unhandledrejection', (e: PromiseRejectionEvent) => {
  e.preventDefault();
  if (currentRunId === null) return;
  const reason: unknown = e.reason;
  let message: string;
  try {
    message = reason instanceof Error ? reason.message : String(reason);
  } catch {
    message = 'a value that cannot be shown';
  }
  post({ type: 'print', runId: currentRunId, level: 'error', value: { kind: 'text', text: `Unhandled promise rejection: ${message}`.slice(0, 10_000) } });
});
