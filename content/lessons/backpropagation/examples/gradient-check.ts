// Backpropagation, checked: TensorFlow.js computes the gradients of a tiny
// 2-2-1 network with tf.variableGrads (reverse-mode automatic differentiation,
// i.e. backpropagation), and we compare them with finite differences.
// The network and its numbers are the ones worked by hand in the lesson.
// zh: 反向传播，实测检验：TensorFlow.js 用 tf.variableGrads（反向模式自动微分，
// zh: 也就是反向传播）算出一个 2-2-1 小网络的梯度，我们再拿有限差分来对照。
// zh: 网络和其中的数，都与课文里手算的一样。

const x = tf.tensor2d([[1, 0.5]]); // one example, two inputs (a row: examples are rows in code) // zh: 一个样本，两个输入（一行：代码里样本按行存放）
const y = tf.tensor2d([[1]]);
// The lesson's W₁ has one row per hidden unit. Code multiplies x·W, so it stores
// the transpose: kernel[k][j] is the lesson's W₁,jk (input k → hidden unit j).
// zh: 课文里的 W₁ 每个隐藏单元占一行。代码算的是 x·W，所以存的是它的转置：
// zh: kernel[k][j] 就是课文里的 W₁,jk（输入 k → 隐藏单元 j）。
const W1 = tf.variable(tf.tensor2d([[0.2, 0.7], [-0.4, 0.1]]), true, 'W1');
const b1 = tf.variable(tf.tensor1d([0.1, -0.2]), true, 'b1');
const w2 = tf.variable(tf.tensor2d([[0.6], [-0.3]]), true, 'w2');
const b2 = tf.variable(tf.tensor1d([0.05]), true, 'b2');
const params: tf.Variable[] = [W1, b1, w2, b2];

// Binary cross-entropy L = −[y ln ŷ + (1 − y) ln(1 − ŷ)], with ŷ = σ(w₂·σ(W₁x + b₁) + b₂).
// zh: 二元交叉熵 L = −[y ln ŷ + (1 − y) ln(1 − ŷ)]，其中 ŷ = σ(w₂·σ(W₁x + b₁) + b₂)。
const crossEntropy = (yHat: tf.Tensor, target: tf.Tensor): tf.Scalar =>
  target.mul(yHat.log()).add(tf.scalar(1).sub(target).mul(tf.scalar(1).sub(yHat).log())).neg().sum() as tf.Scalar;
const loss = (): tf.Scalar =>
  tf.tidy(() => {
    const h = x.matMul(W1).add(b1).sigmoid();
    const yHat = h.matMul(w2).add(b2).sigmoid();
    return crossEntropy(yHat, y);
  });

// 1. Backpropagation: every gradient in one backward pass.
// zh: 1. 反向传播：一次反向传播算出所有梯度。
const { value, grads } = tf.variableGrads(loss, params);
lab.print('loss L =', (await value.data())[0]);
//zh> lab.print('损失 L =', (await value.data())[0]);

// Names as in the lesson, counting from 1: W1[j,k] is the weight from input k into hidden unit j.
// zh: 名称与课文一致，从 1 开始数：W1[j,k] 是从输入 k 进入隐藏单元 j 的权重。
const labelOf = (name: string, flat: number): string => {
  if (name === 'W1') return `W1[${(flat % 2) + 1},${Math.floor(flat / 2) + 1}]`; // kernel [k][j], flat = 2k + j // zh: kernel [k][j]，flat = 2k + j
  if (name === 'w2') return `w2[${flat + 1}]`;
  if (name === 'b1') return `b1[${flat + 1}]`;
  return name;
};

// 2. Finite differences, one parameter at a time: (L(θ + ε) − L(θ − ε)) / 2ε.
//    Computed in float32 like everything on a GPU: ε too small and rounding
//    error dominates, too big and the curve's bend does; 1e-3 is a good middle.
// zh: 2. 有限差分，一次一个参数：(L(θ + ε) − L(θ − ε)) / 2ε。
// zh:    和 GPU 上的一切一样用 float32 计算：ε 太小，舍入误差占上风；
// zh:    太大，曲线的弯曲占上风；1e-3 是个不错的折中。
const epsilon = 1e-3;
const rows: { parameter: string; backprop: number; numeric: number; relative: number }[] = [];
for (const p of params) {
  const gradient = grads[p.name];
  if (!gradient) throw new Error(`no gradient for ${p.name}`);
  //zh> if (!gradient) throw new Error(`${p.name} 没有梯度`);
  const analytic = await gradient.data();
  const original = await p.data();
  for (let k = 0; k < original.length; k++) {
    const nudged = async (delta: number): Promise<number> => {
      const copy = Float32Array.from(original);
      copy[k] = (copy[k] ?? 0) + delta;
      p.assign(tf.tensor(copy, p.shape));
      const l = loss();
      const out = (await l.data())[0] ?? NaN;
      l.dispose();
      return out;
    };
    const numeric = ((await nudged(epsilon)) - (await nudged(-epsilon))) / (2 * epsilon);
    p.assign(tf.tensor(original, p.shape));
    const a = analytic[k] ?? NaN;
    // Relative to the larger of the two, with a floor so a zero gradient does not divide by zero.
    // zh: 相对于两者中较大的那个；设一个下限，免得梯度为零时除以零。
    const relative = Math.abs(a - numeric) / Math.max(Math.abs(a), Math.abs(numeric), 1e-4);
    rows.push({ parameter: labelOf(p.name, k), backprop: a, numeric, relative });
  }
}
rows.sort((a, b) => a.parameter.localeCompare(b.parameter));
// The table's columns, named for the reader.
// zh: 表格的各列，用读者看得懂的名字。
lab.table(rows.map((r) => ({ 'parameter': r.parameter, 'backprop': r.backprop, 'finite difference': r.numeric, 'relative error': r.relative })));
//zh> lab.table(rows.map((r) => ({ '参数': r.parameter, '反向传播': r.backprop, '有限差分': r.numeric, '相对误差': r.relative })));
const worst = Math.max(...rows.map((r) => r.relative));
lab.print(`Largest relative difference: ${(worst * 100).toFixed(3)} % over ${rows.length} parameters.`);
//zh> lab.print(`最大相对差异：${(worst * 100).toFixed(3)} %（共 ${rows.length} 个参数）。`);

