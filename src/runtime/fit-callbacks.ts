// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the ambient `LabFitOptions` type comes from the user-facing API file
/// <reference path="./lab-api.d.ts" />
/**
 * `lab.fitCallbacks()`: one tfjs Callback that streams a `model.fit` run to
 * the page — chart points (per epoch or per batch), progress (epoch, batch,
 * elapsed, time left) and the final metrics. A subclass of `tf.Callback`
 * rather than plain `{ onEpochEnd }` hooks, because only a Callback gets
 * `params` (epochs, steps, samples, batch size) needed for the progress bar.
 */
import type * as tfjs from '@tensorflow/tfjs';
import type { ChartBuffer } from './chart-buffer';
import { createProgressReporter, type Progress } from './progress-reporter';

type Tf = typeof tfjs;
type UnresolvedLogs = Record<string, number | tfjs.Scalar | undefined>;

export interface FitCallbackDeps {
  readonly tf: Tf;
  readonly charts: ChartBuffer;
  readonly progress: (event: Progress) => void;
  readonly metrics: (values: Record<string, number>) => void;
  readonly now: () => number;
  /** Called once per batch trained (the run's count of training steps). */
  readonly step?: () => void;
}

/** The series a chart draws from the logs: `loss` → loss, val_loss; `acc` also matches `accuracy`. */
export function seriesForChart(chart: string, logKeys: readonly string[]): string[] {
  const aliases = chart === 'acc' || chart === 'accuracy' ? ['acc', 'accuracy'] : [chart];
  const wanted = new Set(aliases.flatMap((name) => [name, `val_${name}`]));
  return logKeys.filter((key) => wanted.has(key));
}

/** Epoch logs may hold scalar tensors (BaseLogger's running totals): read them as numbers. */
async function resolveLogs(logs: UnresolvedLogs | undefined): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(logs ?? {})) {
    if (typeof value === 'number') out[key] = value;
    else if (value !== undefined && typeof value.data === 'function') out[key] = (await value.data())[0] ?? NaN;
  }
  return out;
}

export function createFitCallback(deps: FitCallbackDeps, options: LabFitOptions = {}): tfjs.Callback {
  const { tf, charts, now } = deps;
  const chartNames = options.charts ?? ['loss'];
  const every = options.every ?? 'epoch';
  const newReporter = () => createProgressReporter({ now, send: deps.progress });

  class LabFitCallback extends tf.Callback {
    private report = newReporter();
    private epoch = 0;
    private firstEpoch = 0;
    private epochs = 1;
    private batches = 0;
    private finalLogs: Record<string, number> = {};

    // tfjs awaits every hook; the ones with nothing to wait for return a settled promise.
    override onTrainBegin(): Promise<void> {
      const params = this.params as Record<string, unknown>;
      this.report = newReporter(); // the clock starts with this fit
      this.epochs = typeof params['epochs'] === 'number' ? params['epochs'] : 1;
      this.firstEpoch = typeof params['initialEpoch'] === 'number' ? params['initialEpoch'] : 0;
      // A fit resumed at initialEpoch k starts at epoch k (0-based), not 0.
      this.epoch = this.firstEpoch;
      const steps = params['steps'];
      const samples = params['samples'];
      const batchSize = params['batchSize'];
      this.batches =
        typeof steps === 'number' && steps > 0
          ? steps
          : typeof samples === 'number' && typeof batchSize === 'number' && batchSize > 0
            ? Math.ceil(samples / batchSize)
            : 0;
      this.sendProgress(0, true, false);
      return Promise.resolve();
    }

    override onEpochBegin(epoch: number): Promise<void> {
      this.epoch = epoch;
      return Promise.resolve();
    }

    override async onBatchEnd(batch: number, logs?: UnresolvedLogs): Promise<void> {
      deps.step?.();
      this.sendProgress(batch + 1, false, false);
      if (every !== 'batch') return;
      // Per-batch charts read the batch's loss: one GPU→CPU read per batch, the price of asking for it.
      const values = await resolveLogs(logs);
      const x = this.epoch + (this.batches > 0 ? (batch + 1) / this.batches : 1);
      this.addPoints(values, x);
    }

    override async onEpochEnd(epoch: number, logs?: UnresolvedLogs): Promise<void> {
      const values = await resolveLogs(logs);
      this.finalLogs = values;
      if (every === 'epoch') this.addPoints(values, epoch + 1);
      else this.addPoints(pickValidation(values), epoch + 1);
      this.sendProgress(this.batches, true, true);
      if (options.onEpochEnd) await options.onEpochEnd(epoch, values);
    }

    override onTrainEnd(): Promise<void> {
      charts.flush();
      const { size: _size, batch: _batch, ...metrics } = this.finalLogs;
      deps.metrics(metrics);
      return Promise.resolve();
    }

    private addPoints(values: Record<string, number>, x: number): void {
      const keys = Object.keys(values);
      for (const chart of chartNames) {
        for (const series of seriesForChart(chart, keys)) {
          const y = values[series];
          if (y !== undefined) charts.add(chart, { series, x, y });
        }
      }
    }

    /**
     * Work counts from where this fit started: epochs (initialEpoch … epochs − 1),
     * times batches when the batch count is known. Without it (data sets of
     * unknown length) progress is per epoch and an epoch counts when it ends.
     */
    private sendProgress(batch: number, force: boolean, epochEnded: boolean): void {
      const epochsDone = this.epoch - this.firstEpoch;
      const totalEpochs = this.epochs - this.firstEpoch;
      const done = this.batches > 0 ? epochsDone * this.batches + batch : epochsDone + (epochEnded ? 1 : 0);
      const total = this.batches > 0 ? totalEpochs * this.batches : totalEpochs;
      this.report({ epoch: this.epoch + 1, epochs: this.epochs, batch, batches: this.batches }, { done, total }, force);
    }
  }
  return new LabFitCallback();
}

/** In per-batch mode the batch points carry training values; validation ones only exist per epoch. */
function pickValidation(values: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => key.startsWith('val_')));
}
