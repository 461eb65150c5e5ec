/**
 * Runs the speed lab: every model on every backend this browser offers, one
 * after another in one worker (the CPU first for each model: it is the
 * parity reference), and keeps the report as it grows, so a stopped or
 * failed run still shows what it measured. Emulated GPUs are measured too:
 * the lab is where a reader sees how they compare.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { readTestScale } from '../editor/test-scale';
import { RuntimeClient } from '../runtime/client';
import { detectBackendsOnce, type BackendAvailability } from '../runtime/detect-backends';
import type { BackendName } from '../runtime/protocol';
import { useSpeedLab } from '../store/speed-lab';
import { measure } from './measure';
import { LAB_STEPS, SPEED_MODELS, type SpeedModelId } from './models';
import { browserName, REPORT_FORMAT, REPORT_VERSION, type DeviceInfo, type SpeedReport, type SpeedRow } from './results';

export interface SpeedProgress {
  readonly model: SpeedModelId;
  readonly backend: BackendName;
  /** 1-based pair being measured, of `total` (model × backend). */
  readonly index: number;
  readonly total: number;
  /** Steps of this pair done, of `steps` (first step included). */
  readonly step: number;
  readonly steps: number;
}

export function offeredBackends(a: BackendAvailability): BackendName[] {
  return ['cpu', ...(a.webgpu.available ? (['webgpu'] as const) : []), ...(a.webgl ? (['webgl'] as const) : [])];
}

export function deviceOf(a: BackendAvailability): DeviceInfo {
  return {
    browser: browserName(navigator.userAgent),
    webgpuAdapter: a.webgpu.available ? a.webgpu.adapter : null,
    webgpuSoftware: a.webgpu.software === true,
    webglRenderer: a.webglRenderer ?? null,
  };
}

export interface SpeedRun {
  readonly progress: SpeedProgress | null;
  readonly start: () => void;
  readonly stop: () => void;
}

export function useSpeedRun(): SpeedRun {
  const clientRef = useRef<RuntimeClient | null>(null);
  const stopped = useRef(false);
  /** Read through a function: set by `stop` while the run awaits. */
  const wasStopped = () => stopped.current;
  const [progress, setProgress] = useState<SpeedProgress | null>(null);

  const start = useCallback(() => {
    stopped.current = false;
    const client = (clientRef.current ??= new RuntimeClient());
    void (async () => {
      const offered = await detectBackendsOnce();
      const backends = offeredBackends(offered);
      const pairs = SPEED_MODELS.flatMap((model) => backends.map((backend) => ({ model: model.id, backend })));
      const rows: SpeedRow[] = [];
      const keep = () => {
        const report: SpeedReport = { format: REPORT_FORMAT, version: REPORT_VERSION, measuredAt: new Date().toISOString(), device: deviceOf(offered), rows: [...rows] };
        useSpeedLab.getState().keep(report);
      };
      const scale = readTestScale();
      keep(); // a new report replaces the last one from the start
      try {
        for (const [i, { model, backend }] of pairs.entries()) {
          if (wasStopped()) break;
          const shown = { model, backend, index: i + 1, total: pairs.length };
          setProgress({ ...shown, step: 0, steps: 0 });
          const row = await measure(client, { model, backend, steps: LAB_STEPS, scale, onStep: (step, steps) => setProgress({ ...shown, step, steps }) });
          if (wasStopped()) break;
          rows.push(row);
          keep();
        }
      } finally {
        setProgress(null);
      }
    })();
  }, []);

  const stop = useCallback(() => {
    stopped.current = true;
    clientRef.current?.stop();
  }, []);

  useEffect(
    () => () => {
      stopped.current = true;
      clientRef.current?.dispose();
      clientRef.current = null;
    },
    [],
  );

  return { progress, start, stop };
}
