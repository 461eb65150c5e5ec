// House prices: one neuron learns a straight line, price = w · area + b.
// Press Run (Ctrl/Cmd+Enter) and watch the loss fall and the line find the data.

// 1. Make up a town: 200 houses between 40 and 200 m². The "true" rule is
//    50k + 3k per m², plus noise (σ = 40k) for everything the area leaves out.
const rng = lab.random(); // seeded: same houses on every run
const houses = 200;
const areas = rng.array(houses, (r) => r.uniform(40, 200));
const prices = areas.map((area) => 50 + 3 * area + rng.normal(0, 40)); // in thousands

// 2. Scale the numbers. Gradient descent is happiest when inputs are around
//    0 with spread 1 (standardize), and targets are small (hundreds of k → units).
const mean = areas.reduce((s, a) => s + a, 0) / houses;
const std = Math.sqrt(areas.reduce((s, a) => s + (a - mean) ** 2, 0) / houses);
const xs = tf.tensor2d(areas.map((a) => [(a - mean) / std]));
const ys = tf.tensor2d(prices.map((p) => [p / 100]));

// 3. The model: a single Dense unit, y = w·x + b, no activation. Starting from
//    zeros (not random) makes every run on the cpu backend identical.
const model = tf.sequential();
model.add(tf.layers.dense({ units: 1, inputShape: [1], kernelInitializer: 'zeros', biasInitializer: 'zeros' }));
model.compile({ optimizer: tf.train.sgd(0.1), loss: 'meanSquaredError' });

// Draws the houses and the model's current line (2 points are enough for a line).
// Tensors are read with `await t.data()`: it never blocks (dataSync() would).
async function drawFit(): Promise<void> {
  const ends = [40, 200];
  const line = tf.tidy(() => model.predict(tf.tensor2d(ends.map((a) => [(a - mean) / std]))) as tf.Tensor);
  const lineY = Array.from(await line.data(), (y) => y * 100);
  line.dispose();
  lab.plot('price vs area', [
    { name: 'houses', x: areas, y: prices, style: 'points' },
    { name: 'model', x: ends, y: lineY, style: 'line' },
  ]);
}
await drawFit();

// 4. Train. One helper call wires the loss chart, the progress bar and the final metrics.
const epochs = Math.max(5, Math.round(60 * lab.scale));
await model.fit(xs, ys, {
  epochs,
  batchSize: 20,
  shuffle: false, // tfjs shuffles with Math.random; off keeps runs reproducible
  callbacks: lab.fitCallbacks({
    charts: ['loss'],
    onEpochEnd: async (epoch) => {
      if (epoch % 5 === 4 || epoch === epochs - 1) await drawFit();
    },
  }),
});

// 5. Read the line back in the houses' units: undo the scaling on w and b.
const [kernel, bias] = await Promise.all(model.getWeights().map(async (t) => (await t.data())[0] ?? NaN));
const perM2 = ((kernel ?? NaN) * 100) / std;
const base = (bias ?? NaN) * 100 - perM2 * mean;
lab.print(`Learned: price ≈ ${base.toFixed(1)}k + ${perM2.toFixed(2)}k per m² (truth: 50k + 3k per m²)`);
lab.table([60, 100, 150].map((area) => ({ 'area (m²)': area, 'predicted price (k)': Math.round(base + perM2 * area) })));

export {};
