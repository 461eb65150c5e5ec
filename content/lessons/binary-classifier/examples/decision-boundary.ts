// A binary classifier on 2-D points, with its decision boundary drawn live.
// The defaults are TensorFlow Playground's: the circle data set, two inputs,
// hidden layers of 4 and 2 tanh units, learning rate 0.03, batch size 10,
// 250 training points. Change them in Settings; the run starts again.
// zh: 平面上的点的二分类器，实时画出它的决策边界。
// zh: 默认设置与 TensorFlow Playground 相同：圆形数据集，两个输入，
// zh: 两个隐藏层分别有 4 个和 2 个 tanh 单元，学习率 0.03，批量大小 10，
// zh: 250 个训练点。可以在“设置”里修改，改完会重新运行。

const dataset = lab.control('data set', { kind: 'choice', value: 'circles', options: ['circles', 'xor', 'moons', 'spiral'] });
//zh> const dataset = lab.control('数据集', { kind: 'choice', value: 'circles', options: ['circles', 'xor', 'moons', 'spiral'] });
const layers = lab.control('hidden layers', { kind: 'choice', value: '4-2', options: ['4-2', '8-8', '16-16-8'] });
//zh> const layers = lab.control('隐藏层', { kind: 'choice', value: '4-2', options: ['4-2', '8-8', '16-16-8'] });
const activation = lab.control('activation', { kind: 'choice', value: 'tanh', options: ['tanh', 'relu', 'sigmoid'] });
//zh> const activation = lab.control('激活函数', { kind: 'choice', value: 'tanh', options: ['tanh', 'relu', 'sigmoid'] });
const learningRate = lab.control('learning rate', { value: 0.03, min: 0.001, max: 1, log: true });
//zh> const learningRate = lab.control('学习率', { value: 0.03, min: 0.001, max: 1, log: true });
const epochs = Math.max(1, Math.round(300 * lab.scale));
const rng = lab.random();

