/**
 * Auto that measures (speed/auto-pick.ts has the rules): before an example's
 * first run on Auto, each backend Auto may choose trains the speed lab's
 * probe model for a few steps in the runner's own worker; the winner is
 * remembered for this example on this device and used for every later run
 * on Auto, until the browser, GPU adapter or WebGL renderer changes or the
 * reader asks to measure again. With nothing to choose between (the CPU is
 * the only backend that is not an emulated GPU), nothing is measured and
 * the run goes to the worker as "auto", which passes over emulated GPUs
 * itself and says so in the badge.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RuntimeClient } from '../runtime/client';
import { detectBackendsOnce, detectedBackends, type BackendAvailability } from '../runtime/detect-backends';
import type { BackendChoice, BackendName } from '../runtime/protocol';
import { autoCandidates, deviceKey, passedOver, pickFromMeasurements, probeModelFor, PROBE_STEPS, type AutoPick } from '../speed/auto-pick';
import { measure } from '../speed/measure';
import { browserName, type SpeedRow } from '../speed/results';
import { useAutoPicks } from '../store/auto-picks';

export interface AutoMeasuring {
  readonly backend: BackendName;
  /** 1-based: "measuring WebGPU, 2 of 3". */
  readonly index: number;
  readonly total: number;
}

export interface AutoBackend {
  /**
   * Calls `start` with the backend to send for a run of `code` on `chosen`:
   * a backend chosen by hand as it is; on Auto the measured choice
   * (remembered, or measured now), or 'auto' when there is nothing to
   * measure. In the same task when it is known at once (the run starts with
   * its click); never when the reader stopped the measuring.
   */
  readonly startOn: (chosen: BackendChoice, code: string, start: (backend: BackendChoice) => void) => void;
  /** Which candidate is being measured, while Auto measures. */
  readonly measuring: AutoMeasuring | null;
  /** This example's remembered choice on this device, shown with its reason (null until the backends are known). */
  readonly pick: AutoPick | null;
  /** Stops the measuring (the worker is replaced, as Stop does for a run). */
  readonly stop: () => void;
  /** Forgets the choice: the next run on Auto measures again. */
  readonly forget: () => void;
}

/** This browser on this machine, as far as speed goes (auto-pick.ts `deviceKey`). */
const thisDevice = (offered: BackendAvailability): string => deviceKey(browserName(navigator.userAgent), offered);

/** The candidates in measuring order: the CPU first, the reference the others' losses are checked against. */
const measuringOrder = (candidates: readonly BackendName[]): BackendName[] => ['cpu', ...candidates.filter((b) => b !== 'cpu')];

/** This device's key, once the backends are known; asked for only when `wanted` (the reader turned to the code). */
function useDevice(wanted: boolean): string | null {
  const [device, setDevice] = useState<string | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let cancelled = false;
    void detectBackendsOnce().then((offered) => {
      if (!cancelled) setDevice(thisDevice(offered));
    });
    return () => {
      cancelled = true;
    };
  }, [wanted]);
  return device;
}

export function useAutoBackend(key: string, client: () => RuntimeClient, wanted: boolean): AutoBackend {
  const remembered = useAutoPicks((s) => s.picks[key] ?? null);
  const device = useDevice(wanted);
  const pick = remembered && remembered.device === device ? remembered : null;
  const [measuring, setMeasuring] = useState<AutoMeasuring | null>(null);
  const stopped = useRef(false);
  /** Read through a function: set by `stop` while `resolve` awaits. */
  const wasStopped = () => stopped.current;
  // A pane closed while Auto measures: the runner disposes its client, and no further candidate may start a worker.
  useEffect(
    () => () => {
      stopped.current = true;
    },
    [],
  );

  /** The remembered choice, or 'auto' with nothing to choose between; null when Auto must measure. */
  const known = useCallback(
    (offered: BackendAvailability): BackendChoice | null => {
      const candidates = autoCandidates(offered);
      if (candidates.length === 1) return 'auto';
      const remembered = useAutoPicks.getState().picks[key];
      const current = thisDevice(offered);
      return remembered && remembered.device === current && candidates.includes(remembered.backend) ? remembered.backend : null;
    },
    [key],
  );

  const measureAndPick = useCallback(
    async (offered: BackendAvailability, code: string): Promise<BackendName | null> => {
      const model = probeModelFor(code);
      const order = measuringOrder(autoCandidates(offered));
      const rows: SpeedRow[] = [];
      stopped.current = false;
      try {
        for (const [i, backend] of order.entries()) {
          setMeasuring({ backend, index: i + 1, total: order.length });
          // The course's examples train convolutions and attention with tfjs's own ops (tf.layers,
          // model.fit, tf.train): that is the work to measure, not lab.cnn's or lab.transformer's fused step.
          const row = await measure(client(), { model, backend, steps: PROBE_STEPS, fusedKernels: false });
          if (wasStopped()) return null;
          rows.push(row);
        }
      } finally {
        setMeasuring(null);
      }
      const chosen = pickFromMeasurements(rows, passedOver(offered));
      const device = thisDevice(offered);
      useAutoPicks.getState().remember(key, { ...chosen, model, measuredAt: new Date().toISOString(), device });
      return chosen.backend;
    },
    [client, key],
  );

  const resolve = useCallback(
    (code: string): BackendChoice | Promise<BackendChoice | null> => {
      // Known at once (backends detected, choice remembered): the run starts in the click's own task.
      const offered = detectedBackends();
      const now = offered ? known(offered) : null;
      if (now !== null) return now;
      return detectBackendsOnce().then((found) => known(found) ?? measureAndPick(found, code));
    },
    [known, measureAndPick],
  );

  const startOn = useCallback(
    (chosen: BackendChoice, code: string, start: (backend: BackendChoice) => void) => {
      if (chosen !== 'auto') {
        start(chosen);
        return;
      }
      const resolved = resolve(code);
      if (typeof resolved === 'string') start(resolved);
      else
        void resolved.then((measured) => {
          if (measured !== null) start(measured);
        });
    },
    [resolve],
  );

  const stop = useCallback(() => {
    stopped.current = true;
    client().stop();
  }, [client]);

  const forget = useCallback(() => useAutoPicks.getState().forget(key), [key]);

  return { startOn, measuring, pick, stop, forget };
}
