/**
 * `lab.layerNorm` and `lab.softmaxCrossEntropy` off WebGPU (here: the CPU
 * backend in Node) are the formulas as tf ops: the layer norm's rows have
 * mean 0 and variance 1 − ε-sized, the loss is tfjs's, gradients flow; bad
 * arguments get a message naming the helper. (The fused WebGPU kernels are
 * checked against these in tests/browser/fused-mlp.test.ts.)
 */
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { createFusedOps } from '../../../src/runtime/lab/fused-ops';

const ops = createFusedOps(tf);

describe('lab.layerNorm off WebGPU', () => {
  it('gives each row of the last axis mean 0 and variance σ²/(σ² + ε), and a gradient', async () => {
    const x = tf.tensor3d([[[1, 2, 3, 4], [10, 10, 10, 14]]]);
    const y = ops.layerNorm(x);
    expect(y.shape).toEqual([1, 2, 4]);
    const rows = (await y.array())[0] ?? [];
    // Row 1: μ = 2.5, σ² = 1.25, so yₖ = (xₖ − 2.5)/√(1.25 + 1e-5).
    expect(rows[0]?.[0]).toBeCloseTo(-1.5 / Math.sqrt(1.25 + 1e-5), 5);
    for (const row of rows) {
      const mean = row.reduce((a, b) => a + b, 0) / row.length;
      expect(mean).toBeCloseTo(0, 6);
    }
    // The gradient of Σ yₖ·wₖ: s·(w − mean(w) − y·mean(w·y)), written out for row 1 with w = (1, 0, 0, 0).
    const w = tf.tensor3d([[[1, 0, 0, 0], [0, 0, 0, 0]]]);
    const g = ((await tf.grad((v) => ops.layerNorm(v).mul(w).sum())(x).array()) as number[][][])[0]?.[0] ?? [];
    const s = 1 / Math.sqrt(1.25 + 1e-5);
    const yRow = [1, 2, 3, 4].map((v) => (v - 2.5) * s);
    const expected = [1, 0, 0, 0].map((wk, k) => s * (wk - 0.25 - (yRow[k] ?? NaN) * ((yRow[0] ?? NaN) / 4)));
    g.forEach((value, k) => expect(value).toBeCloseTo(expected[k] ?? NaN, 5));
  });

  it('refuses what is not a float tensor, and a non-positive epsilon', () => {
    expect(() => ops.layerNorm([1, 2] as unknown as tf.Tensor)).toThrow(/lab.layerNorm: x must be a float32 tensor/);
    expect(() => ops.layerNorm(tf.tensor1d([1, 2], 'int32'))).toThrow('lab.layerNorm: x must be a float32 tensor of rank ≥ 1, got a tensor of dtype int32 and shape [2]');
    expect(() => ops.layerNorm(tf.tensor1d([1, 2]), 0)).toThrow(/lab.layerNorm: epsilon must be a positive number/);
  });
});

describe('lab.softmaxCrossEntropy off WebGPU', () => {
  it('is tfjs’s softmax cross-entropy, gradient included', async () => {
    const logits = tf.tensor2d([[1, 2, 3], [0, 0, 5]]);
    const labels = tf.tensor2d([[0, 0, 1], [1, 0, 0]]);
    const mine = (await ops.softmaxCrossEntropy(labels, logits).data())[0] ?? NaN;
    // Row 1: log(e + e² + e³) − 3 = 0.4076; row 2: log(2 + e⁵) − 0 = 5.0134; mean 2.7105.
    const rowLoss = (z: number[], c: number) => Math.log(z.reduce((a, v) => a + Math.exp(v), 0)) - (z[c] ?? NaN);
    expect(mine).toBeCloseTo((rowLoss([1, 2, 3], 2) + rowLoss([0, 0, 5], 0)) / 2, 5);
    const grad = await tf.grad((z) => ops.softmaxCrossEntropy(labels, z))(logits).array();
    const theirs = await tf.grad((z) => tf.losses.softmaxCrossEntropy(labels, z))(logits).array();
    expect(grad).toEqual(theirs);
  });

  it('takes tf.oneHot’s int32 labels as tfjs does', async () => {
    const logits = tf.tensor2d([[1, 2, 3], [0, 0, 5]]);
    const labels = tf.oneHot(tf.tensor1d([2, 0], 'int32'), 3);
    expect(await ops.softmaxCrossEntropy(labels, logits).data()).toEqual(await tf.losses.softmaxCrossEntropy(labels, logits).data());
  });

  it('refuses labels and logits of different shapes', () => {
    expect(() => ops.softmaxCrossEntropy(tf.zeros([2, 3]), tf.zeros([2, 4]))).toThrow(/lab.softmaxCrossEntropy: labels \[2, 3\] and logits \[2, 4\] must have the same shape/);
  });
});

describe('lab.attentionWeights off WebGPU', () => {
  it('is softmax(scores·scale + mask) over the last axis, the mask repeating over the leading axes', async () => {
    const scores = tf.tensor3d([[[1, 2], [3, 4]], [[0, 0], [5, 1]]]);
    const mask = tf.tensor2d([[0, -1e9], [0, 0]]);
    const weights = await ops.attentionWeights(scores, { scale: 0.5, mask }).array();
    // Row 1 of each batch sees only its first key; row 2: softmax(0.5·(3, 4)) = (1, e^0.5)/(1 + e^0.5).
    expect(weights[0]?.[0]).toEqual([1, 0]);
    expect(weights[1]?.[0]).toEqual([1, 0]);
    expect(weights[0]?.[1]?.[1]).toBeCloseTo(Math.exp(0.5) / (1 + Math.exp(0.5)), 6);
    expect(weights[1]?.[1]?.[0]).toBeCloseTo(Math.exp(2.5) / (Math.exp(2.5) + Math.exp(0.5)), 6);
  });

  it('refuses a mask that does not match the scores’ last axes', () => {
    expect(() => ops.attentionWeights(tf.zeros([2, 3, 3]), { mask: tf.zeros([2, 3]) })).toThrow('lab.attentionWeights: the mask [2, 3] must match the last axes of the scores [2, 3, 3]');
    expect(() => ops.attentionWeights(tf.zeros([3, 3]), { scale: Number.NaN })).toThrow(/lab.attentionWeights: scale must be a finite number/);
  });
});
