// SGD, momentum and Adam on one task, from the same starting weights, with
// their loss curves in one chart. Then gradient clipping rescues a run that
// would otherwise blow up.

const rng = lab.random();
const epochs = Math.max(5, Math.round(60 * lab.scale));

// 1. The task: two interleaved half-moons (as in the binary-classifier lesson), 300 points.
const points = Array.from({ length: 300 }, (_, i) => {
  const upper = i % 2 === 0;
  const t = rng.uniform(0, Math.PI);
  const x = upper ? Math.cos(t) - 0.5 : 0.5 - Math.cos(t);
  const y = upper ? Math.sin(t) - 0.25 : 0.25 - Math.sin(t);
  return { x: x + rng.normal(0, 0.1), y: y + rng.normal(0, 0.1), label: upper ? 1 : 0 };
});
const xs = tf.tensor2d(points.map((p) => [p.x, p.y]));
const ys = tf.tensor2d(points.map((p) => [p.label]));

// 2. One architecture; every optimizer starts from exactly the same weights (same seeds).
function makeModel(optimizer: tf.Optimizer): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 16, activation: 'tanh', inputShape: [2], kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed }) }));
  model.add(tf.layers.dense({ units: 16, activation: 'tanh', kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed + 1 }) }));
  model.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed + 2 }) }));
  model.compile({ optimizer, loss: 'binaryCrossentropy' });
  return model;
}

// 3. Train each for the same number of epochs; plot all curves in one chart.
const optimizers: [string, () => tf.Optimizer][] = [
  ['SGD (η = 0.05)', () => tf.train.sgd(0.05)],
  ['momentum (η = 0.05, β = 0.9)', () => tf.train.momentum(0.05, 0.9)],
  ['Adam (η = 0.01)', () => tf.train.adam(0.01)],
];
const finalLoss: Record<string, number> = {};
for (const [name, make] of optimizers) {
  const model = makeModel(make());
  await model.fit(xs, ys, {
    epochs,
    batchSize: 32,
    shuffle: false,
    callbacks: lab.fitCallbacks({
      charts: [],
      onEpochEnd: (epoch, logs) => {
        lab.chart('training loss by optimizer', name, epoch + 1, logs['loss'] ?? NaN);
        finalLoss[name] = logs['loss'] ?? NaN;
      },
    }),
  });
  model.dispose();
}
lab.table(Object.entries(finalLoss).map(([optimizer, loss]) => ({ optimizer, [`loss after ${epochs} epochs`]: Number(loss.toFixed(4)) })));

// 4. Gradient clipping. Predict a price from an UNscaled area (40–200 m²): the
//    gradient of the squared error is huge, and plain SGD overshoots to Infinity.
//    Clipping rescales the gradient whenever its norm exceeds 1, keeping its direction.
const areas = rng.array(100, (r) => r.uniform(40, 200));
const ax = tf.tensor1d(areas);
const ay = tf.tensor1d(areas.map((a) => 0.03 * a + 0.5 + rng.normal(0, 0.4)));
async function fitLine(clip: boolean): Promise<number> {
  const w = tf.variable(tf.scalar(0));
  const b = tf.variable(tf.scalar(0));
  const optimizer = tf.train.sgd(0.001);
  let loss = NaN;
  for (let step = 0; step < 200; step++) {
    const { value, grads } = optimizer.computeGradients(() => w.mul(ax).add(b).sub(ay).square().mean() as tf.Scalar, [w, b]);
    loss = (await value.data())[0] ?? NaN;
    lab.chart('loss with and without clipping', clip ? 'clipped at norm 1' : 'no clipping', step + 1, Math.min(loss, 1e6));
    const update = tf.tidy(() => {
      if (!clip) return grads;
      const norm = tf.sqrt(tf.addN(Object.values(grads).map((g) => g.square().sum())));
      const scale = tf.minimum(tf.scalar(1), tf.scalar(1).div(norm));
      return Object.fromEntries(Object.entries(grads).map(([k, g]) => [k, g.mul(scale)]));
    });
    optimizer.applyGradients(update);
    value.dispose();
    if (!Number.isFinite(loss)) break;
  }
  return loss;
}
const unclipped = await fitLine(false);
const clipped = await fitLine(true);
lab.print(`Without clipping the loss ends at ${unclipped.toPrecision(3)}; with clipping at ${clipped.toFixed(3)}.`);
lab.metrics({ ...finalLoss, lossWithoutClipping: unclipped, lossWithClipping: clipped });

export {};
