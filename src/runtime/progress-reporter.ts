/**
 * The pace and the clock behind every progress bar, shared by
 * `lab.fitCallbacks` (model.fit) and `lab.progress` (loops written by hand).
 * The caller says where training is (the event's epoch and batch) and how
 * much of it is done in its own units; this sends at most one update per
 * interval unless told the update matters (an epoch's end), with the time
 * since the first report and an estimate of the time left.
 *
 * The units done and in all travel in the event (`done`, `total`): the page
 * draws the bar as done / total and the time left comes from the same two
 * numbers, so the bar and the estimate cannot disagree (they did, for a fit
 * resumed at `initialEpoch`, when the page recomputed the fraction itself).
 */
import type { EventOf } from './protocol';

export type Progress = Omit<EventOf<'progress'>, 'type' | 'runId'>;
export type ProgressPosition = Pick<Progress, 'epoch' | 'epochs' | 'batch' | 'batches'>;

export interface ProgressReporterDeps {
  readonly now: () => number;
  readonly send: (progress: Progress) => void;
  /** At most one message this often (ms), except forced ones. */
  readonly intervalMs?: number;
}

/** Work finished and work in all, in any unit (batches, or epochs when batches are unknown). */
export interface ProgressUnits {
  readonly done: number;
  readonly total: number;
}

/**
 * ETA by linear extrapolation: time per unit so far × units left.
 * Null until a unit is done (nothing to extrapolate from).
 */
export function estimateEtaMs(elapsedMs: number, done: number, total: number): number | null {
  if (done <= 0 || total <= 0) return null;
  return Math.max(0, (elapsedMs / done) * (total - done));
}

/** One reporter per training run: its clock starts at the first report. */
export function createProgressReporter(deps: ProgressReporterDeps): (position: ProgressPosition, units: ProgressUnits, force: boolean) => void {
  const interval = deps.intervalMs ?? 50;
  let startedAt: number | null = null;
  let lastSentAt = -Infinity;
  return (position, units, force) => {
    const t = deps.now();
    startedAt ??= t;
    if (!force && t - lastSentAt < interval) return;
    lastSentAt = t;
    const elapsedMs = t - startedAt;
    const total = Math.max(0, units.total);
    const done = Math.min(total, Math.max(0, units.done));
    deps.send({ ...position, done, total, elapsedMs, etaMs: estimateEtaMs(elapsedMs, done, total) });
  };
}
