import { describe, expect, it } from 'vitest';
import { sigmoid } from '../../../src/math/activations';
import { backward, forward, outputDelta, outputLoss, type OutputLoss, type TinyNetwork } from '../../../src/math/backprop';

const net: TinyNetwork = { W1: [[0.2, -0.4], [0.7, 0.1]], b1: [0.1, -0.2], w2: [0.6, -0.3], b2: 0.05 };
const x = [1, 0.5] as const;
type Mutable = { W1: number[][]; b1: number[]; w2: number[]; b2: number };

describe('backpropagation through a 2-2-1 network', () => {
  for (const loss of ['binary-cross-entropy', 'half-squared-error'] as const satisfies readonly OutputLoss[]) {
    it(`gives every gradient of the ${loss} loss (central differences in double precision)`, () => {
      const g = backward(net, x, 1, loss);
      const h = 1e-6;
      const lossWith = (change: (n: Mutable) => void) => {
        const copy: Mutable = { W1: net.W1.map((r) => [...r]), b1: [...net.b1], w2: [...net.w2], b2: net.b2 };
        change(copy);
        return forward(copy as unknown as TinyNetwork, x, 1, loss).loss;
      };
      const numeric = (set: (n: Mutable, d: number) => void) => (lossWith((n) => set(n, h)) - lossWith((n) => set(n, -h))) / (2 * h);
      for (const j of [0, 1]) {
        for (const k of [0, 1]) expect(g.dW1[j]?.[k]).toBeCloseTo(numeric((n, d) => { (n.W1[j] as number[])[k] = (n.W1[j]?.[k] ?? 0) + d; }), 8);
        expect(g.db1[j]).toBeCloseTo(numeric((n, d) => { n.b1[j] = (n.b1[j] ?? 0) + d; }), 8);
        expect(g.dw2[j]).toBeCloseTo(numeric((n, d) => { n.w2[j] = (n.w2[j] ?? 0) + d; }), 8);
      }
      expect(g.db2).toBeCloseTo(numeric((n, d) => { n.b2 += d; }), 8);
    });
  }

  it('has no gradient when the prediction is exactly right', () => {
    const f = forward(net, x, 0, 'half-squared-error');
    expect(backward(net, x, f.yHat, 'half-squared-error').delta2).toBe(0);
    expect(backward(net, x, f.yHat, 'binary-cross-entropy').delta2).toBe(0);
  });
});

describe('the error signal at a sigmoid output', () => {
  it('is ŷ − y for cross-entropy: d/dz of −ln σ(z) by central differences', () => {
    for (const z of [-5, -1, 0, 0.7, 4]) {
      const h = 1e-6;
      const numeric = (outputLoss(sigmoid(z + h), 1, 'binary-cross-entropy') - outputLoss(sigmoid(z - h), 1, 'binary-cross-entropy')) / (2 * h);
      expect(outputDelta(sigmoid(z), 1, 'binary-cross-entropy')).toBeCloseTo(numeric, 7);
      expect(outputDelta(sigmoid(z), 1, 'binary-cross-entropy')).toBeCloseTo(sigmoid(z) - 1, 14);
    }
  });

  it('is 1/σ′(z) times smaller with squared error: 4× at z = 0, about 150× at a saturated z = −5', () => {
    const ratio = (z: number) => outputDelta(sigmoid(z), 1, 'binary-cross-entropy') / outputDelta(sigmoid(z), 1, 'half-squared-error');
    expect(ratio(0)).toBeCloseTo(4, 12); // σ'(0) = 1/4
    // σ'(−5) = e^−5/(1 + e^−5)² = 0.0066481; 1/0.0066481 = 150.42
    expect(ratio(-5)).toBeCloseTo((1 + Math.exp(-5)) ** 2 / Math.exp(-5), 9);
    expect(ratio(-5)).toBeCloseTo(150.42, 2);
  });
});
