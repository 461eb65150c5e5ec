/**
 * `lab.transformer` off the GPU (tf ops on tfjs's cpu backend): its options
 * are checked with a clear message, its parameter layout is the one the
 * fused kernels index, and it is the language-models lesson's network — the
 * same starting weights as the lesson's seeded draws, the same losses step
 * after step with Adam. The fused WebGPU kernels are held to this path in
 * tests/browser/fused-mlp.test.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTransformer } from '../../../src/runtime/lab/transformer';
import { PARAMETERS, readTransformerOptions } from '../../../src/runtime/lab/transformer/spec';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const TINY = { vocabulary: 40, context: 24, width: 32 };

describe('lab.transformer options', () => {
  it.each([
    [null, /needs options, e\.g\. lab\.transformer/],
    [{ ...TINY, vocabulary: 1 }, /vocabulary must be a whole number from 2 to 4096, got 1/],
    [{ ...TINY, context: 0 }, /context must be a whole number from 1/],
    [{ ...TINY, width: 2.5 }, /width must be a whole number from 1 to 1024, got 2\.5/],
    [{ ...TINY, hidden: -1 }, /hidden must be a whole number/],
    [{ ...TINY, optimizer: 'lion' }, /lab\.transformer: optimizer must be one of 'sgd', 'momentum', 'adam'/],
    [{ ...TINY, seed: 'x' }, /seed must be a whole number/],
  ])('refuses %j', (options, message) => {
    expect(() => readTransformerOptions(options, 1)).toThrow(message);
  });

  it('lays the parameters out in order, with the lesson’s sizes, and defaults to Adam and a 4·width feed-forward layer', () => {
    const spec = readTransformerOptions(TINY, 5);
    expect(spec).toMatchObject({ hidden: 128, optimizer: 'adam', learningRate: 0.001, seed: 5, slots: 2, parameterCount: 15784 });
    expect(PARAMETERS.map((name) => [name, spec.parameters[name].offset, spec.parameters[name].shape])).toEqual([
      ['E', 0, [40, 32]],
      ['P', 1280, [24, 32]],
      ['Wq', 2048, [32, 32]],
      ['Wk', 3072, [32, 32]],
      ['Wv', 4096, [32, 32]],
      ['Wo', 5120, [32, 32]],
      ['W1', 6144, [32, 128]],
      ['b1', 10240, [128]],
      ['W2', 10368, [128, 32]],
      ['Wout', 14464, [32, 40]],
      ['bout', 15744, [40]],
    ]);
  });
});

describe('lab.transformer as tf ops', () => {
  it('refuses ids that are not int32 [batch, context], naming what it needs', () => {
    const net = createTransformer(tf, { ...TINY, fused: false }, 1);
    expect(() => net.predict(tf.zeros<tf.Rank.R2>([2, 24]))).toThrow(/ids must be an int32 tensor of symbol ids, shape \[batch, 24\], got \[2, 24\] float32/);
    expect(() => net.step(tf.zeros([2, 24], 'int32'), tf.zeros([3, 24], 'int32'))).toThrow(/targets must be an int32 tensor of symbol ids, shape \[2, 24\], got \[3, 24\] int32/);
    net.dispose();
  });

  it('starts from the lesson’s seeded weights and follows its Adam steps loss for loss', async () => {
    const { vocabulary: V, context: T, width: d } = TINY;
    // The lesson's (and the speed lab's) network, written with tf ops from seeds 11, 12, …
    let seed = 11;
    const param = (shape: number[], std: number) => tf.variable(tf.randomNormal(shape, 0, std, 'float32', seed++));
    const E = param([V, d], 0.1);
    const P = param([T, d], 0.1);
    const Wq = param([d, d], 1 / Math.sqrt(d));
    const Wk = param([d, d], 1 / Math.sqrt(d));
    const Wv = param([d, d], 1 / Math.sqrt(d));
    const Wo = param([d, d], 1 / Math.sqrt(d));
    const W1 = param([d, 4 * d], 1 / Math.sqrt(d));
    const b1 = tf.variable(tf.zeros([4 * d]));
    const W2 = param([4 * d, d], 1 / Math.sqrt(4 * d));
    const Wout = param([d, V], 1 / Math.sqrt(d));
    const bout = tf.variable(tf.zeros([V]));
    const mask = tf.mul(tf.sub(tf.linalg.bandPart(tf.ones([T, T]), 0, -1), tf.eye(T)), -1e9);
    const norm = (x: tf.Tensor) => {
      const { mean, variance } = tf.moments(x, -1, true);
      return tf.div(tf.sub(x, mean), tf.sqrt(tf.add(variance, 1e-5)));
    };
    const proj = (x: tf.Tensor, w: tf.Tensor) => tf.reshape(tf.matMul(tf.reshape(x, [-1, x.shape[2] ?? 1]), w as tf.Tensor2D), [-1, T, w.shape[1] ?? 1]);
    const lossOf = (ids: tf.Tensor2D, targets: tf.Tensor2D) => {
      let x = tf.add(tf.gather(E, ids), P);
      const h = norm(x);
      const a = tf.softmax(tf.add(tf.div(tf.matMul(proj(h, Wq) as tf.Tensor3D, proj(h, Wk) as tf.Tensor3D, false, true), Math.sqrt(d)), mask));
      x = tf.add(x, proj(tf.matMul(a, proj(h, Wv) as tf.Tensor3D), Wo));
      x = tf.add(x, proj(tf.relu(tf.add(proj(norm(x), W1), b1)), W2));
      return tf.losses.softmaxCrossEntropy<tf.Tensor, tf.Scalar>(tf.oneHot(targets, V), tf.add(proj(norm(x), Wout), bout));
    };
    const adam = tf.train.adam(0.01);
    const net = createTransformer(tf, { ...TINY, learningRate: 0.01, seed: 11 }, 1);
    expect(net.fused).toBe(false);
    const start = net.weights();
    expect(tf.max(tf.abs(tf.sub(start.W2, W2))).dataSync()[0]).toBe(0);
    expect(tf.max(tf.abs(tf.sub(start.Wout, Wout))).dataSync()[0]).toBe(0);

    const ids = tf.tensor2d(Array.from({ length: 4 * T }, (_, i) => (i * 7) % V), [4, T], 'int32');
    const targets = tf.tensor2d(Array.from({ length: 4 * T }, (_, i) => (i * 7 + 3) % V), [4, T], 'int32');
    const losses: [number, number][] = [];
    for (let step = 0; step < 10; step++) {
      const ref = adam.minimize(() => lossOf(ids, targets), true) as tf.Scalar;
      const loss = net.step(ids, targets);
      losses.push([(await loss.data())[0] ?? NaN, (await ref.data())[0] ?? NaN]);
      tf.dispose([loss, ref]);
    }
    for (const [mine, theirs] of losses) expect(Math.abs(mine - theirs) / theirs).toBeLessThan(1e-5);
    expect(losses.at(-1)?.[0]).toBeLessThan((losses[0]?.[0] ?? 0) * 0.9);
    net.dispose();
  });
});
