// Learning-rate schedules: warm up, then decay. Mini-batch SGD on a noisy line,
// three ways: a large constant rate, a small constant rate, and a warm-up to the
// large rate followed by a cosine decay to zero. Same data, same batches.
// zh: 学习率调度：先预热，再衰减。在一条带噪声的直线上做小批量 SGD，比较三种做法：
// zh: 固定的大学习率、固定的小学习率，以及先预热到大学习率、再按余弦衰减到零。
// zh: 数据相同，批次也相同。

const rng = lab.random();
const steps = Math.max(100, Math.round(300 * lab.scale));
const batchSize = 2;
const peak = 0.3;
const warmup = Math.round(steps / 15);

// 1. Data: 200 points, y = 2x + 1 + noise of standard deviation 1 (so the best
//    possible MSE is about 1), x already standardized.
// zh: 1. 数据：200 个点，y = 2x + 1 + 标准差为 1 的噪声（所以能达到的最佳均方误差约为 1），
// zh:    x 已经标准化。
const n = 200;
const xData = rng.array(n, (r) => r.normal(0, 1));
const yData = xData.map((x) => 2 * x + 1 + rng.normal(0, 1));
const xs = tf.tensor1d(xData);
const ys = tf.tensor1d(yData);
const mean = (v: number[]) => v.reduce((s, x) => s + x, 0) / v.length;
const mx = mean(xData);
const my = mean(yData);
const wBest = mean(xData.map((x, i) => (x - mx) * ((yData[i] ?? 0) - my))) / mean(xData.map((x) => (x - mx) ** 2));
const floor = mean(xData.map((x, i) => (wBest * (x - mx) + my - (yData[i] ?? 0)) ** 2));

// The same sequence of mini-batches for every run.
// zh: 每次运行都用同一串小批量。
const batches = Array.from({ length: steps }, () => Array.from({ length: batchSize }, () => rng.int(0, n - 1)));

// 2. The schedules. Warm-up: η rises linearly to the peak over the first steps;
//    then a cosine brings it smoothly to 0 at the last step.
// zh: 2. 各种调度。预热：η 在最初几步里线性升到峰值；
// zh:    然后余弦曲线让它平滑地在最后一步降到 0。
function warmupCosine(step: number): number {
  if (step < warmup) return (peak * (step + 1)) / warmup;
  return peak * 0.5 * (1 + Math.cos((Math.PI * (step - warmup)) / (steps - warmup)));
}
const schedules: [string, (step: number) => number][] = [
  [`constant η = ${peak}`, () => peak],
//zh>   [`固定 η = ${peak}`, () => peak],
  ['constant η = 0.003', () => 0.003],
//zh>   ['固定 η = 0.003', () => 0.003],
  [`warm-up to ${peak}, cosine decay to 0`, warmupCosine],
//zh>   [`预热到 ${peak}，再余弦衰减到 0`, warmupCosine],
];

// 3. Train each: θ ← θ − η_t · (gradient on this step's mini-batch).
// zh: 3. 逐一训练：θ ← θ − η_t ·（这一步小批量上的梯度）。
const finalGap: number[] = [];
for (const [name, rate] of schedules) {
  const w = tf.variable(tf.scalar(0));
  const b = tf.variable(tf.scalar(0));
  const fullLoss = () => w.mul(xs).add(b).sub(ys).square().mean() as tf.Scalar;
  for (let step = 0; step < steps; step++) {
    const eta = rate(step);
    lab.chart('learning rate by step', name, step + 1, eta);
//zh>     lab.chart('各步的学习率', name, step + 1, eta);
    const index = tf.tensor1d(batches[step] ?? [], 'int32');
    const { grads } = tf.variableGrads(() => w.mul(xs.gather(index)).add(b).sub(ys.gather(index)).square().mean() as tf.Scalar, [w, b]);
    tf.tidy(() => {
      w.assign(w.sub((grads[w.name] as tf.Scalar).mul(eta)));
      b.assign(b.sub((grads[b.name] as tf.Scalar).mul(eta)));
    });
    tf.dispose([index, ...Object.values(grads)]);
    if ((step + 1) % 10 === 0 || step === steps - 1) {
      const l = fullLoss();
      lab.chart('loss on all the data − best possible', name, step + 1, ((await l.data())[0] ?? NaN) - floor);
//zh>       lab.chart('全部数据上的损失 − 最佳可能值', name, step + 1, ((await l.data())[0] ?? NaN) - floor);
      l.dispose();
    }
  }
  const l = fullLoss();
  finalGap.push(((await l.data())[0] ?? NaN) - floor);
  tf.dispose([l, w, b]);
}
lab.table(schedules.map(([name], i) => ({ 'schedule': name, [`loss − best after ${steps} steps`]: Number((finalGap[i] ?? NaN).toPrecision(3)) })));
//zh> lab.table(schedules.map(([name], i) => ({ '调度': name, [`${steps} 步后的损失 − 最佳值`]: Number((finalGap[i] ?? NaN).toPrecision(3)) })));
lab.print('The large constant rate gets close fast, then keeps bouncing with the noise of each mini-batch; the small one is steady but slow; warm-up and decay get close fast and then settle.');
//zh> lab.print('固定的大学习率很快就接近最优，之后却随每个小批量的噪声不停弹跳；固定的小学习率走得稳，但很慢；预热加衰减既能很快接近，又能最终安定下来。');
lab.metrics({ warmupSteps: warmup, constantLargeGap: finalGap[0] ?? NaN, constantSmallGap: finalGap[1] ?? NaN, scheduleGap: finalGap[2] ?? NaN });

export {};
