// Momentum and Adam, compared fairly on a genuinely ill-conditioned problem, then
// gradient clipping rescuing a run that would otherwise blow up.
// zh: 在一个真正病态的问题上公平地比较动量法和 Adam；再看梯度裁剪
// zh: 怎样救下一次本来会爆炸的运行。

const rng = lab.random();
const steps = Math.max(50, Math.round(200 * lab.scale));

// 1. The task: fit price = w·area + b to 100 houses of 120 to 240 m² (area in
//    units of 100 m², price in 100k), by full-batch gradient descent on the MSE.
//    The areas are not centred, so w and b are tangled: the loss is a long,
//    narrow, diagonal valley.
// zh: 1. 任务：用 price = w·area + b 拟合 100 套 120 到 240 m² 的房子（面积以 100 m²
// zh:    为单位，价格以 10 万为单位），在全部数据上对均方误差做梯度下降。
// zh:    面积没有中心化，所以 w 和 b 纠缠在一起：损失是一条又长又窄、斜着走向的山谷。
const areas = rng.array(100, (r) => r.uniform(1.2, 2.4));
const prices = areas.map((a) => 0.5 + 3 * a + rng.normal(0, 0.3));
const xs = tf.tensor1d(areas);
const ys = tf.tensor1d(prices);

// 2. How narrow? The loss's curvature (Hessian) is 2·[[mean x², mean x], [mean x, 1]].
//    Its eigenvalues are the curvatures along the valley's two axes.
// zh: 2. 有多窄？损失的曲率（黑塞矩阵）是 2·[[mean x², mean x], [mean x, 1]]。
// zh:    它的特征值就是沿山谷两条轴的曲率。
const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
const a = 2 * mean(areas.map((x) => x * x));
const c = 2 * mean(areas);
const radius = Math.sqrt(((a - 2) / 2) ** 2 + c * c);
const lambdaMax = (a + 2) / 2 + radius;
const lambdaMin = (a + 2) / 2 - radius;
const sgdLimit = 2 / lambdaMax; // plain gradient descent diverges beyond this // zh: 超过这个值，朴素梯度下降就会发散
const eta = 0.9 * sgdLimit; // SGD's largest safe step, with a 10 % margin // zh: SGD 最大的安全步长，留 10 % 余量
const beta = 0.9;
lab.print(
  `Curvatures ${lambdaMax.toFixed(2)} across the valley and ${lambdaMin.toFixed(3)} along it (ratio ${(lambdaMax / lambdaMin).toFixed(0)}): ` +
//zh>   `曲率：横穿山谷 ${lambdaMax.toFixed(2)}，沿着山谷 ${lambdaMin.toFixed(3)}（比值 ${(lambdaMax / lambdaMin).toFixed(0)}）：` +
    `SGD is stable only for η < ${sgdLimit.toFixed(3)}; we give it η = ${eta.toFixed(3)}. Momentum with β = ${beta} is stable up to η < ${(2 * (1 + beta) / lambdaMax).toFixed(3)}.`,
//zh>     `SGD 只在 η < ${sgdLimit.toFixed(3)} 时稳定；我们给它 η = ${eta.toFixed(3)}。β = ${beta} 的动量法一直到 η < ${(2 * (1 + beta) / lambdaMax).toFixed(3)} 都稳定。`,
);

// The best any line can do (least squares), to measure how far each run still is from it.
// zh: 任何直线所能做到的最好结果（最小二乘），用来衡量每次运行离它还有多远。
const mx = mean(areas);
const my = mean(prices);
const wBest = mean(areas.map((x, i) => (x - mx) * ((prices[i] ?? 0) - my))) / mean(areas.map((x) => (x - mx) ** 2));
const floor = mean(areas.map((x, i) => (wBest * x + my - wBest * mx - (prices[i] ?? 0)) ** 2));

