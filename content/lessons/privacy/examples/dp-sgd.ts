// Differential privacy in training (DP-SGD): clip every example's gradient,
// add Gaussian noise to the batch's sum, then step. More noise = more privacy
// = less accuracy. One detailed run at the noise you choose, then a sweep.
// zh: 训练中的差分隐私（DP-SGD）：裁剪每个样本的梯度，给批量的梯度之和加上高斯噪声，
// zh: 再走一步。噪声越多 = 隐私越强 = 准确率越低。先按你选的噪声详细跑一次，再做一次扫描。

const chosenNoise = lab.control('noise multiplier ν', { kind: 'number', value: 1, options: [0, 1, 2, 4, 8, 16] });
//zh> const chosenNoise = lab.control('噪声乘数 ν', { kind: 'number', value: 1, options: [0, 1, 2, 4, 8, 16] });
const rng = lab.random();

// 1. Data: 2,000 people, 10 features each, a yes/no outcome that depends on them (plus chance).
// zh: 1. 数据：2,000 个人，每人 10 个特征，以及一个取决于这些特征（外加运气）的是/否结果。
const d = 10;
const truth = rng.array(d, (r) => r.normal(0, 1));
const people = Array.from({ length: 2000 }, () => {
  const x = rng.array(d, (r) => r.normal(0, 1));
  const z = x.reduce((s, v, j) => s + v * (truth[j] ?? 0), 0);
  return { x, y: rng.next() < 1 / (1 + Math.exp(-1.5 * z)) ? 1 : 0 };
});
const trainSet = people.slice(0, 1500);
const test = people.slice(1500);
const testX = tf.tensor2d(test.map((p) => p.x));
const testY = tf.tensor1d(test.map((p) => p.y));

const clipNorm = 1; // C: no single person can move the summed gradient by more than this // zh: C：任何一个人对梯度之和的改变都不能超过它
const batchSize = 20;
const steps = Math.max(20, Math.round(300 * lab.scale));
const learningRate = 0.5;

// Trains logistic regression with DP-SGD at noise multiplier ν; returns test accuracy.
// zh: 用噪声乘数为 ν 的 DP-SGD 训练逻辑斯谛回归；返回测试准确率。
async function trainPrivately(nu: number, chart: boolean, seed: number): Promise<number> {
  const w = tf.variable(tf.zeros([d]));
  const b = tf.variable(tf.scalar(0));
  const order = lab.random(seed);
  for (let step = 0; step < steps; step++) {
    const batch = Array.from({ length: batchSize }, () => trainSet[order.int(0, trainSet.length - 1)] as (typeof trainSet)[number]);
    const update = tf.tidy(() => {
      const X = tf.tensor2d(batch.map((p) => p.x));
      const Y = tf.tensor1d(batch.map((p) => p.y));
      // Per-person gradient of the log-loss for logistic regression: (p − y) · [x, 1].
      // zh: 逻辑斯谛回归的对数损失对每个人的梯度：(p − y) · [x, 1]。
      const err = tf.sigmoid(X.matMul(w.reshape([d, 1])).reshape([batchSize]).add(b)).sub(Y);
      const G = tf.concat([X.mul(err.reshape([batchSize, 1])), err.reshape([batchSize, 1])], 1); // [B, d + 1] // zh: [B, d + 1]
      // Clip each row to norm C, then add N(0, (νC)²) noise to the sum.
      // zh: 把每一行裁剪到范数 C，再给总和加上 N(0, (νC)²) 噪声。
      const norms = G.norm('euclidean', 1).reshape([batchSize, 1]);
      const clipped = G.mul(tf.minimum(1, tf.scalar(clipNorm).div(norms.add(1e-12))));
      const noisy = clipped.sum(0).add(tf.randomNormal([d + 1], 0, nu * clipNorm, 'float32', seed * 1000 + step));
      return noisy.div(batchSize);
    });
    const [gw, gb] = tf.split(update, [d, 1]);
    w.assign(w.sub((gw as tf.Tensor).mul(learningRate)));
    b.assign(b.sub((gb as tf.Tensor).reshape([]).mul(learningRate)));
    tf.dispose([update, gw, gb]);
    if (chart && step % 10 === 0) {
      const loss = tf.tidy(() => tf.losses.sigmoidCrossEntropy(testY, testX.matMul(w.reshape([d, 1])).reshape([test.length]).add(b)));
      lab.chart('test loss during DP-SGD', `ν = ${nu}`, step, (await loss.data())[0] ?? NaN);
//zh>       lab.chart('DP-SGD 训练中的测试损失', `ν = ${nu}`, step, (await loss.data())[0] ?? NaN);
      loss.dispose();
    }
  }
  const hits = tf.tidy(() => tf.sigmoid(testX.matMul(w.reshape([d, 1])).reshape([test.length]).add(b)).greaterEqual(0.5).toFloat().equal(testY).mean());
  const accuracy = (await hits.data())[0] ?? NaN;
  tf.dispose([hits, w, b]);
  return accuracy;
}