// 3. The gradients are right, so use them: 200 steps of gradient descent on this one example.
// zh: 3. 梯度是对的，那就用起来：在这一个样本上做 200 步梯度下降。
const steps = Math.max(20, Math.round(200 * lab.scale));
const optimizer = tf.train.sgd(2);
const before = (await value.data())[0] ?? NaN;
// The losses are read back ten steps at a time: each read waits until the GPU has
// finished everything queued, so reading every step would stall it every step.
// zh: 损失每十步一起读回：读回要等 GPU 做完排队的全部工作，每步都读就会每步都让它停下来等。
const unread: tf.Scalar[] = [];
for (let step = 0; step < steps; step++) {
  unread.push(optimizer.minimize(loss, true, params) as tf.Scalar);
  if (unread.length === 10 || step === steps - 1) {
    const stacked = tf.stack(unread);
    const values = await stacked.data();
    tf.dispose([stacked, ...unread]);
    const first = step - unread.length + 2; // the chart counts steps from 1 // zh: 图上的步数从 1 数起
    unread.length = 0;
    values.forEach((l, i) => lab.chart('loss', 'L', first + i, l));
    //zh> values.forEach((l, i) => lab.chart('损失', 'L', first + i, l));
  }
}
const after = await loss().data();

// 4. Why cross-entropy: the error signal δ = ∂L/∂z at the output, for a positive
//    example, under cross-entropy and under ½(ŷ − y)², at the worked z₂ and at a
//    saturated, wrong z₂ = −5. tf.grad differentiates the loss with respect to z.
// zh: 4. 为什么用交叉熵：对一个正样本，比较输出处的误差信号 δ = ∂L/∂z
// zh:    在交叉熵和 ½(ŷ − y)² 下的大小，分别取手算的 z₂ 和饱和且答错的
// zh:    z₂ = −5。tf.grad 求损失对 z 的导数。
const target = tf.scalar(1);
const deltaOf = (lossOfYHat: (yHat: tf.Tensor) => tf.Scalar) => tf.grad((z: tf.Tensor) => lossOfYHat(z.sigmoid()));
const bceDelta = deltaOf((yHat) => crossEntropy(yHat, target));
const squaredDelta = deltaOf((yHat) => yHat.sub(target).square().mul(0.5).sum() as tf.Scalar);
const z2 = 0.6 * (1 / (1 + Math.exp(-0.1))) - 0.3 * (1 / (1 + Math.exp(-0.55))) + 0.05; // the forward pass, in plain numbers // zh: 前向传播，用普通的数来算
const points = [
  ['worked z₂', z2],
  //zh> ['手算的 z₂', z2],
  ['saturated z₂ = −5', -5],
  //zh> ['饱和的 z₂ = −5', -5],
] as const;
const ratios: number[] = [];
for (const [where, z] of points) {
  const bce = (await bceDelta(tf.scalar(z)).data())[0] ?? NaN;
  const squared = (await squaredDelta(tf.scalar(z)).data())[0] ?? NaN;
  ratios.push(bce / squared);
  lab.print(`${where}: δ with cross-entropy ${bce.toFixed(4)}, with squared error ${squared.toFixed(4)}: ${(bce / squared).toFixed(1)} times smaller.`);
  //zh> lab.print(`${where}：交叉熵的 δ 为 ${bce.toFixed(4)}，平方误差的 δ 为 ${squared.toFixed(4)}，前者是后者的 ${(bce / squared).toFixed(1)} 倍。`);
}
lab.metrics({
  maxRelativeError: worst,
  lossBefore: before,
  lossAfter: after[0] ?? NaN,
  ratioWorked: ratios[0] ?? NaN,
  ratioSaturated: ratios[1] ?? NaN,
});

export {};
