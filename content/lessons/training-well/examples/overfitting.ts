// Overfitting and three cures. A big network on 30 noisy points learns the
// noise: training loss keeps falling while validation loss turns back up.
// The same network with L2, with dropout, and with early stopping.

const rng = lab.random();
const epochs = Math.max(20, Math.round(400 * lab.scale));

// 1. Data: y = sin(x) + noise. 16 points to train on, 200 to validate on.
const sample = (n: number) => {
  const x = rng.array(n, (r) => r.uniform(-3, 3));
  return { x, y: x.map((v) => Math.sin(v) + rng.normal(0, 0.3)) };
};
const train = sample(16);
const validation = sample(200);
const tx = tf.tensor2d(train.x, [train.x.length, 1]);
const ty = tf.tensor2d(train.y, [train.y.length, 1]);
const vx = tf.tensor2d(validation.x, [validation.x.length, 1]);
const vy = tf.tensor2d(validation.y, [validation.y.length, 1]);

// 2. One architecture, 1 → 96 → 96 → 1, far more capacity than 16 points need.
function makeModel(variant: 'none' | 'L2' | 'dropout'): tf.Sequential {
  const regularizer = variant === 'L2' ? { kernelRegularizer: tf.regularizers.l2({ l2: 0.01 }) } : {};
  const init = (k: number) => ({ kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed + k }) });
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 96, activation: 'relu', inputShape: [1], ...init(1), ...regularizer }));
  if (variant === 'dropout') model.add(tf.layers.dropout({ rate: 0.1, seed: lab.seed }));
  model.add(tf.layers.dense({ units: 96, activation: 'relu', ...init(2), ...regularizer }));
  if (variant === 'dropout') model.add(tf.layers.dropout({ rate: 0.1, seed: lab.seed + 1 }));
  model.add(tf.layers.dense({ units: 1, ...init(3) }));
  model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
  return model;
}

// 3. Train each variant; chart validation loss of all in one chart.
//    Early stopping watches the plain model's validation loss and stops when
//    it has not improved for `patience` epochs.
const results: { variant: string; 'train MSE': number; 'validation MSE': number; epochs: number }[] = [];
const mse = async (model: tf.Sequential, x: tf.Tensor, y: tf.Tensor) => {
  const loss = model.evaluate(x, y) as tf.Scalar; // MSE, without the L2 penalty
  const value = (await loss.data())[0] ?? NaN;
  loss.dispose();
  return value;
};
for (const variant of ['none', 'L2', 'dropout', 'early stopping'] as const) {
  const model = makeModel(variant === 'early stopping' ? 'none' : variant);
  let ran = 0;
  const chart = lab.fitCallbacks({
    charts: [],
    onEpochEnd: (epoch, logs) => {
      ran = epoch + 1;
      lab.chart('validation loss', variant, epoch + 1, logs['val_loss'] ?? NaN);
    },
  });
  const callbacks = variant === 'early stopping' ? [chart, tf.callbacks.earlyStopping({ monitor: 'val_loss', patience: 40 })] : [chart];
  await model.fit(tx, ty, { epochs, batchSize: 16, shuffle: false, validationData: [vx, vy], callbacks });
  results.push({ variant, 'train MSE': await mse(model, tx, ty), 'validation MSE': await mse(model, vx, vy), epochs: ran });
  model.dispose();
}
lab.table(results.map((r) => ({ ...r, 'train MSE': Number(r['train MSE'].toFixed(4)), 'validation MSE': Number(r['validation MSE'].toFixed(4)) })));
lab.print('The noise has variance 0.3² = 0.09: no model can beat that on new data. Training MSE far below it means memorised noise.');
lab.metrics(Object.fromEntries(results.flatMap((r) => [[`${r.variant} validation`, r['validation MSE']], [`${r.variant} train`, r['train MSE']], [`${r.variant} epochs`, r.epochs]])));

export {};
