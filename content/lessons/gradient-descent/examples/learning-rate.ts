// Gradient descent by hand: fit price = w · area + b to 200 houses, one step at a time.
// Change the learning rate in Settings (it reruns) and watch: too small crawls,
// about right converges, exactly 1 oscillates forever, bigger explodes.

const eta = lab.control('learning rate', { value: 0.1, min: 0.001, max: 1.2, log: true });
const steps = Math.max(10, Math.round(60 * lab.scale));

// 1. The town: 200 houses between 40 and 200 m², price = 50k + 3k per m² + noise (σ = 40k).
const rng = lab.random();
const areas = rng.array(200, (r) => r.uniform(40, 200));
const prices = areas.map((a) => 50 + 3 * a + rng.normal(0, 40)); // thousands

// 2. Standardize the area (mean 0, spread 1) and count prices in 100k. With
//    standardized x the loss surface is a round bowl (its Hessian is 2·I), so
//    gradient descent converges exactly when 0 < η < 1 (see the lesson).
const mean = areas.reduce((s, a) => s + a, 0) / areas.length;
const std = Math.sqrt(areas.reduce((s, a) => s + (a - mean) ** 2, 0) / areas.length);
const xs = tf.tensor1d(areas.map((a) => (a - mean) / std));
const ys = tf.tensor1d(prices.map((p) => p / 100));

// The best any line can do (least squares, closed form), to judge the result.
const yMean = (await ys.mean().data())[0] ?? 0;
const wBest = (await xs.mul(ys).mean().data())[0] ?? 0; // cov(x, y) / var(x), with var(x) = 1
const floor = (await xs.mul(wBest).add(yMean).sub(ys).square().mean().data())[0] ?? 0;

// 3. The parameters, and the loss as a function of them.
const w = tf.variable(tf.scalar(0), true, 'w');
const b = tf.variable(tf.scalar(0), true, 'b');
const loss = () => w.mul(xs).add(b).sub(ys).square().mean() as tf.Scalar;

// 4. Descend: θ ← θ − η · ∂L/∂θ. tf.variableGrads returns the loss and its gradients.
let first = NaN;
for (let step = 0; step < steps; step++) {
  const { value, grads } = tf.variableGrads(loss, [w, b]);
  const last = (await value.data())[0] ?? NaN;
  if (step === 0) first = last;
  lab.chart('loss', 'training loss', step, last);
  lab.chart('loss', 'best possible', step, floor);
  tf.tidy(() => {
    w.assign(w.sub((grads['w'] as tf.Scalar).mul(eta)));
    b.assign(b.sub((grads['b'] as tf.Scalar).mul(eta)));
  });
  value.dispose();
  Object.values(grads).forEach((g) => g.dispose());
  if (!Number.isFinite(last) || last > 1e12) break; // it blew up: stop before numbers overflow
}
const final = (await loss().data())[0] ?? NaN;

// 5. The line it found, back in houses' units, drawn over the data.
const wValue = (await w.data())[0] ?? NaN;
const bValue = (await b.data())[0] ?? NaN;
const perM2 = (wValue * 100) / std;
const base = bValue * 100 - perM2 * mean;
lab.plot('price vs area', [
  { name: 'houses', x: areas, y: prices, style: 'points' },
  { name: 'line after descent', x: [40, 200], y: [base + perM2 * 40, base + perM2 * 200] },
]);

// The verdict. Each step multiplies the error by (1 − 2η) here (the bowl's curvature is 2):
// it shrinks for 0 < η < 1, keeps its size at η = 1 (the sign flips: the line jumps
// across the valley and lands just as high), and grows beyond.
const change = (final - first) / first;
let verdict: string;
if (!Number.isFinite(final) || change > 0.01) verdict = `diverged: the loss grew from ${first.toFixed(3)} to ${final.toPrecision(3)}`;
else if (Math.abs(change) <= 0.01) verdict = `oscillating: after ${steps} steps the loss is ${final.toFixed(3)}, where it started (${first.toFixed(3)}); every step jumps across the valley and lands just as high, so it never converges`;
else if (final < floor * 1.05) verdict = `converged: loss ${final.toFixed(4)}, within 5 % of the best possible ${floor.toFixed(4)}`;
else verdict = `slow: loss ${final.toFixed(4)} after ${steps} steps, still above the best possible ${floor.toFixed(4)}`;
lab.print(`η = ${eta}: ${verdict}`);
if (verdict.startsWith('converged') || verdict.startsWith('slow')) lab.print(`Learned: price ≈ ${base.toFixed(0)}k + ${perM2.toFixed(2)}k per m² (truth: 50k + 3k per m²)`);
lab.metrics({ learningRate: eta, finalLoss: final, bestPossibleLoss: floor, steps });

export {};
