/**
 * `lab.progress`: the progress bar for training loops written by hand
 * (`optimizer.minimize` per batch), which `lab.fitCallbacks` cannot see.
 * Same event and pace as fitCallbacks: at most one message per interval,
 * plus one at every epoch's end, so a loop may call it after every batch.
 *
 * Time left is a linear extrapolation from the first call:
 * elapsed / batches done × batches left (epochs when no batch count is given).
 */
import { estimateEtaMs } from '../fit-callbacks';
import type { WorkerEvent } from '../protocol';

type Progress = Omit<Extract<WorkerEvent, { type: 'progress' }>, 'type' | 'runId'>;

export interface ProgressDeps {
  readonly now: () => number;
  readonly send: (progress: Progress) => void;
  /** At most one message this often (ms), except at epoch ends. */
  readonly intervalMs?: number;
}

function count(value: unknown, what: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new RangeError(`lab.progress: ${what} must be a whole number ≥ ${min}, got ${String(value)}`);
  }
  return value;
}

export function createProgress(deps: ProgressDeps): (state: LabProgress) => void {
  const interval = deps.intervalMs ?? 50;
  let startedAt: number | null = null;
  let lastSentAt = -Infinity;
  return (state) => {
    const epochs = count(state?.epochs, 'epochs', 1);
    const epoch = count(state.epoch, 'epoch', 1);
    if (epoch > epochs) throw new RangeError(`lab.progress: epoch ${epoch} is past epochs (${epochs})`);
    const batches = state.batches === undefined ? 0 : count(state.batches, 'batches', 1);
    const batch = state.batch === undefined ? batches : count(state.batch, 'batch', 0);
    if (batches > 0 && batch > batches) throw new RangeError(`lab.progress: batch ${batch} is past batches (${batches})`);

    const t = deps.now();
    startedAt ??= t;
    const epochEnd = batches === 0 || batch === batches;
    if (!epochEnd && t - lastSentAt < interval) return;
    lastSentAt = t;
    const elapsedMs = t - startedAt;
    const done = batches > 0 ? (epoch - 1) * batches + batch : epoch;
    const total = batches > 0 ? epochs * batches : epochs;
    deps.send({ epoch, epochs, batch, batches, elapsedMs, etaMs: estimateEtaMs(elapsedMs, done, total) });
  };
}
