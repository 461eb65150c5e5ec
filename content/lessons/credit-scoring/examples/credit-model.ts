// Credit scoring: will a borrower default within a year? A small network on
// 2,500 synthetic borrowers (data/credit.json, shipped with the app).
// Settings: train on the real labels, or on labels shuffled at random.

const labelsChoice = lab.control('labels', { kind: 'choice', value: 'real labels', options: ['real labels', 'random labels'] });
const rng = lab.random();

// 1. Load the data set: columns and rows, the last column is `defaulted` (0 or 1).
const data = await lab.fetchJSON<{ columns: string[]; rows: number[][] }>('data/credit.json');
const features = data.columns.slice(0, -1);
let rows = rng.shuffle(data.rows);
if (labelsChoice === 'random labels') {
  // Same features, labels shuffled across borrowers: the default rate stays, the link to the features is gone.
  const shuffledLabels = rng.shuffle(rows.map((r) => r.at(-1) ?? 0));
  rows = rows.map((r, i) => [...r.slice(0, -1), shuffledLabels[i] ?? 0]);
}
lab.print(`${rows.length} borrowers, features: ${features.join(', ')}; ${labelsChoice}.`);

// 2. Split 60 / 20 / 20: train on the first part, watch the validation part while
//    training, and judge once on the test part at the end. Standardize with the
//    TRAINING set's mean and spread only: the other parts must look like new data.
const trainEnd = Math.round(rows.length * 0.6);
const validationEnd = Math.round(rows.length * 0.8);
const trainRows = rows.slice(0, trainEnd);
const validationRows = rows.slice(trainEnd, validationEnd);
const testRows = rows.slice(validationEnd);
const means = features.map((_, j) => trainRows.reduce((s, r) => s + (r[j] ?? 0), 0) / trainRows.length);
const spreads = features.map((_, j) => Math.sqrt(trainRows.reduce((s, r) => s + ((r[j] ?? 0) - (means[j] ?? 0)) ** 2, 0) / trainRows.length) || 1);
const toTensors = (part: number[][]) => ({
  xs: tf.tensor2d(part.map((r) => features.map((_, j) => ((r[j] ?? 0) - (means[j] ?? 0)) / (spreads[j] ?? 1)))),
  ys: tf.tensor2d(part.map((r) => [r.at(-1) ?? 0])),
});
const train = toTensors(trainRows);
const validation = toTensors(validationRows);
const test = toTensors(testRows);

// 3. Dense 32 → 16 → 1: ReLU hidden layers, ONE sigmoid output = P(default).
const init = (k: number) => tf.initializers.glorotUniform({ seed: lab.seed + k });
const model = tf.sequential();
model.add(tf.layers.dense({ units: 32, activation: 'relu', inputShape: [features.length], kernelInitializer: init(1) }));
model.add(tf.layers.dense({ units: 16, activation: 'relu', kernelInitializer: init(2) }));
model.add(tf.layers.dense({ units: 1, activation: 'sigmoid', kernelInitializer: init(3) }));
// The output is already a probability, so the loss takes probabilities: 'binaryCrossentropy'.
// (from_logits-style losses, e.g. tf.losses.sigmoidCrossEntropy, expect RAW scores: a linear output.)
model.compile({ optimizer: tf.train.adam(0.001), loss: 'binaryCrossentropy', metrics: ['accuracy'] });
await model.fit(train.xs, train.ys, {
  epochs: Math.max(3, Math.round(40 * lab.scale)),
  batchSize: 64,
  shuffle: false,
  validationData: [validation.xs, validation.ys],
  callbacks: lab.fitCallbacks({ charts: ['loss', 'acc'] }),
});

// 4. Judge on the test set, once: accuracy (with its 95 % Wilson interval) against
//    the always-"no default" baseline, and AUC (the chance a random defaulter gets a
//    higher score than a random non-defaulter).
const scoreTensor = model.predict(test.xs) as tf.Tensor;
const scores = Array.from(await scoreTensor.data());
const labels = testRows.map((r) => r.at(-1) ?? 0);
const right = labels.filter((y, i) => ((scores[i] ?? 0) >= 0.5 ? 1 : 0) === y).length;
const accuracy = right / labels.length;
const baseline = labels.filter((y) => y === 0).length / labels.length;
function wilson(k: number, n: number): [number, number] {
  const z = 1.959964;
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z / d) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
const [accuracyLow, accuracyHigh] = wilson(right, labels.length);
const pos = scores.filter((_, i) => labels[i] === 1);
const neg = scores.filter((_, i) => labels[i] === 0);
let wins = 0;
for (const p of pos) for (const q of neg) wins += p > q ? 1 : p === q ? 0.5 : 0;
const auc = wins / (pos.length * neg.length);

// 5. Defaults are rare, so also the precision–recall view: average precision is each
//    threshold's precision weighted by the recall it adds; chance is the default rate.
const order = scores.map((_, i) => i).sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0));
let found = 0;
let averagePrecision = 0;
order.forEach((i, k) => {
  if (labels[i] === 1) {
    found++;
    averagePrecision += found / (k + 1) / pos.length; // precision at this borrower × the recall (1/positives) it adds
  }
});
const defaultRate = pos.length / labels.length;

// 6. Calibration: among borrowers given about 20 %, do about 20 % default? Ten bins of
//    predicted probability; a calibrated model follows the diagonal.
const bins = Array.from({ length: 10 }, () => ({ n: 0, predicted: 0, defaults: 0 }));
scores.forEach((s, i) => {
  const bin = bins[Math.min(9, Math.floor(s * 10))];
  if (!bin) return;
  bin.n++;
  bin.predicted += s;
  bin.defaults += labels[i] ?? 0;
});
const used = bins.filter((b) => b.n > 0);
const calibrationError = used.reduce((s, b) => s + (b.n / labels.length) * Math.abs(b.defaults / b.n - b.predicted / b.n), 0);
lab.plot('reliability diagram (test set)', [
  { name: 'model: observed default rate per bin', x: used.map((b) => b.predicted / b.n), y: used.map((b) => b.defaults / b.n) },
  { name: 'perfect calibration', x: [0, 1], y: [0, 1] },
]);

const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
lab.print(
  `Test set (${labels.length} borrowers, used once): accuracy ${pct(accuracy)} (95 % interval ${pct(accuracyLow)} to ${pct(accuracyHigh)}; always "no default": ${pct(baseline)}), ` +
    `AUC ${auc.toFixed(3)}, average precision ${averagePrecision.toFixed(3)} (chance: the default rate, ${defaultRate.toFixed(3)}), ` +
    `calibration error ${calibrationError.toFixed(3)}.`,
);
if (labelsChoice === 'random labels') lab.print('With random labels there is nothing to learn: AUC near 0.5 is the honest result, whatever the training curves did.');
lab.metrics({ testAccuracy: accuracy, accuracyLow, accuracyHigh, baselineAccuracy: baseline, testAuc: auc, averagePrecision, defaultRate, calibrationError, testBorrowers: labels.length });

export {};
