/**
 * Programs a student could type to check `lab.mlp` against tfjs itself,
 * for tests/browser/fused-mlp.test.ts. Each reports with `lab.metrics`.
 */

/**
 * Property test: on random networks (1–3 hidden layers, 1–9 units, 1–12
 * rows, every activation and loss), `net.gradients` must match `tf.grads`
 * of the same loss written with tf ops. Reports the worst relative error
 * over all cases: max |g − g_ref| / (max |g_ref| + 1e-6) per tensor, and
 * the worst relative loss error.
 */
export const GRADIENT_PROPERTY = `
const rng = lab.random(20261203);
const cases = 12;
let worstGradient = 0;
let worstLoss = 0;
let fused = 0;
const worst = (a, b) => tf.tidy(() => tf.max(tf.abs(tf.sub(a, b))).div(tf.max(tf.abs(b)).add(1e-6)));
for (let c = 0; c < cases; c++) {
  const sizes = [rng.int(1, 5)];
  const hidden = rng.int(1, 3);
  for (let h = 0; h < hidden; h++) sizes.push(rng.int(1, 9));
  sizes.push(rng.int(1, 3));
  const rows = rng.int(1, 12);
  const activation = rng.pick(['tanh', 'relu', 'sigmoid']);
  const lossName = rng.pick(['meanSquaredError', 'sigmoidCrossEntropy']);
  const net = lab.mlp({ sizes, activation, loss: lossName, seed: 100 + c });
  fused = net.fused ? 1 : 0;
  const xs = tf.tensor2d(rng.array(rows * sizes[0], (r) => r.normal(0, 1.5)), [rows, sizes[0]]);
  const out = sizes[sizes.length - 1];
  const ys = tf.tensor2d(rng.array(rows * out, (r) => (lossName === 'meanSquaredError' ? r.normal(0, 1) : r.int(0, 1))), [rows, out]);
  const weights = net.weights().flatMap((l) => [l.W, l.b]);
  const f = tf.grads((...ws) => {
    let h = xs;
    for (let l = 0; l < ws.length / 2; l++) {
      const z = h.matMul(ws[2 * l]).add(ws[2 * l + 1]);
      h = l < ws.length / 2 - 1 ? tf[activation](z) : z;
    }
    return lossName === 'meanSquaredError' ? tf.losses.meanSquaredError(ys, h) : tf.losses.sigmoidCrossEntropy(ys, h);
  });
  const reference = f(weights);
  const { loss, grads } = net.gradients(xs, ys);
  const mine = grads.flatMap((g) => [g.W, g.b]);
  for (let i = 0; i < mine.length; i++) {
    worstGradient = Math.max(worstGradient, (await worst(mine[i], reference[i]).data())[0]);
  }
  const refLoss = tf.tidy(() => {
    let h = xs;
    for (let l = 0; l < weights.length / 2; l++) {
      const z = h.matMul(weights[2 * l]).add(weights[2 * l + 1]);
      h = l < weights.length / 2 - 1 ? tf[activation](z) : z;
    }
    return lossName === 'meanSquaredError' ? tf.losses.meanSquaredError(ys, h) : tf.losses.sigmoidCrossEntropy(ys, h);
  });
  worstLoss = Math.max(worstLoss, (await worst(loss, refLoss).data())[0]);
  tf.dispose([xs, ys, loss, refLoss, ...weights, ...reference, ...mine]);
  net.dispose();
}
lab.metrics({ fused, cases, worstGradient, worstLoss });
`;

/**
 * Parity: the Playground network (2-4-2-1 tanh, batch 10, Playground's
 * data: the circle) trained 100 steps with \`net.step\` and with tfjs's own
 * \`optimizer.minimize\` from the same weights, for SGD, momentum and Adam.
 * Reports max |w − w_tfjs| / max |w_tfjs| per optimizer, and every weight of
 * the \`lab.mlp\` runs (\`sgd0\`, …) to compare across backends.
 */
