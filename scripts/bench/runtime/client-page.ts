/**
 * The bench's runtime page: the real RuntimeClient (worker, protocol,
 * lab helpers), timed from the page as the UI would see it.
 */
import example from '../../../content/lessons/neurons-layers-activations/examples/house-prices.ts?raw';
import { RuntimeClient } from '../../../src/runtime/client';
import type { BackendChoice, RunOutcome } from '../../../src/runtime/protocol';
import task from './fit-task.ts?raw';

const client = new RuntimeClient();

export interface TimedRun {
  readonly wallMs: number;
  /** From run() to the first chart event reaching the page. */
  readonly firstChartMs: number | null;
  readonly finalLoss: number | null;
  readonly outcome: RunOutcome;
}

/** `which`: the bench task, the house-prices example, or any other source code. */
async function timedRun(which: string, backend: BackendChoice, scale: number): Promise<TimedRun> {
  await client.ready;
  // Written by the event callback (TypeScript does not see assignments made there, so not `let`s).
  const seen: { firstChartAt: number | null; finalLoss: number | null } = { firstChartAt: null, finalLoss: null };
  const started = performance.now();
  const outcome = await client.run(which === 'task' ? task : which === 'example' ? example : which, { backend, scale }, (event) => {
    if (event.type === 'chart' && seen.firstChartAt === null) seen.firstChartAt = performance.now();
    if (event.type === 'metrics' && typeof event.values['finalLoss'] === 'number') seen.finalLoss = event.values['finalLoss'];
  }).outcome;
  const wallMs = performance.now() - started;
  return { wallMs, firstChartMs: seen.firstChartAt === null ? null : seen.firstChartAt - started, finalLoss: seen.finalLoss, outcome };
}

(window as unknown as { benchClient: typeof timedRun }).benchClient = timedRun;
