/**
 * `lab.progress`: the progress bar for training loops written by hand
 * (`optimizer.minimize` per batch), which `lab.fitCallbacks` cannot see.
 * Same reporter as fitCallbacks (progress-reporter.ts): at most one message
 * per interval, plus one at every epoch's end, so a loop may call it after
 * every batch. This file checks the student's numbers and counts the work
 * done: batches, or whole epochs when no batch count is given.
 */
import { createProgressReporter, type ProgressReporterDeps } from '../progress-reporter';
import { fieldsOf } from './untrusted';

function count(value: unknown, what: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new RangeError(`lab.progress: ${what} must be a whole number ≥ ${min}, got ${String(value)}`);
  }
  return value;
}

export function createProgress(deps: ProgressReporterDeps): (input: unknown) => void {
  const report = createProgressReporter(deps);
  return (input) => {
    const state = fieldsOf<LabProgress>(input);
    const epochs = count(state.epochs, 'epochs', 1);
    const epoch = count(state.epoch, 'epoch', 1);
    if (epoch > epochs) throw new RangeError(`lab.progress: epoch ${epoch} is past epochs (${epochs})`);
    const batches = state.batches === undefined ? 0 : count(state.batches, 'batches', 1);
    const batch = state.batch === undefined ? batches : count(state.batch, 'batch', 0);
    if (batches > 0 && batch > batches) throw new RangeError(`lab.progress: batch ${batch} is past batches (${batches})`);

    const units = batches > 0 ? { done: (epoch - 1) * batches + batch, total: epochs * batches } : { done: epoch, total: epochs };
    const epochEnd = batches === 0 || batch === batches;
    report({ epoch, epochs, batch, batches }, units, epochEnd);
  };
}
