// Gradient descent by hand: fit price = w · area + b to 200 houses, one step at a time.
// Change the learning rate in Settings (it reruns) and watch: too small crawls,
// about right converges, exactly 1 oscillates forever, bigger explodes.
// zh: 手算梯度下降：一步一步地拟合 价格 = w · 面积 + b，共 200 套房子。
// zh: 在“设置”里改学习率（改完会重新运行），看看会怎样：太小就爬得很慢，
// zh: 合适就收敛，恰好为 1 就永远振荡，再大就爆炸。

const eta = lab.control('learning rate', { value: 0.1, min: 0.001, max: 1.2, log: true });
//zh> const eta = lab.control('学习率', { value: 0.1, min: 0.001, max: 1.2, log: true });
const steps = Math.max(10, Math.round(60 * lab.scale));

// 1. The town: 200 houses between 40 and 200 m², price = 50k + 3k per m² + noise (σ = 40k).
// zh: 1. 一座小镇：200 套房子，面积在 40 到 200 m² 之间，价格 = 5 万 + 每 m² 3 千 + 噪声（σ = 4 万）。
const rng = lab.random();
const areas = rng.array(200, (r) => r.uniform(40, 200));
const prices = areas.map((a) => 50 + 3 * a + rng.normal(0, 40)); // thousands // zh: 单位：千

// 2. Standardize the area (mean 0, spread 1) and count prices in 100k. With
//    standardized x the loss surface is a round bowl (its Hessian is 2·I), so
//    gradient descent converges exactly when 0 < η < 1 (see the lesson).
// zh: 2. 把面积标准化（均值 0，标准差 1），价格以 10 万为单位。x 标准化之后，
// zh:    损失曲面是一只正圆的碗（黑塞矩阵为 2·I），所以梯度下降恰好在
// zh:    0 < η < 1 时收敛（见课文）。
const mean = areas.reduce((s, a) => s + a, 0) / areas.length;
const std = Math.sqrt(areas.reduce((s, a) => s + (a - mean) ** 2, 0) / areas.length);
const xs = tf.tensor1d(areas.map((a) => (a - mean) / std));
const ys = tf.tensor1d(prices.map((p) => p / 100));

// The best any line can do (least squares, closed form), to judge the result.
// zh: 任何直线所能做到的最好结果（最小二乘，闭式解），用来评判训练结果。
const yMean = (await ys.mean().data())[0] ?? 0;
const wBest = (await xs.mul(ys).mean().data())[0] ?? 0; // cov(x, y) / var(x), with var(x) = 1 // zh: cov(x, y) / var(x)，其中 var(x) = 1
const floor = (await xs.mul(wBest).add(yMean).sub(ys).square().mean().data())[0] ?? 0;

// 3. The parameters, and the loss as a function of them.
// zh: 3. 参数，以及把损失写成参数的函数。
const w = tf.variable(tf.scalar(0), true, 'w');
const b = tf.variable(tf.scalar(0), true, 'b');
const loss = () => w.mul(xs).add(b).sub(ys).square().mean() as tf.Scalar;

// 4. Descend: θ ← θ − η · ∂L/∂θ. tf.variableGrads returns the loss and its gradients.
// zh: 4. 下降：θ ← θ − η · ∂L/∂θ。tf.variableGrads 返回损失及其梯度。
let first = NaN;
for (let step = 0; step < steps; step++) {
  const { value, grads } = tf.variableGrads(loss, [w, b]);
  const last = (await value.data())[0] ?? NaN;
  if (step === 0) first = last;
  lab.chart('loss', 'training loss', step, last);
//zh>   lab.chart('损失', '训练损失', step, last);
  lab.chart('loss', 'best possible', step, floor);
//zh>   lab.chart('损失', '最优直线', step, floor);
  tf.tidy(() => {
    w.assign(w.sub((grads['w'] as tf.Scalar).mul(eta)));
    b.assign(b.sub((grads['b'] as tf.Scalar).mul(eta)));
  });
  value.dispose();
  Object.values(grads).forEach((g) => g.dispose());
  if (!Number.isFinite(last) || last > 1e12) break; // it blew up: stop before numbers overflow // zh: 发散了：在数值溢出之前停下
}
const final = (await loss().data())[0] ?? NaN;