export const STEP_PARITY = `
const rng = lab.random(7);
const points = rng.array(100, () => 0).map((_, i) => {
  const inside = i % 2 === 0;
  const r = inside ? rng.uniform(0, 2.5) : rng.uniform(3.5, 5);
  const t = rng.uniform(0, 2 * Math.PI);
  return [r * Math.cos(t), r * Math.sin(t), inside ? 1 : 0];
});
const xs = tf.tensor2d(points.map((p) => [p[0], p[1]]));
const ys = tf.tensor2d(points.map((p) => [p[2]]));
const batches = Array.from({ length: 10 }, (_, b) => [xs.slice([b * 10, 0], [10, 2]), ys.slice([b * 10, 0], [10, 1])]);
const steps = 100;
const metrics = {};
for (const optimizer of ['sgd', 'momentum', 'adam']) {
  const options = { sizes: [2, 4, 2, 1], activation: 'tanh', loss: 'sigmoidCrossEntropy', optimizer, learningRate: optimizer === 'adam' ? 0.01 : 0.03, seed: 5 };
  const net = lab.mlp(options);
  metrics.fused = net.fused ? 1 : 0;
  const start = net.weights();
  const vars = start.flatMap((l) => [tf.variable(l.W), tf.variable(l.b)]);
  const opt = optimizer === 'sgd' ? tf.train.sgd(0.03) : optimizer === 'momentum' ? tf.train.momentum(0.03, 0.9) : tf.train.adam(0.01);
  const score = (x) => {
    let h = x;
    for (let l = 0; l < vars.length / 2; l++) {
      const z = h.matMul(vars[2 * l]).add(vars[2 * l + 1]);
      h = l < vars.length / 2 - 1 ? tf.tanh(z) : z;
    }
    return h;
  };
  for (let s = 0; s < steps; s++) {
    const [bx, by] = batches[s % batches.length];
    net.step(bx, by).dispose();
    opt.minimize(() => tf.losses.sigmoidCrossEntropy(by, score(bx)));
  }
  const mine = await Promise.all(net.weights().flatMap((l) => [l.W, l.b]).map((t) => t.data()));
  const theirs = await Promise.all(vars.map((v) => v.data()));
  const flatMine = mine.flatMap((a) => Array.from(a));
  const flatTheirs = theirs.flatMap((a) => Array.from(a));
  const scale = Math.max(...flatTheirs.map(Math.abs));
  metrics[optimizer + 'VsTfjs'] = Math.max(...flatMine.map((w, i) => Math.abs(w - flatTheirs[i]))) / scale;
  flatMine.forEach((w, i) => { metrics[optimizer + i] = w; });
  metrics[optimizer + 'Count'] = flatMine.length;
  net.dispose();
  opt.dispose();
}
lab.metrics(metrics);
`;

/**
 * A training loop as the course writes one, fused or not: 100 steps on one
 * batch, with the progress bar; the loss is read once at the end, or every
 * step when \`readEachStep\` (the habit the course's loops avoid).
 */
export const counted = (fused: boolean, optimizer: 'sgd' | 'adam', readEachStep = false): string => `
const xs = tf.randomUniform([10, 2], -1, 1, 'float32', 1);
const ys = tf.randomUniform([10, 1], -1, 1, 'float32', 2);
const net = lab.mlp({ sizes: [2, 4, 2, 1], optimizer: '${optimizer}', learningRate: 0.01, fused: ${fused} });
const steps = 100;
let loss = null;
for (let s = 0; s < steps; s++) {
  loss?.dispose();
  loss = net.step(xs, ys);
  lab.progress({ epoch: s + 1, epochs: steps });
  ${readEachStep ? 'await loss.data();' : ''}
}
lab.metrics({ fused: net.fused ? 1 : 0, loss: (await loss.data())[0] });
`;

/**
 * `lab.optimizer` against tfjs's own optimizers: random variables (2–6 of
 * random shapes, some scalars), a loss with every variable in it, 60 steps
 * of SGD, momentum and Adam from the same start, once fused and once as
 * `tf.train` (fused: false). Reports the worst gap between the two sets of
 * final values, relative to the largest value, per optimizer, and whether
 * the fused one was fused.
 */
export const OPTIMIZER_PARITY = `
const rng = lab.random(20261204);
let fused = 1;
for (const optimizer of ['sgd', 'momentum', 'adam']) {
  const count = rng.int(2, 6);
  const shapes = Array.from({ length: count }, () => (rng.int(0, 3) === 0 ? [] : rng.int(0, 1) === 0 ? [rng.int(1, 9)] : [rng.int(1, 6), rng.int(1, 7)]));
  const starts = shapes.map((shape) => rng.array(shape.reduce((a, b) => a * b, 1), (r) => r.normal(0, 1)));
  const targets = starts.map((values) => values.map(() => rng.normal(0, 1)));
  const run = (fusedUpdate) => {
    const vars = shapes.map((shape, i) => tf.variable(tf.tensor(starts[i], shape)));
    const goal = shapes.map((shape, i) => tf.tensor(targets[i], shape));
    const opt = lab.optimizer({ variables: vars, optimizer, learningRate: optimizer === 'adam' ? 0.05 : 0.1, fused: fusedUpdate });
    if (fusedUpdate && !opt.fused) fused = 0;
    for (let s = 0; s < 60; s++) {
      opt.minimize(() => tf.addN(vars.map((v, i) => tf.sum(tf.square(tf.tanh(v).sub(goal[i].mul(0.5)))))).add(tf.sum(vars[0]).mul(0.01)));
    }
    return vars;
  };
  const a = run(true);
  const b = run(false);
  const gap = tf.max(tf.stack(a.map((v, i) => tf.max(tf.abs(v.sub(b[i])).reshape([-1]))))).div(tf.max(tf.stack(b.map((v) => tf.max(tf.abs(v)).reshape([])))).add(1e-6));
  lab.metrics({ [optimizer + 'Gap']: (await gap.data())[0] });
}
lab.metrics({ fused });
`;

