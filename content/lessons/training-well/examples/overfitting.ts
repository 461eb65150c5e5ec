// Regularization. First, on two single weights, why "L2 in the loss" is not weight
// decay under Adam, and what AdamW does instead. Then overfitting: a big network on
// 16 noisy points learns the noise, and four cures: L2, AdamW, dropout, and early
// stopping that keeps its best weights (a checkpoint by hand: TensorFlow.js's
// earlyStopping callback cannot restore them).
// zh: 正则化。先在两个单独的权重上看：为什么在 Adam 下，“损失里加 L2”并不等于
// zh: 权重衰减，以及 AdamW 是怎么做的。再看过拟合：一个大网络在 16 个带噪声的点上
// zh: 学会了噪声；四种对策：L2、AdamW、暂退法，以及保留最佳权重的早停（手动保存检查点：
// zh: TensorFlow.js 的 earlyStopping 回调无法恢复最佳权重）。

const rng = lab.random();
const epochs = Math.max(3, Math.round(400 * lab.scale));
const eta = 0.01;
const l2 = 0.01; // λ in the penalty λ·Σw²; its gradient is 2λw // zh: 惩罚项 λ·Σw² 中的 λ；它的梯度是 2λw
const decay = 1; // AdamW's decoupled weight decay λ′: each step multiplies the weights by (1 − η·λ′) // zh: AdamW 的解耦权重衰减 λ′：每一步把权重乘以 (1 − η·λ′)
const patience = 40;

// 1. Two weights, 100 Adam steps each, η = 0.01. One the data ignores (its data
//    gradient is 0), one the data pulls up steadily (gradient −1). Three ways to
//    regularize: none, 2λw added to the gradient (L2 in the loss), or AdamW.
// zh: 1. 两个权重，各走 100 步 Adam，η = 0.01。一个权重被数据忽略（它的数据梯度为 0），
// zh:    另一个被数据持续往上拉（梯度为 −1）。三种正则化方式：不正则化、把 2λw 加到梯度上
// zh:    （损失里加 L2），或者 AdamW。
async function twoWeights(mode: 'none' | 'L2 in the loss' | 'AdamW (λ′ = 2λ)'): Promise<[number, number]> {
//zh> async function twoWeights(mode: '不正则化' | '损失里加 L2' | 'AdamW（λ′ = 2λ）'): Promise<[number, number]> {
  // Both weights in one variable, [ignored, pulled]; their data gradients are [0, −1].
  // zh: 两个权重放在一个变量里，[被忽略的, 被拉动的]；它们的数据梯度是 [0, −1]。
  const w = tf.variable(tf.tensor1d([1, 1]));
  const dataGradient = tf.tensor1d([0, -1]);
  const optimizer = tf.train.adam(eta);
  for (let step = 0; step < 100; step++) {
    // L2 in the loss adds the penalty's gradient 2λw to the data's, and Adam rescales the sum.
    // zh: 损失里加 L2，就是把惩罚项的梯度 2λw 加到数据的梯度上，再由 Adam 对这个和做缩放。
    const gradient = mode === 'L2 in the loss' ? tf.tidy(() => dataGradient.add(w.mul(2 * l2))) : dataGradient.clone();
//zh>     const gradient = mode === '损失里加 L2' ? tf.tidy(() => dataGradient.add(w.mul(2 * l2))) : dataGradient.clone();
    // AdamW: shrink the weights directly, outside the gradient Adam rescales.
    // zh: AdamW：直接缩小权重，不经过 Adam 要缩放的梯度。
    if (mode === 'AdamW (λ′ = 2λ)') w.assign(tf.tidy(() => w.mul(1 - eta * 2 * l2)));
//zh>     if (mode === 'AdamW（λ′ = 2λ）') w.assign(tf.tidy(() => w.mul(1 - eta * 2 * l2)));
    optimizer.applyGradients([{ name: w.name, tensor: gradient }]);
    gradient.dispose();
  }
  const [ignored = NaN, pulled = NaN] = await w.data();
  tf.dispose([w, dataGradient]);
  optimizer.dispose();
  return [ignored, pulled];
}
const twoWeightRows: { 'regularization': string; 'ignored weight': number; 'pulled weight': number }[] = [];
//zh> const twoWeightRows: { '正则化方式': string; '被忽略的权重': number; '被拉动的权重': number }[] = [];
for (const mode of ['none', 'L2 in the loss', 'AdamW (λ′ = 2λ)'] as const) {
//zh> for (const mode of ['不正则化', '损失里加 L2', 'AdamW（λ′ = 2λ）'] as const) {
  const [ignored, pulled] = await twoWeights(mode);
  twoWeightRows.push({ 'regularization': mode, 'ignored weight': Number(ignored.toFixed(4)), 'pulled weight': Number(pulled.toFixed(4)) });
//zh>   twoWeightRows.push({ '正则化方式': mode, '被忽略的权重': Number(ignored.toFixed(4)), '被拉动的权重': Number(pulled.toFixed(4)) });
}
lab.table(twoWeightRows);
lab.print('Under Adam, L2 in the loss pushes the ignored weight by about η per step whatever λ is, and leaves the pulled one almost alone. AdamW shrinks both by the same factor, as L2 does under plain SGD.');
//zh> lab.print('在 Adam 下，无论 λ 是多少，损失里加的 L2 每一步都把被忽略的权重推动大约 η，而被拉动的权重几乎不受影响。AdamW 则把两者按同一个因子缩小，就像朴素 SGD 下的 L2 那样。');

