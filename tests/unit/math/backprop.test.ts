import { describe, expect, it } from 'vitest';
import { backward, forward, type TinyNetwork } from '../../../src/math/backprop';

const net: TinyNetwork = { W1: [[0.2, -0.4], [0.7, 0.1]], b1: [0.1, -0.2], w2: [0.6, -0.3], b2: 0.05 };
const x = [1, 0.5] as const;

describe('backpropagation through a 2-2-1 network', () => {
  it('gives every gradient the loss has (central differences in double precision)', () => {
    const g = backward(net, x, 1);
    const h = 1e-6;
    const lossWith = (change: (n: { W1: number[][]; b1: number[]; w2: number[]; b2: number }) => void) => {
      const copy = { W1: net.W1.map((r) => [...r]), b1: [...net.b1], w2: [...net.w2], b2: net.b2 };
      change(copy);
      return forward(copy as unknown as TinyNetwork, x, 1).loss;
    };
    const numeric = (set: (n: { W1: number[][]; b1: number[]; w2: number[]; b2: number }, d: number) => void) =>
      (lossWith((n) => set(n, h)) - lossWith((n) => set(n, -h))) / (2 * h);
    for (const j of [0, 1]) {
      for (const k of [0, 1]) expect(g.dW1[j]?.[k]).toBeCloseTo(numeric((n, d) => { (n.W1[j] as number[])[k] = (n.W1[j]?.[k] ?? 0) + d; }), 8);
      expect(g.db1[j]).toBeCloseTo(numeric((n, d) => { n.b1[j] = (n.b1[j] ?? 0) + d; }), 8);
      expect(g.dw2[j]).toBeCloseTo(numeric((n, d) => { n.w2[j] = (n.w2[j] ?? 0) + d; }), 8);
    }
    expect(g.db2).toBeCloseTo(numeric((n, d) => { n.b2 += d; }), 8);
  });

  it('has no gradient when the prediction is exactly right', () => {
    const f = forward(net, x, 0);
    const g = backward(net, x, f.yHat);
    expect(g.delta2).toBe(0);
  });
});