/**
 * `lab.layerNorm`, `lab.softmaxCrossEntropy` and `lab.attentionWeights`
 * (scaled, causally masked) against the same formulas as tf ops, with
 * gradients from `tf.grad`: random shapes (rank 2–3, last axis
 * 1–40), random inputs and a random weighting of the outputs (so every
 * gradient entry matters), soft and one-hot labels, an upstream factor on the
 * loss. Reports the worst gap of values and of gradients, relative to the
 * largest reference value, and the number of cases; and lab.mlp's loss after
 * 11 steps with targets cast from int32 (\`toFloat()\`) against float ones.
 */
export const FUSED_OPS_PROPERTY = `
const rng = lab.random(20261203);
const gap = async (mine, theirs) => {
  const [d, s] = await Promise.all([mine.sub(theirs).abs().max().data(), theirs.abs().max().data()]);
  return d[0] / Math.max(s[0], 1e-12);
};
const reference = (x) => {
  const { mean, variance } = tf.moments(x, -1, true);
  return x.sub(mean).div(variance.add(1e-5).sqrt());
};
let normValue = 0, normGrad = 0, lossValue = 0, lossGrad = 0, attnValue = 0, attnGrad = 0, cases = 0;
for (let c = 0; c < 10; c++) {
  const last = rng.int(1, 40);
  const shape = rng.int(0, 1) === 0 ? [rng.int(1, 9), last] : [rng.int(1, 4), rng.int(1, 6), last];
  const x = tf.randomNormal(shape, rng.normal(0, 2), 0.1 + 3 * rng.next(), 'float32', rng.int(0, 1e6));
  const w = tf.randomNormal(shape, 0, 1, 'float32', rng.int(0, 1e6));
  normValue = Math.max(normValue, await gap(lab.layerNorm(x), reference(x)));
  normGrad = Math.max(normGrad, await gap(tf.grad((v) => lab.layerNorm(v).mul(w).sum())(x), tf.grad((v) => reference(v).mul(w).sum())(x)));
  const logits = tf.randomNormal(shape, 0, 3, 'float32', rng.int(0, 1e6));
  const labels = c % 2 === 0
    ? tf.softmax(tf.randomNormal(shape, 0, 2, 'float32', rng.int(0, 1e6)))
    : tf.oneHot(tf.randomUniform(shape.slice(0, -1), 0, last, 'int32', rng.int(0, 1e6)), last).toFloat();
  const upstream = 0.5 + 2 * rng.next();
  lossValue = Math.max(lossValue, await gap(lab.softmaxCrossEntropy(labels, logits), tf.losses.softmaxCrossEntropy(labels, logits)));
  lossGrad = Math.max(lossGrad, await gap(
    tf.grad((z) => lab.softmaxCrossEntropy(labels, z).mul(upstream))(logits),
    tf.grad((z) => tf.losses.softmaxCrossEntropy(labels, z).mul(upstream))(logits),
  ));
  // Attention weights, scaled and masked (a causal mask over the last two axes), against tf.softmax.
  const t = shape[shape.length - 1];
  const square = [...shape.slice(0, -2), t, t];
  const scores = tf.randomNormal(square, 0, 2, 'float32', rng.int(0, 1e6));
  const mask = tf.linalg.bandPart(tf.ones([t, t]), 0, -1).sub(tf.eye(t)).mul(-1e9);
  const scale = 1 / Math.sqrt(1 + rng.int(0, 63));
  const u = tf.randomNormal(square, 0, 1, 'float32', rng.int(0, 1e6));
  const softmaxRef = (v) => tf.softmax(v.mul(scale).add(mask));
  attnValue = Math.max(attnValue, await gap(lab.attentionWeights(scores, { scale, mask }), softmaxRef(scores)));
  attnGrad = Math.max(attnGrad, await gap(tf.grad((v) => lab.attentionWeights(v, { scale, mask }).mul(u).sum())(scores), tf.grad((v) => softmaxRef(v).mul(u).sum())(scores)));
  cases++;
}
// lab.mlp with targets cast from int32 (on WebGPU their buffer can stay int32) trains as with float targets.
const xs = tf.randomNormal([8, 2], 0, 1, 'float32', 5);
const ints = tf.tensor2d([1, 0, 1, 1, 0, 0, 1, 0], [8, 1], 'int32');
const lossAfter = async (ys) => {
  const net = lab.mlp({ sizes: [2, 4, 1], loss: 'sigmoidCrossEntropy', learningRate: 0.1 });
  let l = net.step(xs, ys);
  for (let i = 0; i < 10; i++) { l.dispose(); l = net.step(xs, ys); }
  const value = (await l.data())[0];
  net.dispose();
  return value;
};
const castLoss = await lossAfter(ints.toFloat());
const floatLoss = await lossAfter(tf.tensor2d(Array.from(await ints.data()), [8, 1]));
lab.metrics({ cases, normValue, normGrad, lossValue, lossGrad, attnValue, attnGrad, castLoss, castGap: Math.abs(castLoss - floatLoss) / floatLoss, webgpu: lab.backend === 'webgpu' ? 1 : 0 });
`;
