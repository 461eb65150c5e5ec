// Backpropagation, checked: TensorFlow.js computes the gradients of a tiny
// 2-2-1 network with tf.variableGrads (reverse-mode automatic differentiation,
// i.e. backpropagation), and we compare them with finite differences.
// The network and its numbers are the ones worked by hand in the lesson.

const x = tf.tensor2d([[1, 0.5]]); // one example, two inputs (a row: examples are rows in code)
const y = tf.tensor2d([[1]]);
// The lesson's W₁ has one row per hidden unit. Code multiplies x·W, so it stores
// the transpose: kernel[k][j] is the lesson's W₁,jk (input k → hidden unit j).
const W1 = tf.variable(tf.tensor2d([[0.2, 0.7], [-0.4, 0.1]]), true, 'W1');
const b1 = tf.variable(tf.tensor1d([0.1, -0.2]), true, 'b1');
const w2 = tf.variable(tf.tensor2d([[0.6], [-0.3]]), true, 'w2');
const b2 = tf.variable(tf.tensor1d([0.05]), true, 'b2');
const params: tf.Variable[] = [W1, b1, w2, b2];

// Binary cross-entropy L = −[y ln ŷ + (1 − y) ln(1 − ŷ)], with ŷ = σ(w₂·σ(W₁x + b₁) + b₂).
const crossEntropy = (yHat: tf.Tensor, target: tf.Tensor): tf.Scalar =>
  target.mul(yHat.log()).add(tf.scalar(1).sub(target).mul(tf.scalar(1).sub(yHat).log())).neg().sum() as tf.Scalar;
const loss = (): tf.Scalar =>
  tf.tidy(() => {
    const h = x.matMul(W1).add(b1).sigmoid();
    const yHat = h.matMul(w2).add(b2).sigmoid();
    return crossEntropy(yHat, y);
  });

// 1. Backpropagation: every gradient in one backward pass.
const { value, grads } = tf.variableGrads(loss, params);
lab.print('loss L =', (await value.data())[0]);

// Names as in the lesson, counting from 1: W1[j,k] is the weight from input k into hidden unit j.
const labelOf = (name: string, flat: number): string => {
  if (name === 'W1') return `W1[${(flat % 2) + 1},${Math.floor(flat / 2) + 1}]`; // kernel [k][j], flat = 2k + j
  if (name === 'w2') return `w2[${flat + 1}]`;
  if (name === 'b1') return `b1[${flat + 1}]`;
  return name;
};

// 2. Finite differences, one parameter at a time: (L(θ + ε) − L(θ − ε)) / 2ε.
//    Computed in float32 like everything on a GPU: ε too small and rounding
//    error dominates, too big and the curve's bend does; 1e-3 is a good middle.
const epsilon = 1e-3;
const rows: { parameter: string; backprop: number; numeric: number; 'relative error': number }[] = [];
for (const p of params) {
  const gradient = grads[p.name];
  if (!gradient) throw new Error(`no gradient for ${p.name}`);
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
    const relative = Math.abs(a - numeric) / Math.max(Math.abs(a), Math.abs(numeric), 1e-4);
    rows.push({ parameter: labelOf(p.name, k), backprop: a, numeric, 'relative error': relative });
  }
}
rows.sort((a, b) => a.parameter.localeCompare(b.parameter));
lab.table(rows);
const worst = Math.max(...rows.map((r) => r['relative error']));
lab.print(`Largest relative difference: ${(worst * 100).toFixed(3)} % over ${rows.length} parameters.`);

// 3. The gradients are right, so use them: 200 steps of gradient descent on this one example.
const steps = Math.max(20, Math.round(200 * lab.scale));
const optimizer = tf.train.sgd(2);
const before = (await value.data())[0] ?? NaN;
for (let step = 0; step < steps; step++) {
  const l = optimizer.minimize(loss, true, params) as tf.Scalar;
  lab.chart('loss', 'L', step + 1, (await l.data())[0] ?? NaN);
  l.dispose();
}
const after = await loss().data();

// 4. Why cross-entropy: the error signal δ = ∂L/∂z at the output, for a positive
//    example, under cross-entropy and under ½(ŷ − y)², at the worked z₂ and at a
//    saturated, wrong z₂ = −5. tf.grad differentiates the loss with respect to z.
const target = tf.scalar(1);
const deltaOf = (lossOfYHat: (yHat: tf.Tensor) => tf.Scalar) => tf.grad((z: tf.Tensor) => lossOfYHat(z.sigmoid()));
const bceDelta = deltaOf((yHat) => crossEntropy(yHat, target));
const squaredDelta = deltaOf((yHat) => yHat.sub(target).square().mul(0.5).sum() as tf.Scalar);
const z2 = 0.6 * (1 / (1 + Math.exp(-0.1))) - 0.3 * (1 / (1 + Math.exp(-0.55))) + 0.05; // the forward pass, in plain numbers
const signals: Record<string, number> = {};
for (const [where, z] of [['worked z₂', z2], ['saturated z₂ = −5', -5]] as const) {
  const bce = (await bceDelta(tf.scalar(z)).data())[0] ?? NaN;
  const squared = (await squaredDelta(tf.scalar(z)).data())[0] ?? NaN;
  signals[where] = bce / squared;
  lab.print(`${where}: δ with cross-entropy ${bce.toFixed(4)}, with squared error ${squared.toFixed(4)}: ${(bce / squared).toFixed(1)} times smaller.`);
}
lab.metrics({
  maxRelativeError: worst,
  lossBefore: before,
  lossAfter: after[0] ?? NaN,
  ratioWorked: signals['worked z₂'] ?? NaN,
  ratioSaturated: signals['saturated z₂ = −5'] ?? NaN,
});

export {};
