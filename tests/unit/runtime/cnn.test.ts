/**
 * `lab.cnn` off the GPU (tf ops on tfjs's cpu backend): its options are
 * checked with a clear message, its parameter layout is the one the fused
 * kernels index, and it is the tf.layers model it stands for — the same
 * starting weights, the same scores, the same losses step after step with
 * Adam. The fused WebGPU kernels are held to this path in
 * tests/browser/fused-mlp.test.ts.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCnn } from '../../../src/runtime/lab/cnn';
import { readCnnOptions } from '../../../src/runtime/lab/cnn/spec';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SHAPES = { input: [16, 16, 1], convolutions: [{ filters: 6, kernelSize: 3 }, { filters: 12, kernelSize: 3 }], classes: 4 };

describe('lab.cnn options', () => {
  it.each([
    [null, /needs options/],
    [{ ...SHAPES, input: [16, 16] }, /input must be \[height, width, channels\]/],
    [{ ...SHAPES, input: [16, 1e5, 1] }, /input must be/],
    [{ ...SHAPES, convolutions: [] }, /convolutions must list at least one block/],
    [{ ...SHAPES, convolutions: [{ filters: 0, kernelSize: 3 }] }, /convolutions\[0\]\.filters must be a whole number from 1/],
    [{ ...SHAPES, convolutions: [{ filters: 6, kernelSize: 17 }] }, /convolutions\[0\]\.kernelSize must be a whole number from 1 to 16 \(its input is 16 × 16\), got 17/],
    [{ ...SHAPES, input: [8, 8, 1], convolutions: [{ filters: 6, kernelSize: 3 }, { filters: 6, kernelSize: 3 }] }, /convolutions\[1\] leaves 1 × 1 values, too few for 2×2 pooling/],
    [{ ...SHAPES, classes: 1 }, /classes must be a whole number from 2/],
    [{ ...SHAPES, optimizer: 'rmsprop' }, /lab\.cnn: optimizer must be one of 'sgd', 'momentum', 'adam'/],
    [{ ...SHAPES, learningRate: 0 }, /lab\.cnn: learningRate must be a number above 0/],
  ])('refuses %j', (options, message) => {
    expect(() => readCnnOptions(options, 1)).toThrow(message);
  });

  it('lays each block out as its filter then its bias, then the dense layer, and defaults to Adam', () => {
    const spec = readCnnOptions(SHAPES, 7);
    expect(spec).toMatchObject({ optimizer: 'adam', learningRate: 0.001, seed: 7, fused: true, slots: 2, parameterCount: 916 });
    expect(spec.blocks.map(({ offset, biasOffset, count, convHeight, poolHeight, channels }) => ({ offset, biasOffset, count, convHeight, poolHeight, channels }))).toEqual([
      { offset: 0, biasOffset: 54, count: 60, convHeight: 14, poolHeight: 7, channels: 1 },
      { offset: 60, biasOffset: 708, count: 660, convHeight: 5, poolHeight: 2, channels: 6 },
    ]);
    expect(spec.dense).toEqual({ fanIn: 48, units: 4, offset: 720, biasOffset: 912, count: 196 });
  });
});

describe('lab.cnn as tf ops', () => {
  it('refuses a batch of the wrong shape, naming the shape it needs', () => {
    const net = createCnn(tf, { ...SHAPES, fused: false }, 1);
    expect(() => net.predict(tf.zeros([2, 16, 16]) as unknown as tf.Tensor4D)).toThrow(/xs must be a float32 tensor of shape \[batch, 16, 16, 1\], got \[2, 16, 16\] float32/);
    expect(() => net.step(tf.zeros([2, 16, 16, 1]), tf.zeros([3, 4]))).toThrow(/ys must be labels of shape \[2, 4\]/);
    net.dispose();
  });

  it('is the tf.layers model it stands for: same weights, same scores, and the same losses over 20 Adam steps', async () => {
    const model = tf.sequential();
    const init = (seed: number) => tf.initializers.glorotUniform({ seed });
    model.add(tf.layers.conv2d({ inputShape: [16, 16, 1], filters: 6, kernelSize: 3, activation: 'relu', kernelInitializer: init(3) }));
    model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
    model.add(tf.layers.conv2d({ filters: 12, kernelSize: 3, activation: 'relu', kernelInitializer: init(4) }));
    model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
    model.add(tf.layers.flatten());
    model.add(tf.layers.dense({ units: 4, kernelInitializer: init(5) }));
    const adam = tf.train.adam(0.01);
    const net = createCnn(tf, { ...SHAPES, learningRate: 0.01, seed: 3 }, 1);
    expect(net.fused).toBe(false);

    const xs = tf.randomUniform<tf.Rank.R4>([8, 16, 16, 1], 0, 1, 'float32', 11);
    const ys = tf.oneHot(tf.tensor1d([0, 1, 2, 3, 3, 2, 1, 0], 'int32'), 4) as tf.Tensor2D;
    const theirs = model.predict(xs) as tf.Tensor;
    const mine = net.predict(xs);
    expect(tf.max(tf.abs(tf.sub(mine, theirs))).dataSync()[0]).toBeLessThan(1e-6);

    const losses: [number, number][] = [];
    for (let step = 0; step < 20; step++) {
      const ref = adam.minimize(() => tf.losses.softmaxCrossEntropy<tf.Tensor, tf.Scalar>(ys, model.apply(xs) as tf.Tensor), true) as tf.Scalar;
      const loss = net.step(xs, ys);
      losses.push([(await loss.data())[0] ?? NaN, (await ref.data())[0] ?? NaN]);
      tf.dispose([loss, ref]);
    }
    for (const [m, r] of losses) expect(Math.abs(m - r) / r).toBeLessThan(1e-5);
    // It learns: these eight pictures are memorised quickly.
    expect(losses.at(-1)?.[0]).toBeLessThan((losses[0]?.[0] ?? 0) * 0.8);
    net.dispose();
  });
});
