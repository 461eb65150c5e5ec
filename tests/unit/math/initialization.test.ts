import { describe, expect, it } from 'vitest';
import { glorotUniformLimit, glorotVariance, heVariance, lecunVariance, reluLayerGain, reluMeanSquareAfter } from '../../../src/math/initialization';

describe('initialization variances', () => {
  it('He keeps a ReLU layer’s mean square at 1; LeCun halves it; 4/n doubles it', () => {
    expect(reluLayerGain(100, heVariance(100))).toBeCloseTo(1, 12);
    expect(reluLayerGain(100, lecunVariance(100))).toBeCloseTo(0.5, 12);
    expect(reluMeanSquareAfter(20, 100, lecunVariance(100))).toBeCloseTo(2 ** -20, 18);
    expect(reluMeanSquareAfter(20, 100, 4 / 100)).toBeCloseTo(2 ** 20, 3);
  });

  it('Glorot uniform on [−a, a] has variance a²/3 = 2/(n_in + n_out)', () => {
    const a = glorotUniformLimit(2, 8); // √(6/10) = 0.7746
    expect(a).toBeCloseTo(Math.sqrt(0.6), 12);
    expect((a * a) / 3).toBeCloseTo(glorotVariance(2, 8), 12);
  });
});
