// A binary classifier on 2-D points, with its decision boundary drawn live.
// The defaults are TensorFlow Playground's: the circle data set, two inputs,
// hidden layers of 4 and 2 tanh units, learning rate 0.03, batch size 10,
// 250 training points. Change them in Settings; the run starts again.

const dataset = lab.control('data set', { kind: 'choice', value: 'circles', options: ['circles', 'xor', 'moons', 'spiral'] });
const layers = lab.control('hidden layers', { kind: 'choice', value: '4-2', options: ['4-2', '8-8', '16-16-8'] });
const activation = lab.control('activation', { kind: 'choice', value: 'tanh', options: ['tanh', 'relu', 'sigmoid'] });
const learningRate = lab.control('learning rate', { value: 0.03, min: 0.001, max: 1, log: true });
const epochs = Math.max(5, Math.round(300 * lab.scale));
const rng = lab.random();

// 1. Data: 250 points to train on and 250 to test on, labels 0 or 1, coordinates in [-6, 6].
type Point = { x: number; y: number; label: number };
function makePoints(n: number): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < n; i++) {
    if (dataset === 'circles') {
      // Inside a radius of 2.5: class 1; a ring from 3.5 to 5: class 0.
      const inside = i % 2 === 0;
      const r = inside ? rng.uniform(0, 2.5) : rng.uniform(3.5, 5);
      const t = rng.uniform(0, 2 * Math.PI);
      points.push({ x: r * Math.cos(t), y: r * Math.sin(t), label: inside ? 1 : 0 });
    } else if (dataset === 'xor') {
      // Same sign of x and y: class 1. Points kept 0.3 away from the axes.
      const pad = (v: number) => v + (v > 0 ? 0.3 : -0.3);
      const x = pad(rng.uniform(-5, 5));
      const y = pad(rng.uniform(-5, 5));
      points.push({ x, y, label: x * y > 0 ? 1 : 0 });
    } else if (dataset === 'moons') {
      // Two interleaved half circles of radius 3.
      const upper = i % 2 === 0;
      const t = rng.uniform(0, Math.PI);
      const x = upper ? 3 * Math.cos(t) - 1.5 : 1.5 - 3 * Math.cos(t);
      const y = upper ? 3 * Math.sin(t) - 0.75 : 0.75 - 3 * Math.sin(t);
      points.push({ x: x + rng.normal(0, 0.25), y: y + rng.normal(0, 0.25), label: upper ? 1 : 0 });
    } else {
      // Two spirals winding out from the center, a half turn apart.
      const k = Math.floor(i / 2);
      const label = i % 2;
      const r = (k / (n / 2)) * 5;
      const t = 1.75 * (k / (n / 2)) * 2 * Math.PI + label * Math.PI;
      points.push({ x: r * Math.sin(t) + rng.uniform(-0.1, 0.1), y: r * Math.cos(t) + rng.uniform(-0.1, 0.1), label });
    }
  }
  return rng.shuffle(points);
}
const train = makePoints(250);
const test = makePoints(250);
const toTensors = (points: Point[]) => ({
  xs: tf.tensor2d(points.map((p) => [p.x, p.y])),
  ys: tf.tensor2d(points.map((p) => [p.label])),
});
const trainSet = toTensors(train);
const testSet = toTensors(test);

