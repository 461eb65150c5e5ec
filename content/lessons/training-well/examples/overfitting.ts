// Regularization. First, on two single weights, why "L2 in the loss" is not weight
// decay under Adam, and what AdamW does instead. Then overfitting: a big network on
// 16 noisy points learns the noise, and four cures: L2, AdamW, dropout, and early
// stopping that keeps its best weights (a checkpoint by hand: TensorFlow.js's
// earlyStopping callback cannot restore them).

const rng = lab.random();
const epochs = Math.max(20, Math.round(400 * lab.scale));
const eta = 0.01;
const l2 = 0.01; // λ in the penalty λ·Σw²; its gradient is 2λw
const decay = 1; // AdamW's decoupled weight decay λ′: each step multiplies the weights by (1 − η·λ′)
const patience = 40;

// 1. Two weights, 100 Adam steps each, η = 0.01. One the data ignores (its data
//    gradient is 0), one the data pulls up steadily (gradient −1). Three ways to
//    regularize: none, 2λw added to the gradient (L2 in the loss), or AdamW.
async function twoWeights(mode: 'none' | 'L2 in the loss' | 'AdamW (λ′ = 2λ)'): Promise<[number, number]> {
  // Both weights in one variable, [ignored, pulled]; their data gradients are [0, −1].
  const w = tf.variable(tf.tensor1d([1, 1]));
  const dataGradient = tf.tensor1d([0, -1]);
  const optimizer = tf.train.adam(eta);
  for (let step = 0; step < 100; step++) {
    // L2 in the loss adds the penalty's gradient 2λw to the data's, and Adam rescales the sum.
    const gradient = mode === 'L2 in the loss' ? tf.tidy(() => dataGradient.add(w.mul(2 * l2))) : dataGradient.clone();
    // AdamW: shrink the weights directly, outside the gradient Adam rescales.
    if (mode === 'AdamW (λ′ = 2λ)') w.assign(tf.tidy(() => w.mul(1 - eta * 2 * l2)));
    optimizer.applyGradients([{ name: w.name, tensor: gradient }]);
    gradient.dispose();
  }
  const [ignored = NaN, pulled = NaN] = await w.data();
  tf.dispose([w, dataGradient]);
  optimizer.dispose();
  return [ignored, pulled];
}
const twoWeightRows: { regularization: string; 'ignored weight': number; 'pulled weight': number }[] = [];
for (const mode of ['none', 'L2 in the loss', 'AdamW (λ′ = 2λ)'] as const) {
  const [ignored, pulled] = await twoWeights(mode);
  twoWeightRows.push({ regularization: mode, 'ignored weight': Number(ignored.toFixed(4)), 'pulled weight': Number(pulled.toFixed(4)) });
}
lab.table(twoWeightRows);
lab.print('Under Adam, L2 in the loss pushes the ignored weight by about η per step whatever λ is, and leaves the pulled one almost alone. AdamW shrinks both by the same factor, as L2 does under plain SGD.');

// 2. Data: y = sin(x) + noise (standard deviation 0.3). 16 points to train on,
//    200 to validate on (watched every epoch), 200 to test on (used once, at the end).
const sample = (n: number) => {
  const x = rng.array(n, (r) => r.uniform(-3, 3));
  return { x, y: x.map((v) => Math.sin(v) + rng.normal(0, 0.3)) };
};
const asTensors = (s: { x: number[]; y: number[] }) => [tf.tensor2d(s.x, [s.x.length, 1]), tf.tensor2d(s.y, [s.y.length, 1])] as const;
const [tx, ty] = asTensors(sample(16));
const [vx, vy] = asTensors(sample(200));
const [sx, sy] = asTensors(sample(200));

// 3. One architecture, 1 → 96 → 96 → 1, far more capacity than 16 points need.
type Variant = 'none' | 'L2' | 'AdamW' | 'dropout' | 'early stopping';
function makeModel(variant: Variant): tf.Sequential {
  const regularizer = variant === 'L2' ? { kernelRegularizer: tf.regularizers.l2({ l2 }) } : {};
  const init = (k: number) => ({ kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed + k }) });
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 96, activation: 'relu', inputShape: [1], ...init(1), ...regularizer }));
  if (variant === 'dropout') model.add(tf.layers.dropout({ rate: 0.1, seed: lab.seed }));
  model.add(tf.layers.dense({ units: 96, activation: 'relu', ...init(2), ...regularizer }));
  if (variant === 'dropout') model.add(tf.layers.dropout({ rate: 0.1, seed: lab.seed + 1 }));
  model.add(tf.layers.dense({ units: 1, ...init(3) }));
  model.compile({ optimizer: tf.train.adam(eta), loss: 'meanSquaredError' });
  return model;
}

