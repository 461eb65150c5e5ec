// Initialization. First, why the starting weights must differ: a network whose
// hidden units all start equal keeps them equal forever. Then, how large they
// should be: the signal through 20 ReLU layers, with three weight variances.
// zh: 初始化。先看初始权重为什么必须各不相同：隐藏单元全都从同一个值出发的网络，
// zh: 这些单元会永远保持相同。再看权重应该多大：信号穿过 20 个 ReLU 层，
// zh: 比较三种权重方差。

const rng = lab.random();
const steps = Math.max(5, Math.round(300 * lab.scale));

// 1. Symmetry. Points inside a disc (class 1) or in a ring around it (class 0): no
//    straight line separates them, so a network needs several different hidden units.
// zh: 1. 对称性。点要么在一个圆盘里（类别 1），要么在环绕它的圆环里（类别 0）：
// zh:    没有哪条直线能把它们分开，所以网络需要好几个互不相同的隐藏单元。
const points = Array.from({ length: 200 }, (_, i) => {
  const inside = i % 2 === 0;
  const radius = inside ? rng.uniform(0, 1.5) : rng.uniform(2.5, 4);
  const angle = rng.uniform(0, 2 * Math.PI);
  return { x: [radius * Math.cos(angle), radius * Math.sin(angle)], label: inside ? 1 : 0 };
});
const xs = tf.tensor2d(points.map((p) => p.x));
const ys = tf.tensor2d(points.map((p) => [p.label]));

type Initializer = ReturnType<typeof tf.initializers.constant>;
async function trainWith(name: string, initializer: Initializer): Promise<{ accuracy: number; spread: number }> {
  // 2 → 8 tanh units → 1 sigmoid output; only the initial weights differ between runs.
  // zh: 2 → 8 个 tanh 单元 → 1 个 sigmoid 输出；两次运行只有初始权重不同。
  const W1 = tf.variable(initializer.apply([2, 8]) as tf.Tensor2D);
  const b1 = tf.variable(tf.zeros([8]));
  const W2 = tf.variable(initializer.apply([8, 1]) as tf.Tensor2D);
  const b2 = tf.variable(tf.zeros([1]));
  const predict = () => xs.matMul(W1).add(b1).tanh().matMul(W2).add(b2);
  const optimizer = tf.train.adam(0.05);
  for (let step = 1; step <= steps; step++) {
    // Read the loss back (a slow round trip on a GPU) only every 5th step, for the chart.
    // zh: 只在每第 5 步把损失读回来画图（在 GPU 上，读回一次是很慢的往返）。
    const charted = step % 5 === 0 || step === 1;
    const loss = optimizer.minimize(() => tf.losses.sigmoidCrossEntropy(ys, predict()), charted, [W1, b1, W2, b2]);
    if (loss) {
      lab.chart('training loss: equal vs random starting weights', name, step, (await loss.data())[0] ?? NaN);
//zh>       lab.chart('训练损失：相同与随机的初始权重', name, step, (await loss.data())[0] ?? NaN);
      loss.dispose();
    }
  }
  const p = await tf.tidy(() => predict().sigmoid()).data();
  const accuracy = points.filter((pt, i) => ((p[i] ?? 0) >= 0.5 ? 1 : 0) === pt.label).length / points.length;
  // How different are the hidden units? The largest gap between two units' incoming weights (columns of W1).
  // zh: 隐藏单元之间差别有多大？取两个单元输入权重（W1 的列）之间的最大差距。
  const w = await W1.array();
  let spread = 0;
  for (let j = 1; j < 8; j++) for (const row of w) spread = Math.max(spread, Math.abs((row[j] ?? 0) - (row[0] ?? 0)));
  tf.dispose([W1, b1, W2, b2]);
  optimizer.dispose();
  return { accuracy, spread };
}
const equal = await trainWith('all weights 0.5', tf.initializers.constant({ value: 0.5 }));
//zh> const equal = await trainWith('权重全为 0.5', tf.initializers.constant({ value: 0.5 }));
const random = await trainWith('Glorot uniform (random)', tf.initializers.glorotUniform({ seed: lab.seed }));
//zh> const random = await trainWith('Glorot 均匀（随机）', tf.initializers.glorotUniform({ seed: lab.seed }));
lab.table([
  { 'starting weights': 'all 0.5', 'training accuracy': `${(equal.accuracy * 100).toFixed(1)} %`, 'largest difference between hidden units': equal.spread },
//zh>   { '初始权重': '全为 0.5', '训练准确率': `${(equal.accuracy * 100).toFixed(1)} %`, '隐藏单元之间的最大差异': equal.spread },
  { 'starting weights': 'Glorot uniform', 'training accuracy': `${(random.accuracy * 100).toFixed(1)} %`, 'largest difference between hidden units': Number(random.spread.toFixed(3)) },
//zh>   { '初始权重': 'Glorot 均匀', '训练准确率': `${(random.accuracy * 100).toFixed(1)} %`, '隐藏单元之间的最大差异': Number(random.spread.toFixed(3)) },
]);

