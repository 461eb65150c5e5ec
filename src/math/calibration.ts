/**
 * Calibration: when a model says "30 % chance of default", do about 30 % of
 * such borrowers default? A reliability diagram sorts the predictions into
 * equal-width bins of predicted probability and compares, in each bin, the
 * mean prediction with the observed share of positives. A calibrated model
 * lies on the diagonal. The expected calibration error sums the gaps,
 * weighted by how many predictions fall in each bin:
 *
 *   ECE = Σ_b (n_b / n) · |observed_b − predicted_b|
 */

export interface ReliabilityBin {
  /** The bin's range of predicted probabilities, [low, high) (the last bin includes 1). */
  readonly low: number;
  readonly high: number;
  readonly count: number;
  /** Mean predicted probability of the cases in the bin. */
  readonly predicted: number;
  /** Share of positives among them. */
  readonly observed: number;
}

/** The non-empty bins of a reliability diagram with `bins` equal-width bins over [0, 1]. */
export function reliabilityBins(labels: readonly number[], scores: readonly number[], bins = 10): ReliabilityBin[] {
  if (labels.length !== scores.length) throw new RangeError('labels and scores must be the same length');
  const sums = Array.from({ length: bins }, () => ({ count: 0, predicted: 0, positives: 0 }));
  scores.forEach((score, i) => {
    const b = Math.min(bins - 1, Math.max(0, Math.floor(score * bins)));
    const bin = sums[b];
    if (!bin) return;
    bin.count++;
    bin.predicted += score;
    bin.positives += labels[i] === 1 ? 1 : 0;
  });
  return sums.flatMap((bin, b) =>
    bin.count === 0 ? [] : [{ low: b / bins, high: (b + 1) / bins, count: bin.count, predicted: bin.predicted / bin.count, observed: bin.positives / bin.count }],
  );
}

/** Expected calibration error over the given bins: the count-weighted mean gap between observed and predicted. */
export function expectedCalibrationError(bins: readonly ReliabilityBin[]): number {
  const total = bins.reduce((s, b) => s + b.count, 0);
  return bins.reduce((s, b) => s + (b.count / total) * Math.abs(b.observed - b.predicted), 0);
}
