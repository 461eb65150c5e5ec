/** Shared by the runtime's unit tests: tfjs on the cpu backend, and a runner that collects events. */
import * as tf from '@tensorflow/tfjs';
import { runUserCode } from '../../../src/runtime/runner';
import type { WorkerEvent } from '../../../src/runtime/protocol';

let ready: Promise<void> | null = null;
/** tfjs in Node: the cpu backend (pure JS), the one the runtime's reproducibility promise is about. */
export function cpuTf(): Promise<typeof tf> {
  ready ??= tf.setBackend('cpu').then((okay) => {
    if (!okay) throw new Error('tfjs cpu backend did not start');
  });
  return ready.then(() => tf);
}

export async function runCode(code: string, options: { seed?: number; scale?: number; runId?: number } = {}): Promise<WorkerEvent[]> {
  const tfjs = await cpuTf();
  const events: WorkerEvent[] = [];
  await runUserCode({
    tf: tfjs,
    runId: options.runId ?? 1,
    code,
    seed: options.seed ?? 42,
    scale: options.scale ?? 1,
    backend: 'cpu',
    emit: (event) => events.push(event),
  });
  return events;
}

export const ofType = <T extends WorkerEvent['type']>(events: readonly WorkerEvent[], type: T): Extract<WorkerEvent, { type: T }>[] =>
  events.filter((e): e is Extract<WorkerEvent, { type: T }> => e.type === type);

export function finalEvent(events: readonly WorkerEvent[]): WorkerEvent {
  const last = events.at(-1);
  if (!last) throw new Error('the run emitted nothing');
  return last;
}
