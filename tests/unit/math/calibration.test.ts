import { describe, expect, it } from 'vitest';
import { expectedCalibrationError, reliabilityBins } from '../../../src/math/calibration';

describe('reliability diagram', () => {
  it('bins predictions and compares mean prediction with the observed rate', () => {
    // Bin [0.1, 0.2): 0.1, 0.15 with labels 0, 1 → predicted 0.125, observed 0.5.
    // Bin [0.9, 1]: 0.95, 1.0 with labels 1, 1 → predicted 0.975, observed 1.
    const bins = reliabilityBins([0, 1, 1, 1], [0.1, 0.15, 0.95, 1.0]);
    expect(bins).toEqual([
      { low: 0.1, high: 0.2, count: 2, predicted: 0.125, observed: 0.5 },
      { low: 0.9, high: 1, count: 2, predicted: 0.975, observed: 1 },
    ]);
    // ECE = ½·|0.5 − 0.125| + ½·|1 − 0.975| = 0.2
    expect(expectedCalibrationError(bins)).toBeCloseTo(0.2, 12);
  });

  it('gives zero error when every bin observes what it predicts', () => {
    const labels = [0, 0, 0, 1, 1, 0, 1, 1];
    const scores = [0.25, 0.25, 0.25, 0.25, 0.75, 0.75, 0.75, 0.75];
    expect(expectedCalibrationError(reliabilityBins(labels, scores, 4))).toBe(0);
  });
});