// 1. Data: 250 points to train on and 250 to test on, labels 0 or 1, coordinates in [-6, 6].
// zh: 1. 数据：250 个训练点和 250 个测试点，标签为 0 或 1，坐标在 [-6, 6] 之内。
type Point = { x: number; y: number; label: number };
function makePoints(n: number): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < n; i++) {
    if (dataset === 'circles') {
      // Inside a radius of 2.5: class 1; a ring from 3.5 to 5: class 0.
      // zh: 半径 2.5 以内为类别 1；半径 3.5 到 5 的圆环为类别 0。
      const inside = i % 2 === 0;
      const r = inside ? rng.uniform(0, 2.5) : rng.uniform(3.5, 5);
      const t = rng.uniform(0, 2 * Math.PI);
      points.push({ x: r * Math.cos(t), y: r * Math.sin(t), label: inside ? 1 : 0 });
    } else if (dataset === 'xor') {
      // Same sign of x and y: class 1. Points kept 0.3 away from the axes.
      // zh: x 与 y 同号为类别 1。点与坐标轴至少相距 0.3。
      const pad = (v: number) => v + (v > 0 ? 0.3 : -0.3);
      const x = pad(rng.uniform(-5, 5));
      const y = pad(rng.uniform(-5, 5));
      points.push({ x, y, label: x * y > 0 ? 1 : 0 });
    } else if (dataset === 'moons') {
      // Two interleaved half circles of radius 3.
      // zh: 两个半径为 3、相互交错的半圆。
      const upper = i % 2 === 0;
      const t = rng.uniform(0, Math.PI);
      const x = upper ? 3 * Math.cos(t) - 1.5 : 1.5 - 3 * Math.cos(t);
      const y = upper ? 3 * Math.sin(t) - 0.75 : 0.75 - 3 * Math.sin(t);
      points.push({ x: x + rng.normal(0, 0.25), y: y + rng.normal(0, 0.25), label: upper ? 1 : 0 });
    } else {
      // Two spirals winding out from the center, a half turn apart.
      // zh: 两条从中心向外盘绕的螺旋线，彼此错开半圈。
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

// 2. The model: each layer has a weight matrix W and a bias b and computes
//    h ← activation(h·W + b); the last layer gives ONE score z per point, and
//    P(class 1) = σ(z). lab.mlp builds exactly this network (layer l starts from
//    glorotUniform with seed lab.seed + l, biases 0) with its training step:
//    backpropagation, then θ ← θ − η∇L, as optimizer.minimize would do. On WebGPU
//    each step runs as 9 fused GPU dispatches where tf ops take over 40, and on a
//    network this small it is the number of dispatches, not the arithmetic, that
//    sets the speed. net.weights() gives W and b; the lesson on backpropagation
//    works the same steps out by hand.
// zh: 2. 模型：每一层有一个权重矩阵 W 和一个偏置 b，计算 h ← activation(h·W + b)；
// zh:    最后一层给每个点算出一个分数 z，而 P(类别 1) = σ(z)。lab.mlp 搭的正是这个
// zh:    网络（第 l 层从种子为 lab.seed + l 的 glorotUniform 开始，偏置为 0），并带有
// zh:    它的训练步：反向传播，再做 θ ← θ − η∇L，和 optimizer.minimize 做的一样。
// zh:    在 WebGPU 上每一步是 9 次融合的 GPU 调度，而用 tf 运算要 40 多次；网络
// zh:    这么小时，决定速度的是调度次数，而不是算术本身。net.weights() 给出 W 和 b；
// zh:    反向传播那一课亲手推算了同样的步骤。
const net = lab.mlp({
  sizes: [2, ...layers.split('-').map(Number), 1],
  activation: activation as 'tanh' | 'relu' | 'sigmoid',
  // Binary cross-entropy computed from the score, not from σ(z): the same value,
  // without log(0) when σ rounds to 0 or 1 (the credit-scoring lesson's from_logits).
  // zh: 二元交叉熵直接从分数算，而不是从 σ(z) 算：值相同，但 σ 舍入成 0 或 1 时
  // zh: 不会出现 log(0)（即信用评分那一课里的 from_logits）。
  loss: 'sigmoidCrossEntropy',
  optimizer: 'sgd',
  learningRate,
  seed: lab.seed,
});
const predict = (x: tf.Tensor2D): tf.Tensor2D => tf.sigmoid(net.predict(x));
const loss = (x: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar => net.loss(x, y);

// 3. The decision boundary: P(class 1) on a 40 × 40 grid over [-6, 6]², one
//    predict call for all 1,600 points; the grid tensor is made once.
// zh: 3. 决策边界：在 [-6, 6]² 上的 40 × 40 网格里计算 P(类别 1)，
// zh:    1,600 个点只调用一次 predict；网格张量只创建一次。
const N = 40;
const coords = Array.from({ length: N }, (_, k) => -6 + (12 * k) / (N - 1));
const grid = tf.tensor2d(coords.flatMap((gy) => coords.map((gx) => [gx, -gy]))); // top row first: y from 6 down to -6 // zh: 从最上面一行开始：y 从 6 递减到 -6
let redraws = 0;
// Share of `set` classified right (P ≥ 0.5 means class 1).
// zh: `set` 中分类正确的比例（P ≥ 0.5 即判为类别 1）。
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
//zh>   lab.chart('准确率', '训练集', epoch, await accuracy(trainSet));
  const rows = Array.from({ length: N }, (_, r) => Array.from(values.subarray(r * N, (r + 1) * N)));
  lab.heatmap('decision boundary', {
//zh>   lab.heatmap('决策边界', {
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
//    (net.step: gradients of the loss by backpropagation, then θ ← θ − η∇L).
//    The boundary is redrawn at most ~15 times a second: drawing more often only
//    slows training down, and the eye cannot follow faster anyway.
// zh: 4. 训练：按固定顺序取大小为 10 的批量，每个批量走一步梯度下降
// zh:    （net.step：用反向传播求损失的梯度，再做 θ ← θ − η∇L）。
// zh:    边界每秒最多重画约 15 次：画得更勤只会拖慢训练，眼睛也跟不上。
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
    costs.push(net.step(batch.xs, batch.ys));
    lab.progress({ epoch: epoch + 1, epochs, batch: b + 1, batches });
  }
  // The epoch's loss: the mean of its batch losses, read once per epoch.
  // zh: 这一轮的损失：各批量损失的平均值，每轮只读取一次。
  const mean = tf.tidy(() => tf.addN(costs).div(batches));
  tf.dispose(costs);
  lab.chart('loss', 'training', epoch + 1, (await mean.data())[0] ?? NaN);
//zh>   lab.chart('损失', '训练集', epoch + 1, (await mean.data())[0] ?? NaN);
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
// zh: 5. 在从没见过的点上表现如何。
const testLossTensor = loss(testSet.xs, testSet.ys);
const testLoss = (await testLossTensor.data())[0] ?? NaN;
const testAccuracy = await accuracy(testSet);
// How sure is that? The 95 % Wilson interval for k right out of n test points (src/math/intervals.ts).
// zh: 这个结果有多可靠？n 个测试点中分对 k 个时的 95 % Wilson 区间（src/math/intervals.ts）。
const n = test.length;
const z = 1.959964;
const den = 1 + (z * z) / n;
const centre = (testAccuracy + (z * z) / (2 * n)) / den;
const half = (z / den) * Math.sqrt((testAccuracy * (1 - testAccuracy)) / n + (z * z) / (4 * n * n));
const [testLow, testHigh] = [Math.max(0, centre - half), Math.min(1, centre + half)];
lab.print(
  `${dataset}, layers ${layers}, ${activation}, η = ${learningRate}: test accuracy ${(testAccuracy * 100).toFixed(1)} % ` +
//zh>   `${dataset}，隐藏层 ${layers}，${activation}，η = ${learningRate}：测试准确率 ${(testAccuracy * 100).toFixed(1)} %` +
    `(95 % interval ${(testLow * 100).toFixed(1)} to ${(testHigh * 100).toFixed(1)} % on ${n} points) after ${epochs} epochs.`,
//zh>     `（95 % 区间为 ${(testLow * 100).toFixed(1)} % 到 ${(testHigh * 100).toFixed(1)} %，共 ${n} 个测试点），训练了 ${epochs} 轮。`,
);
lab.print(`Speed: ${(epochs / seconds).toFixed(1)} epochs per second, ${(redraws / seconds).toFixed(1)} boundary redraws per second.`);
//zh> lab.print(`速度：每秒训练 ${(epochs / seconds).toFixed(1)} 轮，每秒重画边界 ${(redraws / seconds).toFixed(1)} 次。`);
lab.metrics({ testAccuracy, testLow, testHigh, testLoss, epochsPerSecond: epochs / seconds, redrawsPerSecond: redraws / seconds });

export {};
