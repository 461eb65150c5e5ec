// Initialization. First, why the starting weights must differ: a network whose
// hidden units all start equal keeps them equal forever. Then, how large they
// should be: the signal through 20 ReLU layers, with three weight variances.

const rng = lab.random();
const steps = Math.max(60, Math.round(300 * lab.scale));

// 1. Symmetry. Points inside a disc (class 1) or in a ring around it (class 0): no
//    straight line separates them, so a network needs several different hidden units.
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
  const W1 = tf.variable(initializer.apply([2, 8]) as tf.Tensor2D);
  const b1 = tf.variable(tf.zeros([8]));
  const W2 = tf.variable(initializer.apply([8, 1]) as tf.Tensor2D);
  const b2 = tf.variable(tf.zeros([1]));
  const predict = () => xs.matMul(W1).add(b1).tanh().matMul(W2).add(b2);
  const optimizer = tf.train.adam(0.05);
  for (let step = 1; step <= steps; step++) {
    // Read the loss back (a slow round trip on a GPU) only every 5th step, for the chart.
    const charted = step % 5 === 0 || step === 1;
    const loss = optimizer.minimize(() => tf.losses.sigmoidCrossEntropy(ys, predict()), charted, [W1, b1, W2, b2]);
    if (loss) {
      lab.chart('training loss: equal vs random starting weights', name, step, (await loss.data())[0] ?? NaN);
      loss.dispose();
    }
  }
  const p = await tf.tidy(() => predict().sigmoid()).data();
  const accuracy = points.filter((pt, i) => ((p[i] ?? 0) >= 0.5 ? 1 : 0) === pt.label).length / points.length;
  // How different are the hidden units? The largest gap between two units' incoming weights (columns of W1).
  const w = await W1.array();
  let spread = 0;
  for (let j = 1; j < 8; j++) for (const row of w) spread = Math.max(spread, Math.abs((row[j] ?? 0) - (row[0] ?? 0)));
  tf.dispose([W1, b1, W2, b2]);
  optimizer.dispose();
  return { accuracy, spread };
}
const equal = await trainWith('all weights 0.5', tf.initializers.constant({ value: 0.5 }));
const random = await trainWith('Glorot uniform (random)', tf.initializers.glorotUniform({ seed: lab.seed }));
lab.table([
  { 'starting weights': 'all 0.5', 'training accuracy': `${(equal.accuracy * 100).toFixed(1)} %`, 'largest difference between hidden units': equal.spread },
  { 'starting weights': 'Glorot uniform', 'training accuracy': `${(random.accuracy * 100).toFixed(1)} %`, 'largest difference between hidden units': Number(random.spread.toFixed(3)) },
]);

// 2. Scale. Push 200 random inputs through 20 ReLU layers of 100 units, with weights
//    drawn from a normal distribution of variance v/100 for v = 1 (LeCun), 2 (He), 4.
//    Each layer multiplies the mean square of the signal by 100 · (v/100) / 2 = v/2.
const width = 100;
const depth = 20;
const input = tf.randomNormal([200, width], 0, 1, 'float32', lab.seed);
const meanSquare: Record<string, number[]> = {};
for (const [name, variance] of [['LeCun, Var(w) = 1/n', 1], ['He, Var(w) = 2/n', 2], ['too large, Var(w) = 4/n', 4]] as const) {
  // All 20 layers in one go, reading the 20 mean squares back at once at the end.
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
  meanSquare[name] = levels;
}
input.dispose();
const after = (name: string) => meanSquare[name]?.at(-1) ?? NaN;
lab.print(
  `After ${depth} layers the mean square is ${after('LeCun, Var(w) = 1/n').toExponential(2)} with LeCun (predicted 2^−20 ≈ 9.5e-7), ` +
    `${after('He, Var(w) = 2/n').toFixed(2)} with He (predicted about 1), and ${after('too large, Var(w) = 4/n').toExponential(2)} with 4/n (predicted 2^20 ≈ 1.0e6).`,
);
lab.metrics({
  equalAccuracy: equal.accuracy,
  equalSpread: equal.spread,
  randomAccuracy: random.accuracy,
  randomSpread: random.spread,
  lecunAfter: after('LeCun, Var(w) = 1/n'),
  heAfter: after('He, Var(w) = 2/n'),
  largeAfter: after('too large, Var(w) = 4/n'),
});

export {};
