/**
 * Shared by the runtime's and the examples' unit tests: tfjs on the cpu
 * backend, a runner that collects events, and public/ served over HTTP (as
 * the site serves it) so `lab.url`, `lab.fetchJSON` and
 * `tf.loadLayersModel(lab.url(…))` work in Node.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import sirv from 'sirv';
import type { GpuCounts } from '../../../src/runtime/gpu-counters';
import { runUserCode } from '../../../src/runtime/runner';
import { createRunScope, type RunScope } from '../../../src/runtime/sandbox/run-scope';
import { parseEvent, type ControlValue, type WorkerEvent } from '../../../src/runtime/protocol';

const PUBLIC_DIR = resolve(import.meta.dirname, '../../../public');
let publicServer: Promise<string> | null = null;

/** The base URL of public/ on a local server, started once per test file (it does not keep Node alive). */
export function publicBaseUrl(): Promise<string> {
  publicServer ??= new Promise<string>((done, fail) => {
    const serve = sirv(PUBLIC_DIR, { dev: true });
    const server: Server = createServer((req, res) => {
      // No keep-alive: a socket the server times out while Node's fetch reuses it fails the fetch.
      res.setHeader('Connection', 'close');
      serve(req, res, () => {
        res.statusCode = 404;
        res.end('not found');
      });
    });
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      server.unref();
      done(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    });
  });
  return publicServer;
}

let ready: Promise<void> | null = null;
/** tfjs in Node: the cpu backend (pure JS), the one the runtime's reproducibility promise is about. */
export function cpuTf(): Promise<typeof tf> {
  ready ??= tf.setBackend('cpu').then((okay) => {
    if (!okay) throw new Error('tfjs cpu backend did not start');
  });
  return ready.then(() => tf);
}

export interface RunCodeOptions {
  readonly seed?: number;
  readonly scale?: number;
  readonly runId?: number;
  /** Values for `lab.control`, by name, as the page would send them. */
  readonly controls?: Readonly<Record<string, ControlValue>>;
  /** Where `lab.url` resolves; default: public/ on a local server. */
  readonly baseUrl?: string;
  /** Told why, when the run changed what a later run would see (the worker would then be replaced). */
  readonly onRetire?: (reason: string) => void;
  /** The worker's GPU dispatch and submit totals (runtime/gpu-counters.ts): given, the run reports its GPU work. */
  readonly gpuCounts?: () => GpuCounts;
  /** An exercise's checker, run after the code (runtime/checks.ts). */
  readonly checker?: string;
}

let runScope: RunScope | null = null;
/** The worker's run scope (timers, listeners, globals), over Node's global scope: one, like the worker's. */
function sharedRunScope(tfjs: typeof tf): RunScope {
  runScope ??= createRunScope(globalThis, tfjs);
  return runScope;
}

export async function runCode(code: string, options: RunCodeOptions = {}): Promise<WorkerEvent[]> {
  const tfjs = await cpuTf();
  const baseUrl = options.baseUrl ?? (await publicBaseUrl());
  const events: WorkerEvent[] = [];
  const refused: string[] = [];
  await runUserCode({
    tf: tfjs,
    runId: options.runId ?? 1,
    code,
    ...(options.checker !== undefined ? { checker: options.checker } : {}),
    seed: options.seed ?? 42,
    scale: options.scale ?? 1,
    backend: 'cpu',
    controls: options.controls ?? {},
    baseUrl,
    emit: (event) => {
      events.push(event);
      // Every event must pass the page's check: a refused one would end the run in the browser.
      const checked = parseEvent(event);
      if (!checked.ok) refused.push(`${checked.error.kind} ${checked.error.field}: ${checked.error.problem}`);
    },
    scope: sharedRunScope(tfjs),
    ...(options.onRetire ? { retire: options.onRetire } : {}),
    ...(options.gpuCounts ? { gpuCounts: options.gpuCounts } : {}),
  });
  if (refused.length > 0) throw new Error(`the runner emitted events the page would refuse:\n${refused.join('\n')}`);
  return events;
}

export const ofType = <T extends WorkerEvent['type']>(events: readonly WorkerEvent[], type: T): Extract<WorkerEvent, { type: T }>[] =>
  events.filter((e): e is Extract<WorkerEvent, { type: T }> => e.type === type);

export function finalEvent(events: readonly WorkerEvent[]): WorkerEvent {
  const last = events.at(-1);
  if (!last) throw new Error('the run emitted nothing');
  return last;
}
