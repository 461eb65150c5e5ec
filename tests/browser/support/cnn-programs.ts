/**
 * Programs a student could type to check `lab.cnn` against tfjs itself, for
 * tests/browser/fused-mlp.test.ts. Each reports with `lab.metrics`; they
 * are two runs so that each stays well inside a test's time on SwiftShader.
 */
import { RELATIVE_GAP } from './program-snippets';

/**
 * Property test: on random networks (pictures 5–12 pixels a side, 1–3
 * channels, one or two blocks of 1–5 filters with kernels 1–3, 2–5 classes,
 * batches of 1–6, soft or one-hot labels, int32 or float32), `net.gradients`
 * must match `tf.grads` of the same network written with tf ops (conv2d,
 * ReLU, maxPool, dense, tf.losses.softmaxCrossEntropy) from `net.weights()`;
 * and the loss too. Pictures are normal noise, so no two values in a pooling
 * window tie (ties are where backends may differ).
 */
export const CNN_GRADIENTS = `${RELATIVE_GAP}
const rng = lab.random(20261203);
let worstGradient = 0, worstLoss = 0, cases = 0, fused = 0;
for (let c = 0; c < 8; c++) {
  const side = rng.int(5, 12);
  const input = [side, side + rng.int(0, 2), rng.int(1, 3)];
  const convolutions = [{ filters: rng.int(1, 5), kernelSize: rng.int(1, 3) }];
  const afterOne = Math.floor((side - convolutions[0].kernelSize + 1) / 2);
  if (afterOne >= 4 && rng.int(0, 1) === 1) convolutions.push({ filters: rng.int(1, 5), kernelSize: rng.int(1, 3) });
  const classes = rng.int(2, 5);
  const batch = rng.int(1, 6);
  const net = lab.cnn({ input, convolutions, classes, seed: 40 + c });
  fused = net.fused ? 1 : 0;
  const xs = tf.randomNormal([batch, ...input], 0, 1, 'float32', rng.int(0, 1e6));
  const ids = tf.randomUniform([batch], 0, classes, 'int32', rng.int(0, 1e6));
  const ys = c % 3 === 0 ? tf.softmax(tf.randomNormal([batch, classes], 0, 2, 'float32', rng.int(0, 1e6))) : c % 3 === 1 ? tf.oneHot(ids, classes) : tf.oneHot(ids, classes).toFloat();
  const lossOf = (...ws) => {
    let h = xs;
    for (let l = 0; l < convolutions.length; l++) h = tf.maxPool(tf.relu(tf.conv2d(h, ws[2 * l], 1, 'valid').add(ws[2 * l + 1])), 2, 2, 'valid');
    const last = ws.length - 2;
    return tf.losses.softmaxCrossEntropy(ys.toFloat(), h.reshape([batch, -1]).matMul(ws[last]).add(ws[last + 1]));
  };
  const weights = net.weights().flatMap((l) => [l.W, l.b]);
  const reference = tf.grads(lossOf)(weights);
  const { loss, grads } = net.gradients(xs, ys);
  const mine = grads.flatMap((g) => [g.W, g.b]);
  for (let i = 0; i < mine.length; i++) worstGradient = Math.max(worstGradient, await gap(mine[i], reference[i]));
  worstLoss = Math.max(worstLoss, await gap(loss, lossOf(...weights)));
  net.dispose();
  cases++;
}
lab.metrics({ fused, cases, worstGradient, worstLoss });
`;

/**
 * 25 steps of each optimizer, `lab.cnn` (fused on WebGPU) against
 * `lab.cnn({ fused: false })` (tfjs's ops and optimizers) from the same
 * seed, on one batch: the weights' worst relative gap.
 */
export const CNN_STEPS = `${RELATIVE_GAP}
let fused = 0;
const steps = {};
for (const optimizer of ['sgd', 'momentum', 'adam']) {
  const options = { input: [10, 10, 2], convolutions: [{ filters: 4, kernelSize: 3 }], classes: 3, optimizer, learningRate: optimizer === 'adam' ? 0.01 : 0.1, seed: 9 };
  const a = lab.cnn(options);
  fused = a.fused ? 1 : 0;
  const b = lab.cnn({ ...options, fused: false });
  const xs = tf.randomNormal([6, 10, 10, 2], 0, 1, 'float32', 3);
  const ys = tf.oneHot(tf.tensor1d([0, 1, 2, 2, 1, 0], 'int32'), 3);
  for (let i = 0; i < 25; i++) tf.dispose([a.step(xs, ys), b.step(xs, ys)]);
  const wa = a.weights().flatMap((l) => [l.W, l.b]);
  const wb = b.weights().flatMap((l) => [l.W, l.b]);
  let worst = 0;
  for (let i = 0; i < wa.length; i++) worst = Math.max(worst, await gap(wa[i], wb[i]));
  steps[optimizer + 'Steps'] = worst;
  a.dispose();
  b.dispose();
}
lab.metrics({ fused, ...steps });
`;
