/**
 * `lab.mlp` off the GPU (tf ops on tfjs's cpu backend): its options are
 * checked with a clear message, its parameter layout is the one the fused
 * kernels index, its written-out backpropagation matches `tf.grads`, and its
 * steps land on `optimizer.minimize`'s weights. The fused WebGPU kernels are
 * held to the same in tests/browser/fused-mlp.test.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createMlp } from '../../../src/runtime/lab/mlp';
import { layoutLayers, readMlpOptions } from '../../../src/runtime/lab/mlp/spec';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('lab.mlp options', () => {
  it.each([
    [{ sizes: [2] }, /sizes must list at least two whole numbers/],
    [{ sizes: [2, 0, 1] }, /sizes must list/],
    [{ sizes: [2, 1.5] }, /sizes must list/],
    [{ sizes: [2, 1], activation: 'gelu' }, /activation must be one of 'tanh', 'relu', 'sigmoid', got "gelu"/],
    [{ sizes: [2, 1], loss: 'hinge' }, /loss must be one of/],
    [{ sizes: [2, 1], optimizer: 'rmsprop' }, /optimizer must be one of 'sgd', 'momentum', 'adam'/],
    [{ sizes: [2, 1], learningRate: -1 }, /learningRate must be a number above 0/],
    [{ sizes: [2, 1], beta2: 1 }, /beta2 must be a number above 0 and below 1/],
    [null, /needs options/],
  ])('refuses %j', (options, message) => {
    expect(() => readMlpOptions(options, 1)).toThrow(message);
  });

  it("has tfjs's defaults and lays W then b out layer after layer", () => {
    const spec = readMlpOptions({ sizes: [2, 4, 2, 1], optimizer: 'adam' }, 42);
    expect(spec).toMatchObject({ activation: 'tanh', loss: 'meanSquaredError', learningRate: 0.001, beta1: 0.9, beta2: 0.999, seed: 42, fused: true, slots: 2 });
    expect(layoutLayers([2, 4, 2, 1]).layers).toEqual([
      { fanIn: 2, units: 4, offset: 0, biasOffset: 8, count: 12 },
      { fanIn: 4, units: 2, offset: 12, biasOffset: 20, count: 10 },
      { fanIn: 2, units: 1, offset: 22, biasOffset: 24, count: 3 },
    ]);
    expect(spec.parameterCount).toBe(25);
  });
});

/** max |a − b| / (max |b| + 1e-6). */
async function relativeGap(a: tf.Tensor, b: tf.Tensor): Promise<number> {
  const gap = tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).div(tf.max(tf.abs(b)).add(1e-6)));
  const value = (await gap.data())[0] ?? NaN;
  gap.dispose();
  return value;
}

function reference(activation: 'tanh' | 'relu' | 'sigmoid', loss: 'meanSquaredError' | 'sigmoidCrossEntropy', xs: tf.Tensor2D, ys: tf.Tensor2D) {
  return (...ws: tf.Tensor[]): tf.Scalar => {
    let h: tf.Tensor = xs;
    for (let l = 0; l < ws.length / 2; l++) {
      const z = tf.add(tf.matMul(h as tf.Tensor2D, ws[2 * l] as tf.Tensor2D), ws[2 * l + 1] as tf.Tensor);
      h = l < ws.length / 2 - 1 ? tf[activation](z) : z;
    }
    return loss === 'meanSquaredError' ? tf.losses.meanSquaredError(ys, h) : tf.losses.sigmoidCrossEntropy(ys, h);
  };
}

