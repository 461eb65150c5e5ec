/**
 * The help beside a run's error (src/editor/error-help.ts) recognises the
 * errors the real TensorFlow.js makes: each case below makes the mistake a
 * learner makes, on the CPU backend, and reads the message the library
 * throws. Its text exists in both languages with every value filled in.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { errorHelp, lossDiverged, type ErrorHelpId } from '../../../src/editor/error-help';
import { loadMessages, tIn, type Locale, type MessageKey } from '../../../src/i18n';

/** The message `mistake` throws (or rejects with); fails the test when it does not throw. */
async function messageOf(mistake: () => unknown): Promise<string> {
  try {
    await mistake();
  } catch (error) {
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }
  throw new Error('the mistake did not throw');
}

const dense = (inputShape?: number[]) => tf.sequential({ layers: [tf.layers.dense({ units: 1, ...(inputShape ? { inputShape } : {}) })] });
const compiled = () => {
  const model = dense([2]);
  model.compile({ loss: 'meanSquaredError', optimizer: 'sgd' });
  return model;
};

const MISTAKES: { readonly name: string; readonly id: ErrorHelpId; readonly params?: Record<string, string>; readonly mistake: () => unknown }[] = [
  { name: 'a matrix product the wrong way round', id: 'matMul', params: { inner: '3', other: '4', a: '2,3', b: '4,2' }, mistake: () => tf.matMul(tf.ones([2, 3]), tf.ones([4, 2])) },
  { name: 'fit on examples with three features for a two-feature model', id: 'exampleShape', params: { which: 'input', expected: '[2]', got: '[3]' }, mistake: () => compiled().fit(tf.ones([4, 3]), tf.ones([4, 1])) },
  { name: 'fit on labels of the wrong width', id: 'exampleShape', params: { which: 'target', expected: '[1]', got: '[3]' }, mistake: () => compiled().fit(tf.ones([4, 2]), tf.ones([4, 3])) },
  { name: 'predict on examples of the wrong shape', id: 'exampleShape', params: { expected: '[null,2]', got: '[4,3]' }, mistake: () => dense([2]).predict(tf.ones([4, 3])) },
  { name: 'adding shapes that do not broadcast', id: 'shape', mistake: () => tf.add(tf.ones([3, 2]), tf.ones([4])) },
  { name: 'a reshape to the wrong number of values', id: 'shape', mistake: () => tf.reshape(tf.ones([6]), [4, 2]) },
  { name: 'a concat of mismatched tensors', id: 'shape', mistake: () => tf.concat([tf.ones([2, 3]), tf.ones([2, 4])], 0) },
  { name: 'a cross-entropy of mismatched labels and logits', id: 'shape', mistake: () => tf.losses.softmaxCrossEntropy(tf.ones([2, 3]), tf.ones([2, 4])) },
  { name: 'a tensor given too few values', id: 'shape', mistake: () => tf.tensor2d([1, 2, 3], [2, 2]) },
  { name: 'one-hot of float labels', id: 'dtype', params: { argument: 'indices', op: 'oneHot', wanted: 'int32', got: 'float32' }, mistake: () => tf.oneHot(tf.tensor1d([1, 2]), 3) },
  {
    name: 'reading a tensor after dispose',
    id: 'disposed',
    mistake: () => {
      const x = tf.ones([2]);
      x.dispose();
      x.dataSync();
    },
  },
  {
    name: 'using a tensor freed by tf.tidy',
    id: 'disposed',
    mistake: () => {
      let inner: tf.Tensor | null = null;
      tf.tidy(() => {
        inner = tf.ones([2]).mul(2);
        return tf.scalar(0);
      });
      return (inner as tf.Tensor | null)?.add(1);
    },
  },
  { name: 'an operation the backend does not have', id: 'kernel', params: { kernel: 'NoSuchKernel', backend: 'cpu' }, mistake: () => tf.engine().runKernel('NoSuchKernel', { x: tf.ones([1]) }, {}) },
  { name: 'a tensor too big for memory', id: 'memory', mistake: () => tf.zeros([100_000, 100_000]) },
  { name: 'fit before compile', id: 'notCompiled', mistake: () => dense([2]).fit(tf.ones([4, 2]), tf.ones([4, 1])) },
  {
    name: 'minimize a loss that uses no variable',
    id: 'noGradient',
    mistake: () => {
      tf.variable(tf.ones([1]));
      tf.train.sgd(0.1).minimize(() => tf.scalar(1));
    },
  },
  {
    name: 'a sequential model without an input shape',
    id: 'inputShape',
    mistake: () => {
      const model = tf.sequential();
      model.add(tf.layers.dense({ units: 1 }));
      model.compile({ loss: 'meanSquaredError', optimizer: 'sgd' });
    },
  },
];

beforeAll(async () => {
  await tf.setBackend('cpu');
  await loadMessages('zh');
});

describe('help beside a run’s error', () => {
  it.each(MISTAKES)('recognises $name', async ({ id, params, mistake }) => {
    const message = await messageOf(mistake);
    const help = errorHelp(message);
    expect(help?.id, message).toBe(id);
    if (params) expect(help?.params).toEqual(params);
  });

  it('leaves other errors alone: a typo, a thrown string, the app’s own limits', () => {
    expect(errorHelp('ReferenceError: modle is not defined')).toBeNull();
    expect(errorHelp('boom')).toBeNull();
    expect(errorHelp('RangeError: lab.chart(\'loss\'): x must be a finite number, got NaN')).toBeNull();
  });

  it.each<Locale>(['en', 'zh'])('reads in %s with every value filled in', async (locale) => {
    for (const { mistake } of MISTAKES) {
      const help = errorHelp(await messageOf(mistake));
      for (const part of ['what', 'fix'] as const) {
        const text = tIn(locale, `runtime.help.${help?.id ?? 'shape'}.${part}` as MessageKey, help?.params);
        expect(text, `${help?.id}.${part}`).not.toMatch(/\{\w+\}/);
        expect(text.length).toBeGreaterThan(10);
      }
    }
    expect(tIn(locale, 'runtime.help.nanLoss.fix')).toMatch(/0\.|rate|学习率/);
  });
});

describe('a diverged loss', () => {
  const chart = (name: string, y: number[]) => ({ name, series: [{ name: 'train', x: y.map((_, i) => i), y }] });
  it('is a loss chart or a loss metric that reached NaN or Infinity', () => {
    expect(lossDiverged({ charts: [chart('loss', [1, 0.5, Number.NaN])], metrics: {} })).toBe(true);
    expect(lossDiverged({ charts: [], metrics: { loss: Number.POSITIVE_INFINITY } })).toBe(true);
    expect(lossDiverged({ charts: [{ name: 'training', series: [{ name: 'val_loss', x: [0], y: [Number.NaN] }] }], metrics: {} })).toBe(true);
  });
  it('is not a finite loss, nor a NaN in a chart that is not a loss', () => {
    expect(lossDiverged({ charts: [chart('loss', [1, 0.5, 0.25])], metrics: { loss: 0.25 } })).toBe(false);
    expect(lossDiverged({ charts: [chart('accuracy', [Number.NaN])], metrics: { acc: Number.NaN } })).toBe(false);
  });
});