// 2. Data: y = sin(x) + noise (standard deviation 0.3). 16 points to train on,
//    200 to validate on (watched every epoch), 200 to test on (used once, at the end).
// zh: 2. 数据：y = sin(x) + 噪声（标准差 0.3）。16 个点用来训练，
// zh:    200 个用来验证（每一轮都看），200 个用来测试（只在最后用一次）。
const sample = (n: number) => {
  const x = rng.array(n, (r) => r.uniform(-3, 3));
  return { x, y: x.map((v) => Math.sin(v) + rng.normal(0, 0.3)) };
};
const asTensors = (s: { x: number[]; y: number[] }) => [tf.tensor2d(s.x, [s.x.length, 1]), tf.tensor2d(s.y, [s.y.length, 1])] as const;
const [tx, ty] = asTensors(sample(16));
const [vx, vy] = asTensors(sample(200));
const [sx, sy] = asTensors(sample(200));

// 3. One architecture, 1 → 96 → 96 → 1, far more capacity than 16 points need.
// zh: 3. 同一种结构，1 → 96 → 96 → 1，容量远远超过 16 个点所需。
type Variant = 'none' | 'L2' | 'AdamW' | 'dropout' | 'early stopping';
//zh> type Variant = '不正则化' | 'L2' | 'AdamW' | '暂退法' | '早停';
function makeModel(variant: Variant): tf.Sequential {
  const regularizer = variant === 'L2' ? { kernelRegularizer: tf.regularizers.l2({ l2 }) } : {};
  const init = (k: number) => ({ kernelInitializer: tf.initializers.glorotUniform({ seed: lab.seed + k }) });
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 96, activation: 'relu', inputShape: [1], ...init(1), ...regularizer }));
  if (variant === 'dropout') model.add(tf.layers.dropout({ rate: 0.1, seed: lab.seed }));
//zh>   if (variant === '暂退法') model.add(tf.layers.dropout({ rate: 0.1, seed: lab.seed }));
  model.add(tf.layers.dense({ units: 96, activation: 'relu', ...init(2), ...regularizer }));
  if (variant === 'dropout') model.add(tf.layers.dropout({ rate: 0.1, seed: lab.seed + 1 }));
//zh>   if (variant === '暂退法') model.add(tf.layers.dropout({ rate: 0.1, seed: lab.seed + 1 }));
  model.add(tf.layers.dense({ units: 1, ...init(3) }));
  model.compile({ optimizer: tf.train.adam(eta), loss: 'meanSquaredError' });
  return model;
}