describe('lab.mlp as tf ops', () => {
  it.each([
    { sizes: [3, 5, 2], activation: 'tanh', loss: 'meanSquaredError', rows: 7 },
    { sizes: [1, 1], activation: 'relu', loss: 'sigmoidCrossEntropy', rows: 1 },
    { sizes: [2, 8, 3, 4, 1], activation: 'relu', loss: 'sigmoidCrossEntropy', rows: 12 },
    { sizes: [4, 6, 3], activation: 'sigmoid', loss: 'meanSquaredError', rows: 5 },
  ] as const)('backpropagates as tf.grads does: $sizes $activation $loss', async ({ sizes, activation, loss, rows }) => {
    const net = createMlp(tf, { sizes, activation, loss }, 3);
    expect(net.fused).toBe(false);
    const xs = tf.randomNormal<tf.Rank.R2>([rows, sizes[0]], 0, 1.5, 'float32', 1);
    const raw = tf.randomUniform([rows, sizes.at(-1) ?? 1], -1, 1, 'float32', 2);
    const ys = (loss === 'meanSquaredError' ? raw : tf.cast(tf.greater(raw, 0), 'float32')) as tf.Tensor2D;
    const weights = net.weights().flatMap((l) => [l.W, l.b]);
    const expected = tf.grads(reference(activation, loss, xs, ys))(weights);
    const got = net.gradients(xs, ys);
    const mine = got.grads.flatMap((g) => [g.W, g.b]);
    expect(mine.map((t) => t.shape)).toEqual(expected.map((t) => t.shape));
    for (const [i, t] of mine.entries()) expect(await relativeGap(t, expected[i] as tf.Tensor)).toBeLessThan(1e-5);
    const refLoss = reference(activation, loss, xs, ys)(...weights);
    expect(await relativeGap(got.loss, refLoss)).toBeLessThan(1e-6);
    tf.dispose([xs, ys, raw, refLoss, got.loss, ...weights, ...expected, ...mine]);
    net.dispose();
  });

  it.each(['sgd', 'momentum', 'adam'] as const)("lands 100 %s steps on optimizer.minimize's weights", async (optimizer) => {
    const net = createMlp(tf, { sizes: [2, 4, 2, 1], optimizer, loss: 'sigmoidCrossEntropy', learningRate: 0.03 }, 9);
    const start = net.weights();
    const vars = start.flatMap((l) => [tf.variable(l.W), tf.variable(l.b)]);
    const opt = optimizer === 'sgd' ? tf.train.sgd(0.03) : optimizer === 'momentum' ? tf.train.momentum(0.03, 0.9) : tf.train.adam(0.03);
    const xs = tf.randomNormal<tf.Rank.R2>([10, 2], 0, 2, 'float32', 4);
    const ys = tf.cast(tf.greater(tf.randomUniform([10, 1], 0, 1, 'float32', 5), 0.5), 'float32') as tf.Tensor2D;
    const lossOf = reference('tanh', 'sigmoidCrossEntropy', xs, ys);
    const losses: number[] = [];
    for (let s = 0; s < 100; s++) {
      const loss = net.step(xs, ys);
      losses.push((await loss.data())[0] ?? NaN);
      loss.dispose();
      opt.minimize(() => lossOf(...vars));
    }
    expect(losses.at(-1)).toBeLessThan(losses[0] ?? 0);
    const mine = net.weights().flatMap((l) => [l.W, l.b]);
    for (const [i, t] of mine.entries()) expect(await relativeGap(t, vars[i] as tf.Tensor)).toBeLessThan(1e-5);
    tf.dispose([xs, ys, ...mine, ...vars, ...start.flatMap((l) => [l.W, l.b])]);
    opt.dispose();
    net.dispose();
  });

  it('refuses a batch that does not fit, naming both shapes', () => {
    const net = createMlp(tf, { sizes: [2, 3, 1] }, 1);
    const xs = tf.zeros<tf.Rank.R2>([4, 3]);
    const ys = tf.zeros<tf.Rank.R2>([5, 1]);
    const good = tf.zeros<tf.Rank.R2>([4, 2]);
    expect(() => net.step(xs, ys)).toThrow('lab.mlp step: xs must be a float32 tensor of shape [batch, 2], got [4, 3] float32');
    expect(() => net.step(good, ys)).toThrow('lab.mlp step: ys must be a float32 tensor of shape [4, 1] (one row per row of xs), got [5, 1] float32');
    tf.dispose([xs, ys, good]);
    net.dispose();
  });
});