// 4. Train each variant from the same starting weights; chart the validation loss of all.
const mse = async (model: tf.LayersModel, x: tf.Tensor, y: tf.Tensor) => {
  const loss = model.evaluate(x, y) as tf.Scalar; // MSE, without the L2 penalty
  const value = (await loss.data())[0] ?? NaN;
  loss.dispose();
  return value;
};
const results: { variant: string; epochs: number; 'train MSE': number; 'test MSE': number }[] = [];
let stoppedAt = { epoch: 0, best: 0, testAtStop: NaN };
for (const variant of ['none', 'L2', 'AdamW', 'dropout', 'early stopping'] as const) {
  const model = makeModel(variant);
  let ran = 0;
  // Early stopping with a checkpoint: copy the weights whenever validation improves;
  // stop after `patience` epochs without improvement; then put the best copy back.
  let best = { loss: Infinity, epoch: 0, weights: [] as tf.Tensor[] };
  const chart = lab.fitCallbacks({
    charts: [],
    onEpochEnd: (epoch, logs) => {
      ran = epoch + 1;
      const validation = logs['val_loss'] ?? NaN;
      lab.chart('validation loss', variant, epoch + 1, validation);
      if (variant === 'early stopping') {
        if (validation < best.loss) {
          tf.dispose(best.weights);
          best = { loss: validation, epoch: epoch + 1, weights: model.getWeights().map((w) => w.clone()) };
        } else if (epoch + 1 - best.epoch >= patience) model.stopTraining = true;
      }
    },
  });
  // AdamW: after each Adam step, shrink every kernel (not the biases) by (1 − η·λ′).
  const decoupledDecay = new tf.CustomCallback({
    onBatchEnd: () => {
      for (const weight of model.trainableWeights) {
        if (weight.name.includes('kernel')) weight.write(tf.tidy(() => weight.read().mul(1 - eta * decay)));
      }
    },
  });
  const callbacks = variant === 'AdamW' ? [chart, decoupledDecay] : [chart];
  await model.fit(tx, ty, { epochs, batchSize: 16, shuffle: false, validationData: [vx, vy], callbacks });
  if (variant === 'early stopping') {
    // What tfjs's earlyStopping would leave you: the weights `patience` epochs past the best.
    stoppedAt = { epoch: ran, best: best.epoch, testAtStop: await mse(model, sx, sy) };
    model.setWeights(best.weights);
    tf.dispose(best.weights);
  }
  results.push({ variant, epochs: ran, 'train MSE': await mse(model, tx, ty), 'test MSE': await mse(model, sx, sy) });
  model.dispose();
}
const round = (v: number) => Number(v.toFixed(4));
lab.table(results.map((r) => ({ ...r, 'train MSE': round(r['train MSE']), 'test MSE': round(r['test MSE']) })));
const kept = results.at(-1)?.['test MSE'] ?? NaN;
lab.print(
  `Early stopping: best validation loss at epoch ${stoppedAt.best}, stopped at epoch ${stoppedAt.epoch}. ` +
    `The weights at the stop have test MSE ${stoppedAt.testAtStop.toFixed(3)}; the best weights, restored, ${kept.toFixed(3)}.`,
);
lab.print('The noise has variance 0.3² = 0.09: no model can beat that on new data. Training MSE far below it means memorised noise.');
lab.metrics({
  ...Object.fromEntries(twoWeightRows.flatMap((r) => [[`${r.regularization}: ignored`, r['ignored weight']], [`${r.regularization}: pulled`, r['pulled weight']]])),
  ...Object.fromEntries(results.flatMap((r) => [[`${r.variant} test`, r['test MSE']], [`${r.variant} train`, r['train MSE']], [`${r.variant} epochs`, r.epochs]])),
  bestEpoch: stoppedAt.best,
  testAtStop: stoppedAt.testAtStop,
});

export {};