// 3. The runs, all from w = b = 0. The momentum runs are matched two ways: the same η
//    as SGD, and the same EFFECTIVE rate η/(1 − β) as SGD (η ten times smaller).
// zh: 3. 各次运行都从 w = b = 0 出发。动量法的两次运行按两种方式对齐：与 SGD 用同一个 η，
// zh:    以及与 SGD 有同样的“有效”学习率 η/(1 − β)（η 小十倍）。
const runs: [string, () => tf.Optimizer][] = [
  [`SGD, η = ${eta.toFixed(3)}`, () => tf.train.sgd(eta)],
//zh>   [`SGD，η = ${eta.toFixed(3)}`, () => tf.train.sgd(eta)],
  [`SGD, η = ${(eta / (1 - beta)).toFixed(2)} (momentum's effective rate)`, () => tf.train.sgd(eta / (1 - beta))],
//zh>   [`SGD，η = ${(eta / (1 - beta)).toFixed(2)}（动量法的有效学习率）`, () => tf.train.sgd(eta / (1 - beta))],
  [`momentum, η = ${(eta * (1 - beta)).toFixed(4)}, β = ${beta} (effective rate = SGD's)`, () => tf.train.momentum(eta * (1 - beta), beta)],
//zh>   [`动量法，η = ${(eta * (1 - beta)).toFixed(4)}，β = ${beta}（有效学习率 = SGD 的）`, () => tf.train.momentum(eta * (1 - beta), beta)],
  [`momentum, η = ${eta.toFixed(3)}, β = ${beta}`, () => tf.train.momentum(eta, beta)],
//zh>   [`动量法，η = ${eta.toFixed(3)}，β = ${beta}`, () => tf.train.momentum(eta, beta)],
  ['Adam, η = 0.1', () => tf.train.adam(0.1)],
//zh>   ['Adam，η = 0.1', () => tf.train.adam(0.1)],
];
const finalGap: number[] = [];
for (const [name, make] of runs) {
  const w = tf.variable(tf.scalar(0));
  const b = tf.variable(tf.scalar(0));
  const optimizer = make();
  const loss = () => w.mul(xs).add(b).sub(ys).square().mean() as tf.Scalar;
  let gap = NaN;
  for (let step = 1; step <= steps; step++) {
    const value = optimizer.minimize(loss, true, [w, b]) as tf.Scalar;
    gap = ((await value.data())[0] ?? NaN) - floor; // the loss before this step, above the best line's // zh: 这一步之前的损失比最佳直线的损失高出多少
    value.dispose();
    if (!Number.isFinite(gap) || gap > 1e6) {
      gap = Infinity;
      break; // diverged // zh: 发散了
    }
    lab.chart('log₁₀(loss − best possible) by step', name, step, Math.log10(Math.max(gap, 1e-12)));
//zh>     lab.chart('各步的 log₁₀(损失 − 最佳可能值)', name, step, Math.log10(Math.max(gap, 1e-12)));
  }
  finalGap.push(gap);
  optimizer.dispose();
  tf.dispose([w, b]);
}
// Float32 cannot resolve gaps much below 1e-6 of a loss near 0.1: call those "at the best line".
// zh: 损失在 0.1 左右时，Float32 分辨不出比 1e-6 小得多的差距：这样的差距就算“到达最佳直线”。
const shown = (gap: number) => (gap === Infinity ? 'diverged' : gap < 1e-6 ? 'below 1e-6: at the best line' : gap.toPrecision(3));
//zh> const shown = (gap: number) => (gap === Infinity ? '发散' : gap < 1e-6 ? '低于 1e-6：已到达最佳直线' : gap.toPrecision(3));
lab.table(runs.map(([name], i) => ({ 'optimizer': name, [`loss − best after ${steps} steps`]: shown(finalGap[i] ?? NaN) })));
//zh> lab.table(runs.map(([name], i) => ({ '优化器': name, [`${steps} 步后的损失 − 最佳值`]: shown(finalGap[i] ?? NaN) })));

// 4. Gradient clipping. Predict a price from an UNscaled area (40–200 m²): the
//    gradient of the squared error is huge, and plain SGD overshoots: the loss
//    overflows to Infinity, and one step later the weights are Infinity − Infinity = NaN.
//    Clipping rescales the gradient whenever its norm exceeds C = 1, keeping its direction.
// zh: 4. 梯度裁剪。用没有缩放的面积（40–200 m²）预测价格：平方误差的梯度巨大，朴素 SGD
// zh:    一步迈过头：损失溢出成 Infinity，再过一步，权重就成了 Infinity − Infinity = NaN。
// zh:    只要梯度的范数超过 C = 1，裁剪就把它按比例缩小，方向保持不变。
const rawAreas = rng.array(100, (r) => r.uniform(40, 200));
const ax = tf.tensor1d(rawAreas);
const ay = tf.tensor1d(rawAreas.map((x) => 0.03 * x + 0.5 + rng.normal(0, 0.4)));
async function fitLine(clip: boolean): Promise<{ loss: number; infinityAt: number; nanAt: number }> {
  const w = tf.variable(tf.scalar(0));
  const b = tf.variable(tf.scalar(0));
  const optimizer = tf.train.sgd(0.001);
  let loss = NaN;
  let infinityAt = 0;
  let nanAt = 0;
  for (let step = 1; step <= 200; step++) {
    const { value, grads } = optimizer.computeGradients(() => w.mul(ax).add(b).sub(ay).square().mean() as tf.Scalar, [w, b]);
    loss = (await value.data())[0] ?? NaN;
    lab.chart('loss with and without clipping', clip ? 'clipped at norm C = 1' : 'no clipping', step, Math.min(loss, 1e6));
//zh>     lab.chart('裁剪与不裁剪时的损失', clip ? '范数裁剪到 C = 1' : '不裁剪', step, Math.min(loss, 1e6));
    const update = tf.tidy(() => {
      if (!clip) return grads;
      const norm = tf.sqrt(tf.addN(Object.values(grads).map((g) => g.square().sum())));
      const scale = tf.minimum(tf.scalar(1), tf.scalar(1).div(norm));
      return Object.fromEntries(Object.entries(grads).map(([k, g]) => [k, g.mul(scale)]));
    });
    optimizer.applyGradients(update);
    value.dispose();
    if (loss === Infinity && infinityAt === 0) infinityAt = step;
    if (Number.isNaN(loss)) {
      nanAt = step;
      break;
    }
  }
  tf.dispose([w, b]);
  return { loss, infinityAt, nanAt };
}
const unclipped = await fitLine(false);
const clipped = await fitLine(true);
lab.print(`Without clipping the loss reaches Infinity at step ${unclipped.infinityAt} and NaN at step ${unclipped.nanAt}; with clipping it ends at ${clipped.loss.toFixed(3)}.`);
//zh> lab.print(`不裁剪时，损失在第 ${unclipped.infinityAt} 步变成 Infinity，第 ${unclipped.nanAt} 步变成 NaN；裁剪后，损失最后是 ${clipped.loss.toFixed(3)}。`);
lab.metrics({
  lambdaMax,
  lambdaMin,
  eta,
  sgdGap: finalGap[0] ?? NaN,
  sgdAtEffectiveRateGap: finalGap[1] ?? NaN,
  matchedMomentumGap: finalGap[2] ?? NaN,
  momentumGap: finalGap[3] ?? NaN,
  adamGap: finalGap[4] ?? NaN,
  infinityAt: unclipped.infinityAt,
  nanAt: unclipped.nanAt,
  lossWithClipping: clipped.loss,
});

export {};