// 4. Train each variant from the same starting weights; chart the validation loss of all.
// zh: 4. 每种做法都从相同的初始权重开始训练；把它们的验证损失画在一起。
const mse = async (model: tf.LayersModel, x: tf.Tensor, y: tf.Tensor) => {
  const loss = model.evaluate(x, y) as tf.Scalar; // MSE, without the L2 penalty // zh: 均方误差，不含 L2 惩罚项
  const value = (await loss.data())[0] ?? NaN;
  loss.dispose();
  return value;
};
const results: { 'variant': string; 'epochs': number; 'train MSE': number; 'test MSE': number }[] = [];
//zh> const results: { '做法': string; '轮数': number; '训练 MSE': number; '测试 MSE': number }[] = [];
let stoppedAt = { epoch: 0, best: 0, testAtStop: NaN };
for (const variant of ['none', 'L2', 'AdamW', 'dropout', 'early stopping'] as const) {
//zh> for (const variant of ['不正则化', 'L2', 'AdamW', '暂退法', '早停'] as const) {
  const model = makeModel(variant);
  let ran = 0;
  // Early stopping with a checkpoint: copy the weights whenever validation improves;
  // stop after `patience` epochs without improvement; then put the best copy back.
  // zh: 带检查点的早停：每当验证损失改善，就复制一份权重；
  // zh: 连续 `patience` 轮没有改善就停止；最后把最佳的那一份放回去。
  let best = { loss: Infinity, epoch: 0, weights: [] as tf.Tensor[] };
  const chart = lab.fitCallbacks({
    charts: [],
    onEpochEnd: (epoch, logs) => {
      ran = epoch + 1;
      const validation = logs['val_loss'] ?? NaN;
      lab.chart('validation loss', variant, epoch + 1, validation);
//zh>       lab.chart('验证损失', variant, epoch + 1, validation);
      if (variant === 'early stopping') {
//zh>       if (variant === '早停') {
        if (validation < best.loss) {
          tf.dispose(best.weights);
          best = { loss: validation, epoch: epoch + 1, weights: model.getWeights().map((w) => w.clone()) };
        } else if (epoch + 1 - best.epoch >= patience) model.stopTraining = true;
      }
    },
  });
  // AdamW: after each Adam step, shrink every kernel (not the biases) by (1 − η·λ′).
  // zh: AdamW：每一步 Adam 更新之后，把每个 kernel（不含偏置）乘以 (1 − η·λ′)。
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
//zh>   if (variant === '早停') {
    // What tfjs's earlyStopping would leave you: the weights `patience` epochs past the best.
    // zh: tfjs 的 earlyStopping 会留给你的：比最佳时多走了 `patience` 轮的权重。
    stoppedAt = { epoch: ran, best: best.epoch, testAtStop: await mse(model, sx, sy) };
    model.setWeights(best.weights);
    tf.dispose(best.weights);
  }
  results.push({ 'variant': variant, 'epochs': ran, 'train MSE': await mse(model, tx, ty), 'test MSE': await mse(model, sx, sy) });
//zh>   results.push({ '做法': variant, '轮数': ran, '训练 MSE': await mse(model, tx, ty), '测试 MSE': await mse(model, sx, sy) });
  model.dispose();
}
const round = (v: number) => Number(v.toFixed(4));
lab.table(results.map((r) => ({ ...r, 'train MSE': round(r['train MSE']), 'test MSE': round(r['test MSE']) })));
//zh> lab.table(results.map((r) => ({ ...r, '训练 MSE': round(r['训练 MSE']), '测试 MSE': round(r['测试 MSE']) })));
const kept = results.at(-1)?.['test MSE'] ?? NaN;
//zh> const kept = results.at(-1)?.['测试 MSE'] ?? NaN;
lab.print(
  `Early stopping: best validation loss at epoch ${stoppedAt.best}, stopped at epoch ${stoppedAt.epoch}. ` +
//zh>   `早停：验证损失在第 ${stoppedAt.best} 轮最低，在第 ${stoppedAt.epoch} 轮停止。` +
    `The weights at the stop have test MSE ${stoppedAt.testAtStop.toFixed(3)}; the best weights, restored, ${kept.toFixed(3)}.`,
//zh>     `停止时的权重测试 MSE 为 ${stoppedAt.testAtStop.toFixed(3)}；恢复后的最佳权重为 ${kept.toFixed(3)}。`,
);
lab.print('The noise has variance 0.3² = 0.09: no model can beat that on new data. Training MSE far below it means memorised noise.');
//zh> lab.print('噪声的方差是 0.3² = 0.09：任何模型在新数据上都不可能比这更好。训练 MSE 远低于它，说明模型背下了噪声。');
lab.metrics({
  ...Object.fromEntries(twoWeightRows.flatMap((r) => [[`${r['regularization']}: ignored`, r['ignored weight']], [`${r['regularization']}: pulled`, r['pulled weight']]])),
//zh>   ...Object.fromEntries(twoWeightRows.flatMap((r) => [[`${r['正则化方式']}：被忽略的权重`, r['被忽略的权重']], [`${r['正则化方式']}：被拉动的权重`, r['被拉动的权重']]])),
  ...Object.fromEntries(results.flatMap((r) => [[`${r['variant']} test`, r['test MSE']], [`${r['variant']} train`, r['train MSE']], [`${r['variant']} epochs`, r['epochs']]])),
//zh>   ...Object.fromEntries(results.flatMap((r) => [[`${r['做法']}：测试 MSE`, r['测试 MSE']], [`${r['做法']}：训练 MSE`, r['训练 MSE']], [`${r['做法']}：轮数`, r['轮数']]])),
  bestEpoch: stoppedAt.best,
  testAtStop: stoppedAt.testAtStop,
});

export {};
