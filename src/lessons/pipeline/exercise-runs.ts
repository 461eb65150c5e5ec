/**
 * The proof that each code exercise's checker checks: its solution passes
 * and its starter fails, run as the page runs them (the runner core, the
 * run scope, TensorFlow.js on the cpu backend) with a time limit. Used by
 * check:content and by the exercises' unit test; not by the build (it would
 * load TensorFlow.js into Vite).
 */
import type * as tfjs from '@tensorflow/tfjs';
import { CHECK_TIME_LIMIT_MS } from '../../exercises/check-limit';
import { checkVerdict, type CheckVerdict } from '../../exercises/verdict';
import type { WorkerEvent } from '../../runtime/protocol';
import { runUserCode } from '../../runtime/runner';
import { createRunScope, type RunScope } from '../../runtime/sandbox/run-scope';
import type { CodeExerciseRun } from './exercises';

/** A check run longer than this fails: the page's own limit. */
const CHECK_RUN_LIMIT_MS = CHECK_TIME_LIMIT_MS;

export interface CheckRun {
  readonly verdict: CheckVerdict;
  readonly events: readonly WorkerEvent[];
  /** The error's message, when the run failed. */
  readonly error: string | null;
}

let setup: Promise<{ tf: typeof tfjs; scope: RunScope }> | null = null;
function cpu() {
  setup ??= import('@tensorflow/tfjs').then(async (tf) => {
    await tf.setBackend('cpu');
    return { tf, scope: createRunScope(globalThis, tf) };
  });
  return setup;
}

let nextRunId = 1;
export async function runWithChecker(code: string, checker: string): Promise<CheckRun> {
  const { tf, scope } = await cpu();
  const events: WorkerEvent[] = [];
  const runId = nextRunId++;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), CHECK_RUN_LIMIT_MS);
  });
  const ran = await Promise.race([
    runUserCode({ tf, runId, code, checker, seed: 42, scale: 1, backend: 'cpu', controls: {}, baseUrl: 'http://localhost/', emit: (e) => events.push(e), scope }).then(() => 'ran' as const),
    timedOut,
  ]);
  clearTimeout(timer);
  const last = events.at(-1);
  const ended = ran === 'timeout' ? 'stopped' : last?.type === 'done' ? 'done' : 'error';
  const checks = events.filter((e): e is Extract<WorkerEvent, { type: 'check' }> => e.type === 'check');
  const error = ran === 'timeout' ? `took longer than ${CHECK_RUN_LIMIT_MS / 1000} s` : last?.type === 'error' ? last.message : null;
  return { verdict: checkVerdict(ended, checks), events, error };
}

/** Problems with one code exercise: a solution that does not pass, a starter that passes. */
export async function proveChecker(run: CodeExerciseRun): Promise<string[]> {
  const problems: string[] = [];
  const solution = await runWithChecker(run.solution, run.checker);
  if (solution.verdict.kind !== 'passed') {
    const failing = solution.events.flatMap((e) => (e.type === 'check' && !e.passed ? [`${e.label.en} (got ${e.got ?? '?'}, expected ${e.expected ?? '?'})`] : []));
    problems.push(`exercise "${run.id}": the solution does not pass its checker (${solution.verdict.kind}${solution.error ? `: ${solution.error}` : ''}${failing.length > 0 ? `: ${failing.join('; ')}` : ''})`);
  }
  const starter = await runWithChecker(run.starter, run.checker);
  if (starter.verdict.kind === 'passed') problems.push(`exercise "${run.id}": the starter passes its checker, so the checker does not check the exercise`);
  return problems;
}