// 5. The line it found, back in houses' units, drawn over the data.
// zh: 5. 换算回房子原来的单位，把找到的直线画在数据上。
const wValue = (await w.data())[0] ?? NaN;
const bValue = (await b.data())[0] ?? NaN;
const perM2 = (wValue * 100) / std;
const base = bValue * 100 - perM2 * mean;
lab.plot('price vs area', [
//zh> lab.plot('价格与面积', [
  { name: 'houses', x: areas, y: prices, style: 'points' },
//zh>   { name: '房子', x: areas, y: prices, style: 'points' },
  { name: 'line after descent', x: [40, 200], y: [base + perM2 * 40, base + perM2 * 200] },
//zh>   { name: '下降后的直线', x: [40, 200], y: [base + perM2 * 40, base + perM2 * 200] },
]);

// The verdict. Each step multiplies the error by (1 − 2η) here (the bowl's curvature is 2):
// it shrinks for 0 < η < 1, keeps its size at η = 1 (the sign flips: the line jumps
// across the valley and lands just as high), and grows beyond.
// zh: 结论。这里每走一步，误差都乘上 (1 − 2η)（碗的曲率是 2）：
// zh: 0 < η < 1 时误差缩小；η = 1 时大小不变（符号翻转：直线跳到山谷
// zh: 对面，落在同样的高度）；再大就越来越大。
const change = (final - first) / first;
let verdict: string;
if (!Number.isFinite(final) || change > 0.01) verdict = `diverged: the loss grew from ${first.toFixed(3)} to ${final.toPrecision(3)}`;
//zh> if (!Number.isFinite(final) || change > 0.01) verdict = `发散：损失从 ${first.toFixed(3)} 涨到了 ${final.toPrecision(3)}`;
else if (Math.abs(change) <= 0.01) verdict = `oscillating: after ${steps} steps the loss is ${final.toFixed(3)}, where it started (${first.toFixed(3)}); every step jumps across the valley and lands just as high, so it never converges`;
//zh> else if (Math.abs(change) <= 0.01) verdict = `振荡：${steps} 步之后损失是 ${final.toFixed(3)}，和起点（${first.toFixed(3)}）一样；每一步都跳到山谷对面、落在同样的高度，所以永远不会收敛`;
else if (final < floor * 1.05) verdict = `converged: loss ${final.toFixed(4)}, within 5 % of the best possible ${floor.toFixed(4)}`;
//zh> else if (final < floor * 1.05) verdict = `收敛：损失 ${final.toFixed(4)}，与最优直线的 ${floor.toFixed(4)} 相差不到 5 %`;
else verdict = `slow: loss ${final.toFixed(4)} after ${steps} steps, still above the best possible ${floor.toFixed(4)}`;
//zh> else verdict = `太慢：损失还有 ${final.toFixed(4)}（已走 ${steps} 步），仍高于最优直线的 ${floor.toFixed(4)}`;
lab.print(`η = ${eta}: ${verdict}`);
//zh> lab.print(`η = ${eta}：${verdict}`);
if (verdict.startsWith('converged') || verdict.startsWith('slow')) lab.print(`Learned: price ≈ ${base.toFixed(0)}k + ${perM2.toFixed(2)}k per m² (truth: 50k + 3k per m²)`);
//zh> if (verdict.startsWith('收敛') || verdict.startsWith('太慢')) lab.print(`学到的：价格 ≈ ${base.toFixed(0)} + 每 m² ${perM2.toFixed(2)}（单位：千；真实值：50 + 每 m² 3）`);
lab.metrics({ learningRate: eta, finalLoss: final, bestPossibleLoss: floor, steps });

export {};
