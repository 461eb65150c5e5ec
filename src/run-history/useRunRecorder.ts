/**
 * Records every run of an example that ends `done` (not stopped, not failed)
 * in the run history (store/runs.ts): the code and seed it was started with,
 * the backend it ran on, the values its settings had (under their English
 * names, control-aliases.ts), its final metrics and curves.
 *
 * It wraps the pane's runner: `run` and `restart` note the code they start,
 * and the note is bound to the run id the output shows next, so a run that
 * was stopped for a restart never lends its code to the next one. The store
 * is loaded with the first recorded run, not with the code pane.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { ControlAlias } from '../lessons/types';
import { DEFAULT_SEED } from '../runtime/client';
import { savedSetting } from '../editor/control-aliases';
import type { Runner } from '../editor/useRunner';

interface Started {
  readonly code: string;
  readonly seed: number;
}

/** `runner`, with its finished runs recorded under `example` (`<lesson>/<example>`). */
export function useRunRecorder(runner: Runner, example: string, aliases: readonly ControlAlias[] = []): Runner {
  const noted = useRef<Started | null>(null);
  const bound = useRef<(Started & { runId: number }) | null>(null);
  const recorded = useRef<number | null>(null);
  const { output } = runner;

  useEffect(() => {
    if (output.runId === null || bound.current?.runId === output.runId || !noted.current) return;
    bound.current = { ...noted.current, runId: output.runId };
    noted.current = null;
  }, [output.runId]);

  useEffect(() => {
    const started = bound.current;
    const backend = output.info?.backend;
    if (output.status !== 'done' || !started || started.runId !== output.runId || recorded.current === output.runId || !backend) return;
    recorded.current = output.runId;
    const settings = Object.fromEntries(output.controls.map((c) => savedSetting(aliases, c.name, c.value)));
    const input = { code: started.code, seed: started.seed, backend, settings, metrics: output.metrics, charts: output.charts, durationMs: output.summary?.durationMs ?? 0 };
    void import('../store/runs').then(({ useRuns }) => useRuns.getState().record(example, input));
  }, [output, example, aliases]);

  const { run, restart } = runner;
  const wrapped = useMemo(() => {
    // Whatever else they take, both start with the code; a fourth argument, when given, is the seed.
    const note =
      <A extends [string, ...unknown[]]>(start: (...args: A) => void) =>
      (...args: A) => {
        noted.current = { code: args[0], seed: typeof args[3] === 'number' ? args[3] : DEFAULT_SEED };
        start(...args);
      };
    return { run: note(run), restart: note(restart) };
  }, [run, restart]);
  return { ...runner, ...wrapped };
}