// 2. The model, written out with tf ops. Each layer has a weight matrix W and a
//    bias b and computes h ← activation(h·W + b); the last layer gives ONE score z
//    per point, and P(class 1) = σ(z). tf.layers and model.fit would build and
//    train the same network, but for one this small their bookkeeping on every
//    step costs more than the arithmetic: written out, it trains much faster.
const params: { W: tf.Variable; b: tf.Variable }[] = [];
let fanIn = 2;
for (const units of [...layers.split('-').map(Number), 1]) {
  const init = tf.initializers.glorotUniform({ seed: lab.seed + params.length });
  params.push({ W: tf.variable(init.apply([fanIn, units])), b: tf.variable(tf.zeros([units])) });
  fanIn = units;
}
const act = { tanh: tf.tanh, relu: tf.relu, sigmoid: tf.sigmoid }[activation as 'tanh' | 'relu' | 'sigmoid'];
/** The score z (a logit) for each row of x. */
function score(x: tf.Tensor2D): tf.Tensor2D {
  let h = x;
  params.forEach(({ W, b }, l) => {
    const z = h.matMul(W).add(b) as tf.Tensor2D;
    h = l < params.length - 1 ? act(z) : z;
  });
  return h;
}
const predict = (x: tf.Tensor2D): tf.Tensor2D => tf.sigmoid(score(x));
// Binary cross-entropy computed from the score, not from σ(z): the same value,
// without log(0) when σ rounds to 0 or 1 (the credit-scoring lesson's from_logits).
const loss = (x: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar => tf.losses.sigmoidCrossEntropy(y, score(x));
const optimizer = tf.train.sgd(learningRate);

// 3. The decision boundary: P(class 1) on a 40 × 40 grid over [-6, 6]², one
//    predict call for all 1,600 points; the grid tensor is made once.
const N = 40;
const coords = Array.from({ length: N }, (_, k) => -6 + (12 * k) / (N - 1));
const grid = tf.tensor2d(coords.flatMap((gy) => coords.map((gx) => [gx, -gy]))); // top row first: y from 6 down to -6
let redraws = 0;
/** Share of `set` classified right (P ≥ 0.5 means class 1). */
async function accuracy(set: { xs: tf.Tensor2D; ys: tf.Tensor2D }): Promise<number> {
  const hits = tf.tidy(() => predict(set.xs).greaterEqual(0.5).cast('float32').equal(set.ys).mean());
  const value = (await hits.data())[0] ?? NaN;
  hits.dispose();
  return value;
}
async function drawBoundary(epoch: number): Promise<void> {
  const p = tf.tidy(() => predict(grid));
  const values = await p.data();
  p.dispose();
  lab.chart('accuracy', 'training', epoch, await accuracy(trainSet));
  const rows = Array.from({ length: N }, (_, r) => Array.from(values.subarray(r * N, (r + 1) * N)));
  lab.heatmap('decision boundary', {
    values: rows,
    colors: 'diverging',
    center: 0.5,
    min: 0,
    max: 1,
    extent: { x: [-6, 6], y: [-6, 6] },
    points: { x: train.map((q) => q.x), y: train.map((q) => q.y), label: train.map((q) => q.label) },
  });
  redraws++;
}
await drawBoundary(0);

// 4. Train: batches of 10 in a fixed order, one gradient step each
//    (optimizer.minimize: gradients of the loss by backpropagation, then θ ← θ − η∇L).
//    The boundary is redrawn at most ~15 times a second: drawing more often only
//    slows training down, and the eye cannot follow faster anyway.
const batchSize = 10;
const batches = train.length / batchSize;
const batchList = Array.from({ length: batches }, (_, b) => ({
  xs: trainSet.xs.slice([b * batchSize, 0], [batchSize, 2]),
  ys: trainSet.ys.slice([b * batchSize, 0], [batchSize, 1]),
}));
const started = performance.now();
let lastDraw = started;
for (let epoch = 0; epoch < epochs; epoch++) {
  const costs: tf.Scalar[] = [];
  for (const [b, batch] of batchList.entries()) {
    const cost = optimizer.minimize(() => loss(batch.xs, batch.ys), true);
    if (cost) costs.push(cost);
    lab.progress({ epoch: epoch + 1, epochs, batch: b + 1, batches });
  }
  // The epoch's loss: the mean of its batch losses, read once per epoch.
  const mean = tf.tidy(() => tf.addN(costs).div(batches));
  tf.dispose(costs);
  lab.chart('loss', 'training', epoch + 1, (await mean.data())[0] ?? NaN);
  mean.dispose();
  const now = performance.now();
  if (now - lastDraw >= 66) {
    lastDraw = now;
    await drawBoundary(epoch + 1);
  }
}
const seconds = (performance.now() - started) / 1000;
await drawBoundary(epochs);

// 5. How well it does on points it never saw.
const testLossTensor = loss(testSet.xs, testSet.ys);
const testLoss = (await testLossTensor.data())[0] ?? NaN;
const testAccuracy = await accuracy(testSet);
// How sure is that? The 95 % Wilson interval for k right out of n test points (src/math/intervals.ts).
const n = test.length;
const z = 1.959964;
const den = 1 + (z * z) / n;
const centre = (testAccuracy + (z * z) / (2 * n)) / den;
const half = (z / den) * Math.sqrt((testAccuracy * (1 - testAccuracy)) / n + (z * z) / (4 * n * n));
const [testLow, testHigh] = [Math.max(0, centre - half), Math.min(1, centre + half)];
lab.print(
  `${dataset}, layers ${layers}, ${activation}, η = ${learningRate}: test accuracy ${(testAccuracy * 100).toFixed(1)} % ` +
    `(95 % interval ${(testLow * 100).toFixed(1)} to ${(testHigh * 100).toFixed(1)} % on ${n} points) after ${epochs} epochs.`,
);
lab.print(`Speed: ${(epochs / seconds).toFixed(1)} epochs per second, ${(redraws / seconds).toFixed(1)} boundary redraws per second.`);
lab.metrics({ testAccuracy, testLow, testHigh, testLoss, epochsPerSecond: epochs / seconds, redrawsPerSecond: redraws / seconds });

export {};
