/**
 * One measurement: the speed lab's program (content/speed-lab/measure.ts)
 * run through the runtime client, like any example, on one backend chosen by
 * hand. The program reports through `lab.metrics`; the run's `started`
 * event says which backend actually ran (a backend that is not offered falls
 * back, and then this backend was not measured), and its `done` event the
 * GPU dispatches per step.
 */
import type { RuntimeClient } from '../runtime/client';
import type { BackendInfo, BackendName, WorkerEvent } from '../runtime/protocol';
import type { SpeedModelId } from './models';
import { MEASURE_PROGRAM } from './program';
import type { SpeedRow } from './results';

export interface MeasureRequest {
  readonly model: SpeedModelId;
  readonly backend: BackendName;
  /** Timed steps after the first. */
  readonly steps: number;
  /** The test scale (editor/test-scale.ts): shrinks the steps in tests only. */
  readonly scale?: number;
  /** Told of each training step done (for a progress bar). */
  readonly onStep?: (done: number, total: number) => void;
  /**
   * The program's `fused kernels` control (default true): the CNN and the
   * transformer as lab.cnn and lab.transformer, or with tfjs's own ops.
   */
  readonly fusedKernels?: boolean;
}

const number = (values: Readonly<Record<string, number>>, name: string): number | null => {
  const value = values[name];
  return typeof value === 'number' ? value : null;
};

/** Runs the measurement and resolves with its row; a failure is a row too (with its reason). */
export async function measure(client: RuntimeClient, request: MeasureRequest): Promise<SpeedRow> {
  const { model, backend } = request;
  /** What the run's events said: the backend it started on, and the numbers the program reported. */
  const said: { started: BackendInfo | null; metrics: Readonly<Record<string, number>> } = { started: null, metrics: {} };
  const onEvent = (event: WorkerEvent): void => {
    if (event.type === 'started') {
      said.started = event.info;
    } else if (event.type === 'metrics') {
      said.metrics = event.values;
    } else if (event.type === 'progress') {
      request.onStep?.(event.done, event.total);
    }
  };
  const { outcome } = client.run(MEASURE_PROGRAM, { backend, scale: request.scale ?? 1, controls: { model, steps: request.steps, 'fused kernels': request.fusedKernels === false ? 'no' : 'yes' } }, onEvent);
  const ended = await outcome;
  const failed = (reason: string): SpeedRow => ({ kind: 'failed', model, backend, reason });
  const { started, metrics } = said;
  if (started && started.backend !== backend) return failed(started.fellBackFrom?.reason ?? `the run used ${started.backend} instead`);
  if (ended.kind === 'stopped') return failed('stopped');
  if (ended.kind === 'error') return failed(ended.message);
  const stepsPerSecond = number(metrics, 'stepsPerSecond');
  const firstStepMs = number(metrics, 'firstStepMs');
  const loss = number(metrics, 'loss');
  const params = number(metrics, 'params');
  const steps = number(metrics, 'steps');
  const bytes = number(metrics, 'bytes');
  if (stepsPerSecond === null || firstStepMs === null || loss === null || params === null || steps === null || bytes === null) {
    return failed('the measurement reported no numbers');
  }
  const work = ended.memory.gpuWork;
  const perStep = (n: number | undefined): number | null => (work && work.steps > 0 && n !== undefined ? n / work.steps : null);
  return {
    kind: 'measured',
    model,
    backend,
    adapter: started?.adapter ?? null,
    params,
    steps,
    firstStepMs,
    stepsPerSecond,
    loss,
    bytes,
    dispatchesPerStep: perStep(work?.dispatches),
    submitsPerStep: perStep(work?.submits),
  };
}
