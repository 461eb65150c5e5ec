// The bench's training task, written as user code (globals `tf` and `lab`).
// Both bench pages run this same file: the client page through the full
// runtime (worker, messages, charts, progress), the bare page by calling it
// directly on the page with a do-nothing `lab.fitCallbacks`.
// Same model and data as the house-prices example; epochs = 40 × lab.scale.
const rng = lab.random(1);
const areas = rng.array(200, (r) => r.uniform(40, 200));
const prices = areas.map((area) => 50 + 3 * area + rng.normal(0, 40));
const mean = areas.reduce((s, a) => s + a, 0) / areas.length;
const std = Math.sqrt(areas.reduce((s, a) => s + (a - mean) ** 2, 0) / areas.length);
const xs = tf.tensor2d(areas.map((a) => [(a - mean) / std]));
const ys = tf.tensor2d(prices.map((p) => [p / 100]));
const model = tf.sequential();
model.add(tf.layers.dense({ units: 1, inputShape: [1], kernelInitializer: 'zeros', biasInitializer: 'zeros' }));
model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });
const history = await model.fit(xs, ys, {
  epochs: Math.max(1, Math.round(40 * lab.scale)),
  batchSize: 20,
  shuffle: false,
  callbacks: lab.fitCallbacks({ charts: ['loss'] }),
});
lab.metrics({ finalLoss: Number(history.history['loss']?.at(-1)) });

export {};