// 2. The run you chose, charted, and a sweep over noise levels, each averaged over 3 seeds.
//    An accuracy measured on 500 test people is itself uncertain: its 95 % Wilson
//    interval (src/math/intervals.ts) for k right out of n.
// zh: 2. 你选的那次运行画成曲线，再扫描一遍各个噪声水平，每个水平取 3 个种子的平均。
// zh:    在 500 个测试者上测得的准确率本身也不确定：n 个里对了 k 个，它的 95 % Wilson
// zh:    区间（src/math/intervals.ts）。
function wilson(k: number, n: number): [number, number] {
  const z = 1.959964;
  const p = k / n;
  const den = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / den;
  const half = (z / den) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
const chosen = await trainPrivately(chosenNoise, true, 1);
const [low, high] = wilson(Math.round(chosen * test.length), test.length);
lab.print(`ν = ${chosenNoise}: test accuracy ${(chosen * 100).toFixed(1)} % (95 % interval ${(low * 100).toFixed(1)} to ${(high * 100).toFixed(1)} % on ${test.length} people).`);
//zh> lab.print(`ν = ${chosenNoise}：测试准确率 ${(chosen * 100).toFixed(1)} %（95 % 区间 ${(low * 100).toFixed(1)} 至 ${(high * 100).toFixed(1)} %，基于 ${test.length} 个测试者）。`);
const nus = [0, 1, 2, 4, 8, 16];
const accuracies: number[] = [];
for (const nu of nus) {
  let total = 0;
  for (const seed of [11, 12, 13]) total += await trainPrivately(nu, false, seed);
  accuracies.push(total / 3);
}
lab.plot('test accuracy vs noise', [{ name: 'DP-SGD (mean of 3 runs)', x: nus, y: accuracies, style: 'line' }]);
//zh> lab.plot('测试准确率与噪声', [{ name: 'DP-SGD（3 次运行的平均）', x: nus, y: accuracies, style: 'line' }]);
lab.table(nus.map((s, i) => ({ 'noise multiplier ν': s, 'test accuracy (mean of 3 runs)': `${((accuracies[i] ?? 0) * 100).toFixed(1)} %` })));
//zh> lab.table(nus.map((s, i) => ({ '噪声乘数 ν': s, '测试准确率（3 次运行的平均）': `${((accuracies[i] ?? 0) * 100).toFixed(1)} %` })));
lab.metrics({ chosenAccuracy: chosen, chosenLow: low, chosenHigh: high, ...Object.fromEntries(nus.map((s, i) => [`accuracy at ν=${s}`, accuracies[i] ?? NaN])) });
//zh> lab.metrics({ chosenAccuracy: chosen, chosenLow: low, chosenHigh: high, ...Object.fromEntries(nus.map((s, i) => [`ν=${s} 时的准确率`, accuracies[i] ?? NaN])) });

export {};