// 2. Scale. Push 200 random inputs through 20 ReLU layers of 100 units, with weights
//    drawn from a normal distribution of variance v/100 for v = 1 (LeCun), 2 (He), 4.
//    Each layer multiplies the mean square of the signal by 100 · (v/100) / 2 = v/2.
// zh: 2. 尺度。让 200 个随机输入穿过 20 个各有 100 个单元的 ReLU 层，权重取自方差为
// zh:    v/100 的正态分布，v = 1（LeCun）、2（He）、4。
// zh:    每一层都把信号的均方乘以 100 · (v/100) / 2 = v/2。
const width = 100;
const depth = 20;
const input = tf.randomNormal([200, width], 0, 1, 'float32', lab.seed);
const meanSquare: Record<string, number[]> = {};
for (const [name, variance] of [['LeCun, Var(w) = 1/n', 1], ['He, Var(w) = 2/n', 2], ['too large, Var(w) = 4/n', 4]] as const) {
//zh> for (const [name, variance] of [['LeCun，Var(w) = 1/n', 1], ['He，Var(w) = 2/n', 2], ['过大，Var(w) = 4/n', 4]] as const) {
  // All 20 layers in one go, reading the 20 mean squares back at once at the end.
  // zh: 20 层一口气算完，最后一次性读回 20 个均方。
  const stacked = tf.tidy(() => {
    let h: tf.Tensor = input;
    const squares: tf.Tensor[] = [];
    for (let layer = 1; layer <= depth; layer++) {
      const W = tf.randomNormal([width, width], 0, Math.sqrt(variance / width), 'float32', lab.seed + layer);
      h = h.matMul(W).relu();
      squares.push(h.square().mean());
    }
    return tf.stack(squares);
  });
  const levels = Array.from(await stacked.data());
  stacked.dispose();
  levels.forEach((ms, k) => lab.chart('log₁₀ of the mean square after each ReLU layer', name, k + 1, Math.log10(ms)));
//zh>   levels.forEach((ms, k) => lab.chart('每个 ReLU 层之后均方的 log₁₀', name, k + 1, Math.log10(ms)));
  meanSquare[name] = levels;
}
input.dispose();
const after = (name: string) => meanSquare[name]?.at(-1) ?? NaN;
lab.print(
  `After ${depth} layers the mean square is ${after('LeCun, Var(w) = 1/n').toExponential(2)} with LeCun (predicted 2^−20 ≈ 9.5e-7), ` +
//zh>   `经过 ${depth} 层后，均方在 LeCun 下是 ${after('LeCun，Var(w) = 1/n').toExponential(2)}（预测 2^−20 ≈ 9.5e-7），` +
    `${after('He, Var(w) = 2/n').toFixed(2)} with He (predicted about 1), and ${after('too large, Var(w) = 4/n').toExponential(2)} with 4/n (predicted 2^20 ≈ 1.0e6).`,
//zh>     `在 He 下是 ${after('He，Var(w) = 2/n').toFixed(2)}（预测约为 1），在 4/n 下是 ${after('过大，Var(w) = 4/n').toExponential(2)}（预测 2^20 ≈ 1.0e6）。`,
);
lab.metrics({
  equalAccuracy: equal.accuracy,
  equalSpread: equal.spread,
  randomAccuracy: random.accuracy,
  randomSpread: random.spread,
  lecunAfter: after('LeCun, Var(w) = 1/n'),
//zh>   lecunAfter: after('LeCun，Var(w) = 1/n'),
  heAfter: after('He, Var(w) = 2/n'),
//zh>   heAfter: after('He，Var(w) = 2/n'),
  largeAfter: after('too large, Var(w) = 4/n'),
//zh>   largeAfter: after('过大，Var(w) = 4/n'),
});

export {};
