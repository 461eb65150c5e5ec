/**
 * Programs a student could type to check `lab.transformer` against tfjs
 * itself, for tests/browser/fused-mlp.test.ts. Each reports with
 * `lab.metrics`. The steps are compared with tfjs's ops on the CPU backend,
 * in a run of their own: on SwiftShader one step of tfjs's ops (about 330
 * dispatches) takes most of a second.
 */
import { RELATIVE_GAP } from './program-snippets';

/** The parameters' names, in the order of the reference network's arguments. */
const NAMES = `
const names = ['E', 'P', 'Wq', 'Wk', 'Wv', 'Wo', 'W1', 'b1', 'W2', 'Wout', 'bout'];
`;

/**
 * Property test: on random networks (vocabularies of 2–12 symbols, windows
 * of 1–6, widths 3–8, feed-forward layers of 1–10 units, batches of 1–4),
 * `net.gradients` must match `tf.grads` of the same network written with tf
 * ops (gather, tf.moments, matMul, tf.softmax with a causal mask, relu,
 * tf.losses.softmaxCrossEntropy) from `net.weights()`, and the loss too.
 */
export const TRANSFORMER_GRADIENTS = `${RELATIVE_GAP}${NAMES}
const rng = lab.random(20261203);
const reference = (ids, targets, V, T, d) => (...ws) => {
  const w = Object.fromEntries(names.map((n, i) => [n, ws[i]]));
  const norm = (x) => {
    const { mean, variance } = tf.moments(x, -1, true);
    return x.sub(mean).div(variance.add(1e-5).sqrt());
  };
  const proj = (x, m) => {
    const [b, t, n] = x.shape;
    return x.reshape([b * t, n]).matMul(m).reshape([b, t, m.shape[1]]);
  };
  const mask = tf.linalg.bandPart(tf.ones([T, T]), 0, -1).sub(tf.eye(T)).mul(-1e9);
  let x = tf.gather(w.E, ids).add(w.P);
  const h = norm(x);
  const a = tf.softmax(tf.matMul(proj(h, w.Wq), proj(h, w.Wk), false, true).div(Math.sqrt(d)).add(mask));
  x = x.add(proj(tf.matMul(a, proj(h, w.Wv)), w.Wo));
  x = x.add(proj(proj(norm(x), w.W1).add(w.b1).relu(), w.W2));
  return tf.losses.softmaxCrossEntropy(tf.oneHot(targets, V), proj(norm(x), w.Wout).add(w.bout));
};
let worstGradient = 0, worstLoss = 0, cases = 0, fused = 0;
for (let c = 0; c < 8; c++) {
  const V = rng.int(2, 12), T = rng.int(1, 6), d = rng.int(3, 8), hidden = rng.int(1, 10), batch = rng.int(1, 4);
  const net = lab.transformer({ vocabulary: V, context: T, width: d, hidden, seed: 60 + c });
  fused = net.fused ? 1 : 0;
  const ids = tf.tensor2d(rng.array(batch * T, (r) => r.int(0, V - 1)), [batch, T], 'int32');
  const targets = tf.tensor2d(rng.array(batch * T, (r) => r.int(0, V - 1)), [batch, T], 'int32');
  const start = net.weights();
  const ws = names.map((n) => start[n]);
  const f = reference(ids, targets, V, T, d);
  const expected = tf.grads(f)(ws);
  const { loss, grads } = net.gradients(ids, targets);
  for (let i = 0; i < names.length; i++) worstGradient = Math.max(worstGradient, await gap(grads[names[i]], expected[i]));
  worstLoss = Math.max(worstLoss, await gap(loss, f(...ws)));
  net.dispose();
  cases++;
}
lab.metrics({ fused, cases, worstGradient, worstLoss });
`;

/**
 * 15 steps of each optimizer on one batch with `lab.transformer`: fused
 * kernels on WebGPU, tfjs's ops and optimizers on the CPU. Every parameter
 * after the steps is a metric (`<optimizer><i>`, with `<optimizer>Count`),
 * so the test compares the two backends' runs number by number: 206 of
 * them an optimizer, inside one `lab.metrics` call's 256.
 */
export const TRANSFORMER_STEPS = `${NAMES}
const rng = lab.random(20261205);
const ids = tf.tensor2d(rng.array(12, (r) => r.int(0, 5)), [3, 4], 'int32');
const targets = tf.tensor2d(rng.array(12, (r) => r.int(0, 5)), [3, 4], 'int32');
for (const optimizer of ['sgd', 'momentum', 'adam']) {
  const net = lab.transformer({ vocabulary: 6, context: 4, width: 4, hidden: 8, optimizer, learningRate: optimizer === 'adam' ? 0.01 : 0.1, seed: 9 });
  for (let i = 0; i < 15; i++) net.step(ids, targets).dispose();
  const w = net.weights();
  const flat = (await Promise.all(names.map((n) => w[n].data()))).flatMap((a) => Array.from(a));
  const metrics = { fused: net.fused ? 1 : 0, [optimizer + 'Count']: flat.length };
  flat.forEach((v, i) => { metrics[optimizer + i] = v; });
  lab.metrics(metrics);
  tf.dispose(Object.values(w));
  net.dispose();
}
`;
